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
 * keys are known, and reports unknown attributes, bad names, duplicates, non-scalar keys and local
 * indexes on tables without a sort key, each on the annotation (or its member) that is wrong.
 * (Indexes on a document are reported by {@link EntityOnlyAnnotations}.)
 */
final class IndexReader {
    private static final Pattern INDEX_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

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
        Optional<Property> hash = keyProperty(field, mirror, name, field.getSimpleName().toString(), "partition key");
        String sortKey = Annotations.stringValue(mirror, "sortKey", "");
        if (sortKey.equals(field.getSimpleName().toString())) {
            // DynamoDB refuses it only in CreateTable ("Two keys can not have the same name").
            report.error(field, mirror, Annotations.member(mirror, "sortKey"), Message.INDEX_SORT_KEY_IS_PARTITION_KEY,
                    name, sortKey);
            return Optional.empty();
        }
        Optional<Property> range = sortKey.isEmpty() ? Optional.empty() : keyProperty(field, mirror, name, sortKey, "sortKey");
        Optional<List<String>> include = include(field, mirror, name);
        if (hash.isEmpty() || !sortKey.isEmpty() && range.isEmpty() || include.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Index(name, true, hash.get(), range, projection(mirror), include.get()));
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
        return Optional.of(new Index(name, false, tableHash, range, projection(mirror), include.get()));
    }

    private Optional<Property> keyProperty(VariableElement field, AnnotationMirror mirror, String index, String javaName,
                                           String role) {
        Property property = byJavaName.get(javaName);
        if (property == null) {
            if (!javaName.equals(field.getSimpleName().toString())) {
                unknown(field, mirror, Annotations.member(mirror, "sortKey"), role, javaName, index);
            }
            return Optional.empty(); // the field itself is ignored or broken: reported elsewhere
        }
        boolean scalar = property.type() instanceof ValueType.Scalar s && s.kind().keyable();
        if (!scalar) {
            report.error(field, mirror, Message.INDEX_KEY_NOT_SCALAR, index, javaName, property.type().javaType());
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
