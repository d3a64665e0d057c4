package dev.dynamodel.processor.read;

import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TypeDeclaration.Index;
import dev.dynamodel.processor.model.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads an entity's {@code @GlobalIndex} and {@code @LocalIndex} declarations once its fields and
 * keys are known, and reports unknown attributes, bad names, duplicates, non-scalar keys, keys of more
 * than four attributes or naming one twice, and local indexes on tables without a sort key, each on
 * the annotation (or its member) that is wrong.
 * (Indexes on a document are reported by {@link EntityOnlyAnnotations}.)
 */
final class IndexReader {
    private static final Pattern INDEX_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");
    /** DynamoDB's limit for a multi-attribute key, for its partition and its sort key each. */
    private static final int MAX_KEY_ATTRIBUTES = 4;

    private final TypeElement type;
    private final Report report;
    private final Map<String, Property> byJavaName;

    IndexReader(TypeElement type, Report report, Map<String, Property> byJavaName) {
        this.type = type;
        this.report = report;
        this.byJavaName = byJavaName;
    }

    /** Every index of the type: global ones first, then local ones, each in declaration order. */
    List<Index> read(List<FieldReader.Candidate> candidates, Property tableHash, Optional<Property> tableRange) {
        List<Index> global = new ArrayList<>();
        List<Index> local = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (FieldReader.Candidate candidate : candidates) {
            VariableElement field = candidate.field();
            for (AnnotationMirror mirror : Annotations.findRepeated(field, ClassNames.GLOBAL_INDEX, ClassNames.GLOBAL_INDEXES)) {
                if (checkName(field, mirror, names)) {
                    readGlobal(field, mirror).ifPresent(global::add);
                }
            }
            for (AnnotationMirror mirror : Annotations.findRepeated(field, ClassNames.LOCAL_INDEX, ClassNames.LOCAL_INDEXES)) {
                if (checkName(field, mirror, names)) {
                    readLocal(field, mirror, tableHash, tableRange).ifPresent(local::add);
                }
            }
        }
        global.addAll(local);
        return global;
    }

    private boolean checkName(VariableElement field, AnnotationMirror mirror, Set<String> names) {
        String name = Annotations.stringValue(mirror, "name", "");
        if (!INDEX_NAME.matcher(name).matches()) {
            report.error(field, mirror, Message.INVALID_INDEX_NAME, name);
            return false;
        }
        if (!names.add(name)) {
            report.error(field, mirror, Message.DUPLICATE_INDEX, name, type.getSimpleName());
            return false;
        }
        return true;
    }

    private Optional<Index> readGlobal(VariableElement field, AnnotationMirror mirror) {
        String name = Annotations.stringValue(mirror, "name", "");
        String annotated = field.getSimpleName().toString();
        List<AnnotationValue> partition = Annotations.listValue(mirror, "partitionKey");
        List<AnnotationValue> sort = Annotations.listValue(mirror, "sortKey");
        if (sort.size() == 1 && "".equals(sort.get(0).getValue())) {
            sort = List.of(); // sortKey = "" meant "none" while sortKey was a String; it still does
        }
        if (!partition.isEmpty() && !annotated.equals(partition.get(0).getValue())) {
            report.error(field, mirror, Annotations.member(mirror, "partitionKey"), Message.INDEX_PARTITION_KEY_ORDER,
                    name, annotated, partition.stream().map(v -> (String) v.getValue()).toList());
            return Optional.empty();
        }
        if (tooMany(field, mirror, name, "partitionKey", partition) | tooMany(field, mirror, name, "sortKey", sort)) {
            return Optional.empty();
        }
        Optional<List<Property>> hash = partition.isEmpty()
                ? keyProperty(field, mirror, name, annotated, "partition key").map(List::of)
                : keyProperties(field, mirror, name, partition, "partitionKey", Set.of());
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        Set<String> partitionNames = new HashSet<>();
        hash.get().forEach(p -> partitionNames.add(p.javaName()));
        Optional<List<Property>> range = keyProperties(field, mirror, name, sort, "sortKey", partitionNames);
        Optional<List<String>> include = include(field, mirror, name);
        if (range.isEmpty() || include.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Index(name, true, hash.get(), range.get(), projection(mirror), include.get()));
    }

    private boolean tooMany(VariableElement field, AnnotationMirror mirror, String index, String member,
                            List<AnnotationValue> values) {
        if (values.size() <= MAX_KEY_ATTRIBUTES) {
            return false;
        }
        report.error(field, mirror, Annotations.member(mirror, member), Message.INDEX_TOO_MANY_KEY_ATTRIBUTES, index,
                member, values.size());
        return true;
    }

