package dev.dynamodel.processor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether generated code may carry {@code @javax.annotation.processing.Generated}: that annotation
 * lives in the module {@code java.compiler}, which a user's named module does not read unless it
 * says so ({@code requires static java.compiler;}). Writing it anyway would make the generated
 * source fail to compile on the module path. On the class path (the unnamed module reads every
 * module) it is always available.
 */
final class GeneratedVisibility {
    private static final String JAVA_COMPILER = "java.compiler";

    private GeneratedVisibility() {
    }

    static boolean visibleFrom(Elements elements, TypeElement type) {
        ModuleElement module = elements.getModuleOf(type);
        if (module == null || module.isUnnamed()) {
            return true;
        }
        // Readable if required directly, or through a chain of "requires transitive".
        Deque<ModuleElement> pending = new ArrayDeque<>();
        Set<ModuleElement> seen = new HashSet<>();
        for (ModuleElement.RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
            pending.add(requires.getDependency());
        }
        while (!pending.isEmpty()) {
            ModuleElement next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (next.getQualifiedName().contentEquals(JAVA_COMPILER)) {
                return true;
            }
            for (ModuleElement.RequiresDirective requires : ElementFilter.requiresIn(next.getDirectives())) {
                if (requires.isTransitive()) {
                    pending.add(requires.getDependency());
                }
            }
        }
        return false;
    }
}
