package dev.dynamodel.processor.read;

import com.palantir.javapoet.ClassName;
import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.FamilyDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a {@code @Family} sealed interface. With {@code checkMembers} (when the interface itself is
 * processed) it also reports members that are not templated entities and type names used twice;
 * a member reading its family skips that, so each rule is reported once, on the family.
 */
public final class FamilyReader {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    private FamilyReader() {
    }

    /** The {@code @Family} interface a type implements directly, if any; two are reported. */
    static Optional<TypeElement> familyOf(TypeElement type, Report report) {
        TypeElement found = null;
        for (TypeMirror implemented : type.getInterfaces()) {
            TypeElement element = (TypeElement) ((DeclaredType) implemented).asElement();
            if (Annotations.has(element, ClassNames.FAMILY)) {
                if (found != null) {
                    report.error(type, Message.TWO_FAMILIES, type.getSimpleName(), found.getSimpleName(),
                            element.getSimpleName());
                    return Optional.empty();
                }
                found = element;
            }
        }
        return Optional.ofNullable(found);
    }

    public static Optional<FamilyDeclaration> read(TypeElement family, Report report, boolean checkMembers) {
        AnnotationMirror mirror = Annotations.find(family, ClassNames.FAMILY).orElseThrow();
        if (family.getKind() != ElementKind.INTERFACE || !family.getModifiers().contains(Modifier.SEALED)) {
            report.error(family, mirror, Message.FAMILY_NOT_SEALED, family.getSimpleName());
            return Optional.empty();
        }
        String table = Annotations.stringValue(mirror, "table", "");
        if (!NAME.matcher(table).matches()) {
            report.error(family, mirror, Annotations.member(mirror, "table"), Message.INVALID_TABLE_NAME, table);
        }
        List<FamilyDeclaration.Index> indexes = new ArrayList<>();
        for (AnnotationValue value : Annotations.listValue(mirror, "indexes")) {
            AnnotationMirror index = (AnnotationMirror) value.getValue();
            String name = Annotations.stringValue(index, "name", "");
            if (!NAME.matcher(name).matches()) {
                report.error(family, mirror, value, Message.INVALID_INDEX_NAME, name);
            }
            indexes.add(new FamilyDeclaration.Index(name, Annotations.stringValue(index, "partitionKey", ""),
                    blankToNull(Annotations.stringValue(index, "sortKey", ""))));
        }
        List<FamilyDeclaration.Member> members = new ArrayList<>();
        Map<String, TypeElement> typeNames = new HashMap<>();
        for (TypeMirror permitted : family.getPermittedSubclasses()) {
            TypeElement member = (TypeElement) ((DeclaredType) permitted).asElement();
            members.add(new FamilyDeclaration.Member(ClassName.get(member), typeName(member)));
            if (!checkMembers) {
                continue;
            }
            if (!Annotations.has(member, ClassNames.ENTITY) || !Annotations.has(member, ClassNames.KEY_TEMPLATE)) {
                report.error(family, mirror, Message.FAMILY_MEMBER_NOT_ENTITY, member.getSimpleName(),
                        family.getSimpleName());
                continue;
            }
            String typeName = typeName(member);
            TypeElement earlier = typeNames.putIfAbsent(typeName, member);
            if (earlier != null) {
                report.error(family, mirror, Message.DUPLICATE_TYPE_NAME, typeName, member.getSimpleName(),
                        earlier.getSimpleName(), family.getSimpleName());
            }
        }
        if (!report.isClean()) {
            return Optional.empty();
        }
        return Optional.of(new FamilyDeclaration(ClassName.get(family), table,
                Annotations.stringValue(mirror, "partitionKey", "pk"),
                blankToNull(Annotations.stringValue(mirror, "sortKey", "sk")),
                blankToNull(Annotations.stringValue(mirror, "typeAttribute", "_type")), indexes, members));
    }

    /** The member's {@code @EntityType}, or its simple name. */
    static String typeName(TypeElement member) {
        return Annotations.find(member, ClassNames.ENTITY_TYPE)
                .map(a -> Annotations.stringValue(a, "value", member.getSimpleName().toString()))
                .orElse(member.getSimpleName().toString());
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
