package dev.dynamodel.processor.read;

import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.TableOptions;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads an entity's {@code @Table} and the capacities of its {@code @GlobalIndex}es, and reports
 * what DynamoDB would refuse, each on the annotation value that is wrong: a capacity without its
 * pair, index capacity on an on-demand table, a KMS key without customer managed encryption (or
 * the reverse), bad or duplicate tag keys, tag values that are too long.
 */
final class TableOptionsReader {
    private TableOptionsReader() {
    }

    static TableOptions read(TypeElement type, List<FieldReader.Candidate> candidates, Report report) {
        Optional<AnnotationMirror> table = Annotations.find(type, ClassNames.TABLE);
        long read = table.map(t -> number(t, "readCapacity")).orElse(0L);
        long write = table.map(t -> number(t, "writeCapacity")).orElse(0L);
        if (!pair(read, write)) {
            report.error(type, table.orElseThrow(), member(table.get(), read, "readCapacity", "writeCapacity"),
                    Message.TABLE_CAPACITY_PAIR, read, write);
        }
        Map<String, long[]> indexCapacity = indexCapacity(type, candidates, read > 0, report);
        if (table.isEmpty()) {
            return new TableOptions(0, 0, indexCapacity, "STANDARD", "NONE", false, false, "AWS_OWNED", "", List.of());
        }
        AnnotationMirror mirror = table.get();
        String encryption = Annotations.enumValue(mirror, "encryption", "AWS_OWNED");
        String kmsKey = Annotations.stringValue(mirror, "kmsKey", "");
        if (encryption.equals("CUSTOMER_MANAGED") == kmsKey.isBlank()) {
            AnnotationValue at = Annotations.member(mirror, kmsKey.isBlank() ? "encryption" : "kmsKey");
            report.error(type, mirror, at, Message.KMS_KEY_MISMATCH);
        }
        return new TableOptions(read, write, indexCapacity, Annotations.enumValue(mirror, "tableClass", "STANDARD"),
                Annotations.enumValue(mirror, "stream", "NONE"), bool(mirror, "pointInTimeRecovery"),
                bool(mirror, "deletionProtection"), encryption, kmsKey, tags(type, mirror, report));
    }

    private static Map<String, long[]> indexCapacity(TypeElement type, List<FieldReader.Candidate> candidates,
                                                     boolean provisioned, Report report) {
        Map<String, long[]> capacities = new LinkedHashMap<>();
        for (FieldReader.Candidate candidate : candidates) {
            VariableElement field = candidate.field();
            for (AnnotationMirror index : Annotations.findRepeated(field, ClassNames.GLOBAL_INDEX, ClassNames.GLOBAL_INDEXES)) {
                long read = number(index, "readCapacity");
                long write = number(index, "writeCapacity");
                if (read == 0 && write == 0) {
                    continue;
                }
                String name = Annotations.stringValue(index, "name", "");
                AnnotationValue at = member(index, read, "readCapacity", "writeCapacity");
                if (!pair(read, write)) {
                    report.error(field, index, at, Message.INDEX_CAPACITY_PAIR, name, read, write);
                } else if (!provisioned) {
                    report.error(field, index, at, Message.INDEX_CAPACITY_ON_DEMAND, name, type.getSimpleName());
                } else {
                    capacities.put(name, new long[] {read, write});
                }
            }
        }
        return capacities;
    }

    private static List<Map.Entry<String, String>> tags(TypeElement type, AnnotationMirror table, Report report) {
        List<Map.Entry<String, String>> tags = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (AnnotationValue value : Annotations.listValue(table, "tags")) {
            AnnotationMirror tag = (AnnotationMirror) value.getValue();
            String key = Annotations.stringValue(tag, "key", "");
            String text = Annotations.stringValue(tag, "value", "");
            if (key.isEmpty() || key.length() > 128 || key.startsWith("aws:")) {
                report.error(type, table, value, Message.INVALID_TAG_KEY, key);
            } else if (text.length() > 256) {
                // The value's length, never the value: messages do not repeat what may be private.
                report.error(type, table, value, Message.TAG_VALUE_TOO_LONG, key, text.length());
            } else if (!keys.add(key)) {
                report.error(type, table, value, Message.DUPLICATE_TAG, key);
            } else {
                tags.add(new AbstractMap.SimpleImmutableEntry<>(key, text));
            }
        }
        return tags;
    }

    /** Both capacities, each at least 1, or neither. */
    private static boolean pair(long read, long write) {
        return read == 0 && write == 0 || read >= 1 && write >= 1;
    }

    /** The capacity member to point at: the one that is wrong, else the other. */
    private static AnnotationValue member(AnnotationMirror mirror, long read, String readMember, String writeMember) {
        AnnotationValue at = Annotations.member(mirror, read < 1 ? readMember : writeMember);
        return at != null ? at : Annotations.member(mirror, read < 1 ? writeMember : readMember);
    }

    private static long number(AnnotationMirror mirror, String member) {
        AnnotationValue value = Annotations.member(mirror, member);
        return value == null ? 0L : ((Number) value.getValue()).longValue();
    }

    private static boolean bool(AnnotationMirror mirror, String member) {
        AnnotationValue value = Annotations.member(mirror, member);
        return value != null && (Boolean) value.getValue();
    }
}
