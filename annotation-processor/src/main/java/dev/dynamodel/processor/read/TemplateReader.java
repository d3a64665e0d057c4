package dev.dynamodel.processor.read;

import com.palantir.javapoet.ClassName;
import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.FamilyDeclaration;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.ScalarKind;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.model.ValueType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads a family member's table: the family's key attributes, and the member's
 * {@code @KeyTemplate} and {@code @IndexKeyTemplate}s parsed against its fields. Every rule it
 * breaks is reported on the member, at the annotation that breaks it.
 */
final class TemplateReader {
    /** Kinds whose stored text sorts in value order (whole numbers are padded by the runtime's Template). */
    private static final Set<ScalarKind> ORDERED = EnumSet.of(ScalarKind.STRING, ScalarKind.CHAR, ScalarKind.ENUM,
            ScalarKind.UUID, ScalarKind.INSTANT, ScalarKind.LOCAL_DATE, ScalarKind.LOCAL_DATE_TIME, ScalarKind.INT,
            ScalarKind.LONG, ScalarKind.SHORT, ScalarKind.BYTE);
    private static final String[] KEY_ANNOTATIONS = {ClassNames.HASH_KEY, ClassNames.RANGE_KEY, ClassNames.GLOBAL_INDEX,
        ClassNames.GLOBAL_INDEXES, ClassNames.LOCAL_INDEX, ClassNames.LOCAL_INDEXES};

    private final TypeElement type;
    private final Report report;
    private final Map<String, Property> byJavaName;

    TemplateReader(TypeElement type, Report report, Map<String, Property> byJavaName) {
        this.type = type;
        this.report = report;
        this.byJavaName = byJavaName;
    }

    Optional<TypeDeclaration.Table> read(TypeElement familyType, List<FieldReader.Candidate> candidates,
                                         Optional<Property> version) {
        AnnotationMirror entity = Annotations.find(type, ClassNames.ENTITY).orElseThrow();
        Optional<AnnotationMirror> keyTemplate = Annotations.find(type, ClassNames.KEY_TEMPLATE);
        if (familyType == null) {
            report.error(type, keyTemplate.orElseThrow(), Message.TEMPLATE_WITHOUT_FAMILY, "KeyTemplate", type.getSimpleName());
            return Optional.empty();
        }
        Optional<FamilyDeclaration> read = FamilyReader.read(familyType, new Report(), false);
        if (read.isEmpty()) {
            return Optional.empty(); // reported where the family is processed
        }
        FamilyDeclaration family = read.get();
        if (keyTemplate.isEmpty()) {
            report.error(type, entity, Message.FAMILY_MEMBER_NOT_ENTITY, type.getSimpleName(), familyType.getSimpleName());
            return Optional.empty();
        }
        checkNoKeyAnnotations(candidates);
        String declaredTable = Annotations.stringValue(entity, "table", "");
        if (!declaredTable.isEmpty() && !declaredTable.equals(family.table())) {
            report.error(type, entity, Annotations.member(entity, "table"), Message.MEMBER_TABLE_MISMATCH,
                    type.getSimpleName(), declaredTable, familyType.getSimpleName(), family.table());
        }
        checkClashes(candidates, family);
        List<TypeDeclaration.Template> templates = new ArrayList<>();
        String familyName = familyType.getSimpleName().toString();
        AnnotationMirror keys = keyTemplate.get();
        parse(keys, "partition", family.partitionKey(), null, true).ifPresent(templates::add);
        sort(keys, family.sortKey(), null, "table", familyName).ifPresent(templates::add);
        List<TypeDeclaration.Index> indexes = new ArrayList<>();
        for (FamilyDeclaration.Index index : family.indexes()) {
            indexes.add(new TypeDeclaration.Index(index.name(), true, List.of(synthetic(index.partitionKey())),
                    Optional.ofNullable(index.sortKey()).map(TemplateReader::synthetic).stream().toList(), "ALL",
                    List.of()));
        }
        for (AnnotationMirror indexTemplate : Annotations.findRepeated(type, ClassNames.INDEX_KEY_TEMPLATE,
                ClassNames.INDEX_KEY_TEMPLATES)) {
            String name = Annotations.stringValue(indexTemplate, "index", "");
            FamilyDeclaration.Index index = family.index(name);
            if (index == null) {
                report.error(type, indexTemplate, Annotations.member(indexTemplate, "index"),
                        Message.INDEX_TEMPLATE_UNKNOWN_INDEX, name, familyName,
                        family.indexes().stream().map(FamilyDeclaration.Index::name).toList());
                continue;
            }
            parse(indexTemplate, "partition", index.partitionKey(), name, true).ifPresent(templates::add);
            sort(indexTemplate, index.sortKey(), name, "index " + name, familyName).ifPresent(templates::add);
        }
        if (!report.isClean()) {
            return Optional.empty();
        }
        Set<Property> keyFields = new LinkedHashSet<>();
        templates.stream().filter(t -> t.index() == null).forEach(t -> keyFields.addAll(t.fields()));
        TypeDeclaration.Membership membership = new TypeDeclaration.Membership(ClassName.get(familyType),
                family.typeAttribute(), FamilyReader.typeName(type), templates, List.copyOf(keyFields));
        return Optional.of(new TypeDeclaration.Table(family.table(), synthetic(family.partitionKey()),
                Optional.ofNullable(family.sortKey()).map(TemplateReader::synthetic), indexes, version,
                Optional.of(membership)));
    }

