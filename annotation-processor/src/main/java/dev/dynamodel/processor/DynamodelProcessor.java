package dev.dynamodel.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.read.Annotations;
import dev.dynamodel.processor.read.DeclarationReader;
import dev.dynamodel.processor.read.Message;
import dev.dynamodel.processor.read.Report;
import dev.dynamodel.processor.write.ModelWriter;
import dev.dynamodel.processor.write.SchemaWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Generates {@code XSchema} for every {@code @Entity} and {@code @Document}, and {@code XModel} for
 * every {@code @Entity}. Per type: read and validate into a {@link TypeDeclaration}, then write
 * from that declaration only. A broken type is reported and skipped; others still generate. An
 * unexpected exception becomes an error on the type, never a compiler crash.
 */
@AutoService(Processor.class)
public final class DynamodelProcessor extends AbstractProcessor {

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(Annotations.ENTITY, Annotations.DOCUMENT);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<Element> types = new LinkedHashSet<>();
        for (TypeElement annotation : annotations) {
            types.addAll(round.getElementsAnnotatedWith(annotation));
        }
        DeclarationReader reader = new DeclarationReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
        for (Element element : types) {
            if (element instanceof TypeElement type) {
                processType(reader, type);
            }
        }
        // Never claim the annotations: other processors may want them too.
        return false;
    }

    private void processType(DeclarationReader reader, TypeElement type) {
        try {
            Report report = new Report();
            Optional<TypeDeclaration> declaration = reader.read(type, report);
            report.printTo(processingEnv.getMessager());
            if (declaration.isPresent()) {
                write(new SchemaWriter().write(declaration.get()), type);
                if (declaration.get().isEntity()) {
                    write(new ModelWriter().write(declaration.get()), type);
                }
            }
        } catch (RuntimeException | IOException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Message.UNEXPECTED.format(type.getQualifiedName(), trace), type);
        }
    }

    private void write(JavaFile file, TypeElement origin) throws IOException {
        String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
        JavaFileObject source = processingEnv.getFiler().createSourceFile(name, origin);
        try (Writer out = source.openWriter()) {
            file.writeTo(out);
        }
    }
}
