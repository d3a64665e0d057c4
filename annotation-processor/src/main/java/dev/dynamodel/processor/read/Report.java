package dev.dynamodel.processor.read;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The errors found while reading one declaration. Readers add to it and return; the processor
 * prints it and generates code only when it is clean. Each error sits on the most precise
 * position there is: the element, one of its annotations, or one value of that annotation.
 */
public final class Report {
    private record Entry(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
    }

    private final List<Entry> errors = new ArrayList<>();

    /** An error on an element. */
    public void error(Element element, Message message, Object... args) {
        errors.add(new Entry(element, null, null, message.format(args)));
    }

    /** An error on one annotation of an element, so the compiler points at the annotation. */
    public void error(Element element, AnnotationMirror annotation, Message message, Object... args) {
        errors.add(new Entry(element, annotation, null, message.format(args)));
    }

    /** An error on one value of an annotation, so the compiler points at that value. */
    public void error(Element element, AnnotationMirror annotation, AnnotationValue value, Message message,
                      Object... args) {
        errors.add(new Entry(element, annotation, value, message.format(args)));
    }

    public boolean isClean() {
        return errors.isEmpty();
    }

    /** Prints every error to the compiler. */
    public void printTo(Messager messager) {
        for (Entry entry : errors) {
            if (entry.value() != null) {
                messager.printMessage(Diagnostic.Kind.ERROR, entry.message(), entry.element(), entry.annotation(),
                        entry.value());
            } else if (entry.annotation() != null) {
                messager.printMessage(Diagnostic.Kind.ERROR, entry.message(), entry.element(), entry.annotation());
            } else {
                messager.printMessage(Diagnostic.Kind.ERROR, entry.message(), entry.element());
            }
        }
    }
}