    /**
     * The fields a key member names, in order; empty after reporting a field that is unknown, not scalar, named
     * twice, or (for the sort key) also in the partition key.
     */
    private Optional<List<Property>> keyProperties(VariableElement field, AnnotationMirror mirror, String index,
                                                   List<AnnotationValue> values, String member, Set<String> partition) {
        List<Property> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean clean = true;
        for (AnnotationValue value : values) {
            String javaName = (String) value.getValue();
            if (partition.contains(javaName) && partition.size() == 1) {
                // DynamoDB refuses it only in CreateTable ("Two keys can not have the same name").
                report.error(field, mirror, value, Message.INDEX_SORT_KEY_IS_PARTITION_KEY, index, javaName);
                clean = false;
            } else if (partition.contains(javaName) || !seen.add(javaName)) {
                report.error(field, mirror, value, Message.INDEX_KEY_ATTRIBUTE_TWICE, index, javaName);
                clean = false;
            } else {
                Optional<Property> key = keyProperty(field, mirror, value, index, javaName, member);
                key.ifPresent(keys::add);
                clean &= key.isPresent();
            }
        }
        return clean ? Optional.of(keys) : Optional.empty();
    }

    private Optional<Index> readLocal(VariableElement field, AnnotationMirror mirror, Property tableHash,
                                      Optional<Property> tableRange) {
        String name = Annotations.stringValue(mirror, "name", "");
        if (tableRange.isEmpty()) {
            report.error(field, mirror, Message.LOCAL_INDEX_WITHOUT_RANGE_KEY, name);
            return Optional.empty();
        }
        if (Annotations.has(field, ClassNames.HASH_KEY)) {
            // The index would have the same attribute as partition and sort key, which CreateTable refuses.
            report.error(field, mirror, Message.LOCAL_INDEX_ON_HASH_KEY, name, field.getSimpleName());
            return Optional.empty();
        }
        Optional<Property> range = keyProperty(field, mirror, name, field.getSimpleName().toString(), "sort key");
        Optional<List<String>> include = include(field, mirror, name);
        if (range.isEmpty() || include.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Index(name, false, List.of(tableHash), List.of(range.get()), projection(mirror),
                include.get()));
    }

    private Optional<Property> keyProperty(VariableElement field, AnnotationMirror mirror, String index, String javaName,
                                           String role) {
        return keyProperty(field, mirror, null, index, javaName, role);
    }

    /** The field a key names; {@code value} (null when no member names it) is where a wrong name is reported. */
    private Optional<Property> keyProperty(VariableElement field, AnnotationMirror mirror, AnnotationValue value,
                                           String index, String javaName, String role) {
        Property property = byJavaName.get(javaName);
        if (property == null) {
            if (value != null && !javaName.equals(field.getSimpleName().toString())) {
                unknown(field, mirror, value, role, javaName, index);
            }
            return Optional.empty(); // the field itself is ignored or broken: reported elsewhere
        }
        boolean scalar = property.type() instanceof ValueType.Scalar s && s.kind().keyable();
        if (!scalar) {
            report.error(field, mirror, value, Message.INDEX_KEY_NOT_SCALAR, index, javaName, property.type().javaType());
            return Optional.empty();
        }
        return Optional.of(property);
    }

    private Optional<List<String>> include(VariableElement field, AnnotationMirror mirror, String index) {
        List<AnnotationValue> values = Annotations.listValue(mirror, "include");
        boolean includeProjection = projection(mirror).equals("INCLUDE");
        if (includeProjection == values.isEmpty()) {
            report.error(field, mirror, Message.INDEX_INCLUDE_MISMATCH, index);
            return Optional.empty();
        }
        List<String> stored = new ArrayList<>();
        for (AnnotationValue value : values) {
            String javaName = (String) value.getValue();
            Property property = byJavaName.get(javaName);
            if (property == null) {
                unknown(field, mirror, value, "include", javaName, index);
                return Optional.empty();
            }
            stored.add(property.storedName());
        }
        return Optional.of(stored);
    }

    /** An index member that names no field: says which Java name was meant when it is a stored name. */
    private void unknown(VariableElement field, AnnotationMirror mirror, AnnotationValue value, String member,
                         String javaName, String index) {
        Optional<Property> byStoredName = byJavaName.values().stream()
                .filter(p -> p.storedName().equals(javaName)).findFirst();
        if (byStoredName.isPresent()) {
            report.error(field, mirror, value, Message.INDEX_ATTRIBUTE_BY_STORED_NAME, member, javaName, index, member,
                    byStoredName.get().javaName());
        } else {
            report.error(field, mirror, value, Message.UNKNOWN_INDEX_ATTRIBUTE, member, javaName, index,
                    type.getSimpleName());
        }
    }

    private static String projection(AnnotationMirror mirror) {
        return Annotations.enumValue(mirror, "projection", "ALL");
    }
}
