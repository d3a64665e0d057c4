package dev.dynamodel.processor.read;

import com.palantir.javapoet.ClassName;
import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.FamilyDeclaration;
import dev.dynamodel.processor.model.PolymorphicDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Reads a {@code @Document} sealed interface: the type attribute and the permitted documents. */
public final class PolymorphicReader {
    private PolymorphicReader() {
    }

    public static Optional<PolymorphicDeclaration> read(TypeElement type, Report report) {
        AnnotationMirror mirror = Annotations.find(type, ClassNames.DOCUMENT).orElseThrow();
        if (!type.getModifiers().contains(Modifier.SEALED)) {
            report.error(type, mirror, Message.POLYMORPHIC_NOT_SEALED, type.getSimpleName(), "it is not sealed");
            return Optional.empty();
        }
        List<FamilyDeclaration.Member> members = new ArrayList<>();
        Map<String, TypeElement> names = new HashMap<>();
        for (TypeMirror permitted : type.getPermittedSubclasses()) {
            TypeElement member = (TypeElement) ((DeclaredType) permitted).asElement();
            if (!Annotations.has(member, ClassNames.DOCUMENT) || member.getKind().isInterface()) {
                report.error(type, mirror, Message.POLYMORPHIC_NOT_SEALED, type.getSimpleName(),
                        member.getSimpleName() + " is not a @Document record or class");
                continue;
            }
            String name = FamilyReader.typeName(member);
            TypeElement earlier = names.putIfAbsent(name, member);
            if (earlier != null) {
                report.error(type, mirror, Message.DUPLICATE_TYPE_NAME, name, member.getSimpleName(),
                        earlier.getSimpleName(), type.getSimpleName());
            }
            members.add(new FamilyDeclaration.Member(ClassName.get(member), name));
        }
        if (!report.isClean()) {
            return Optional.empty();
        }
        return Optional.of(new PolymorphicDeclaration(ClassName.get(type),
                Annotations.stringValue(mirror, "typeAttribute", "_type"), members));
    }
}
