package dev.dynamodel.processor.read;

import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Whether code generated into the entity's package can use a member: public members always,
 * package-private and protected ones only when declared in that same package.
 */
final class Accessibility {
    private final Elements elements;

    Accessibility(Elements elements) {
        this.elements = elements;
    }

    boolean canUse(Element member, TypeElement fromType) {
        if (member.getModifiers().contains(Modifier.PUBLIC)) {
            return true;
        }
        if (member.getModifiers().contains(Modifier.PRIVATE)) {
            return false;
        }
        PackageElement memberPackage = elements.getPackageOf(member);
        return memberPackage.equals(elements.getPackageOf(fromType));
    }
}