    private Optional<TypeDeclaration.Template> sort(AnnotationMirror mirror, String sortKey, String index, String what,
                                                    String familyName) {
        String text = Annotations.stringValue(mirror, "sort", "");
        if (sortKey == null && !text.isEmpty()) {
            report.error(type, mirror, Annotations.member(mirror, "sort"), Message.SORT_TEMPLATE_MISMATCH,
                    type.getSimpleName(), what, familyName, "has no sort key: remove the sort template");
            return Optional.empty();
        }
        if (sortKey != null && text.isEmpty()) {
            report.error(type, mirror, Message.SORT_TEMPLATE_MISMATCH, type.getSimpleName(), what, familyName,
                    "has sort key " + sortKey + ": give a sort template (a constant such as \"PROFILE\" will do)");
            return Optional.empty();
        }
        return sortKey == null ? Optional.empty() : parse(mirror, "sort", sortKey, index, false);
    }

    /** Parses {@code CUSTOMER#{customerId}} into constants and fields, reporting what is wrong with it. */
    private Optional<TypeDeclaration.Template> parse(AnnotationMirror mirror, String member, String attribute,
                                                     String index, boolean partition) {
        String text = Annotations.stringValue(mirror, member, "");
        List<String> constants = new ArrayList<>();
        List<Property> fields = new ArrayList<>();
        StringBuilder constant = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '}') {
                return malformed(mirror, member, text, "'}' at position " + i + " closes no '{'");
            }
            if (c != '{') {
                constant.append(c);
                i++;
                continue;
            }
            int end = text.indexOf('}', i);
            if (end < 0) {
                return malformed(mirror, member, text, "'{' at position " + i + " is not closed");
            }
            String name = text.substring(i + 1, end);
            if (name.isEmpty() || name.contains("{")) {
                return malformed(mirror, member, text, "'{' at position " + i + " must enclose one field name");
            }
            if (!fields.isEmpty() && constant.length() == 0) {
                return malformed(mirror, member, text, "fields must be separated by constant text, such as '#'");
            }
            Property field = byJavaName.get(name);
            if (field == null) {
                report.error(type, mirror, Annotations.member(mirror, member), Message.TEMPLATE_UNKNOWN_FIELD, text, name,
                        type.getSimpleName());
                return Optional.empty();
            }
            if (!ordered(field.type())) {
                report.error(type, mirror, Annotations.member(mirror, member), Message.TEMPLATE_FIELD_TYPE, name,
                        field.type().javaType());
                return Optional.empty();
            }
            constants.add(constant.toString());
            constant.setLength(0);
            fields.add(field);
            i = end + 1;
        }
        constants.add(constant.toString());
        if (text.isEmpty()) {
            return malformed(mirror, member, text, "it is empty");
        }
        if (partition && fields.isEmpty()) {
            return malformed(mirror, member, text, "a partition key template must name at least one field "
                    + "(a constant would put every item of the type in one partition)");
        }
        return Optional.of(new TypeDeclaration.Template(attribute, index, partition, text, constants, fields));
    }

    private Optional<TypeDeclaration.Template> malformed(AnnotationMirror mirror, String member, String text, String why) {
        report.error(type, mirror, Annotations.member(mirror, member), Message.TEMPLATE_MALFORMED, text, why);
        return Optional.empty();
    }

    private static boolean ordered(ValueType type) {
        if (type instanceof ValueType.Converted converted) {
            return !converted.eachElement() && ordered(converted.stored());
        }
        return type instanceof ValueType.Scalar scalar && ORDERED.contains(scalar.kind());
    }

    private void checkNoKeyAnnotations(List<FieldReader.Candidate> candidates) {
        for (FieldReader.Candidate candidate : candidates) {
            VariableElement field = candidate.field();
            for (String annotation : KEY_ANNOTATIONS) {
                Annotations.find(field, annotation).ifPresent(mirror -> report.error(field, mirror,
                        Message.KEY_ANNOTATION_IN_FAMILY, annotation.substring(annotation.lastIndexOf('.') + 1),
                        field.getSimpleName()));
            }
        }
    }

    /** A stored field named like a key attribute or the type attribute would be overwritten by them. */
    private void checkClashes(List<FieldReader.Candidate> candidates, FamilyDeclaration family) {
        for (FieldReader.Candidate candidate : candidates) {
            Property property = byJavaName.get(candidate.field().getSimpleName().toString());
            String role = property == null ? null : role(property.storedName(), family);
            if (role != null) {
                report.error(candidate.field(), Message.FAMILY_ATTRIBUTE_CLASH, property.storedName(),
                        type.getSimpleName(), role, family.type().simpleName());
            }
        }
    }

    private static String role(String stored, FamilyDeclaration family) {
        if (stored.equals(family.partitionKey())) {
            return "table's partition key";
        }
        if (stored.equals(family.sortKey())) {
            return "table's sort key";
        }
        if (stored.equals(family.typeAttribute())) {
            return "type attribute";
        }
        for (FamilyDeclaration.Index index : family.indexes()) {
            if (stored.equals(index.partitionKey()) || stored.equals(index.sortKey())) {
                return "key of index " + index.name();
            }
        }
        return null;
    }

    /** A key attribute no field holds: a string the templates fill. */
    static Property synthetic(String attribute) {
        return new Property(attribute, attribute, new ValueType.Scalar(ScalarKind.STRING, ClassName.get(String.class)),
                null, null);
    }
}
