package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import dev.dynamodel.processor.Names;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Writes the model index: {@code META-INF/services/dev.dynamodel.ModelFactory}, one line per
 * generated model naming its {@code XModel.Factory} (binary name, as {@link java.util.ServiceLoader}
 * reads it). Sorted, so two builds of the same sources write the same file.
 */
public final class ModelIndexWriter {
    /** The resource path, relative to the class output. */
    public static final String RESOURCE = "META-INF/services/" + RuntimeTypes.MODEL_FACTORY.canonicalName();

    private ModelIndexWriter() {
    }

    /** The file's text for these entity types (not their models: the names are derived here). */
    public static String write(Collection<ClassName> entities) {
        TreeSet<String> lines = new TreeSet<>();
        for (ClassName entity : entities) {
            lines.add(Names.modelFactoryClass(Names.modelClass(entity)).reflectionName());
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text.toString();
    }
}
