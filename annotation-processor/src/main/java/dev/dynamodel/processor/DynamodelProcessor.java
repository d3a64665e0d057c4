package dev.dynamodel.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.dynamodel.processor.model.FamilyDeclaration;
import dev.dynamodel.processor.model.PolymorphicDeclaration;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.read.Annotations;
import dev.dynamodel.processor.read.FamilyReader;
import dev.dynamodel.processor.read.PolymorphicReader;
import dev.dynamodel.processor.read.DeclarationReader;
import dev.dynamodel.processor.read.Message;
import dev.dynamodel.processor.read.Report;
import dev.dynamodel.processor.read.SharedTables;
import dev.dynamodel.processor.write.BuilderWriter;
import dev.dynamodel.processor.write.ModelIndexWriter;
import dev.dynamodel.processor.write.FamilyWriter;
import dev.dynamodel.processor.write.ModelWriter;
import dev.dynamodel.processor.write.PolymorphicWriter;
import dev.dynamodel.processor.write.SchemaWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Generates {@code XSchema} and {@code XBuilder} for every {@code @Entity} and {@code @Document}, and {@code XModel} for
 * every {@code @Entity}, and at the end the model index (META-INF/services, {@link ModelIndexWriter})
 * naming every model generated in this compilation. Per type: read and validate into a {@link TypeDeclaration}, then write
 * from that declaration only. A broken type is reported and skipped; others still generate. An
 * unexpected exception becomes an error on the type, never a compiler crash.
 */
@AutoService(Processor.class)
public final class DynamodelProcessor extends AbstractProcessor {

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ClassNames.ENTITY, ClassNames.DOCUMENT, ClassNames.FAMILY);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    /**
     * Types whose fields refer to types that do not exist yet, by qualified name: another processor
     * may generate them in a later round, so these wait for it rather than fail now.
     */
    private final Set<String> deferred = new LinkedHashSet<>();

    /** The tables claimed by the entities of this compilation, over all rounds. */
    private final SharedTables tables = new SharedTables();

    /** The entities whose model was written, over all rounds, with the element each came from. */
    private final Map<ClassName, TypeElement> models = new LinkedHashMap<>();

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<TypeElement> types = new LinkedHashSet<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        deferred.clear();
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type) {
                    types.add(type);
                }
            }
        }
        DeclarationReader reader = new DeclarationReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
        for (TypeElement type : types) {
            if (!round.processingOver() && UnresolvedTypes.in(type)) {
                deferred.add(type.getQualifiedName().toString());
            } else {
                processType(reader, type);
            }
        }
        if (round.processingOver()) {
            writeModelIndex();
        }
        // Never claim the annotations: other processors may want them too.
        return false;
    }

    private void processType(DeclarationReader reader, TypeElement type) {
        try {
            Report report = new Report();
            if (Annotations.has(type, ClassNames.FAMILY)) {
                processFamily(type, report);
                return;
            }
            if (type.getKind().isInterface() && Annotations.has(type, ClassNames.DOCUMENT)) {
                processPolymorphic(type, report);
                return;
            }
            Optional<TypeDeclaration> declaration = reader.read(type, report);
            declaration.filter(TypeDeclaration::isEntity).ifPresent(entity -> tables.claim(type, entity, report));
            report.printTo(processingEnv.getMessager());
            if (declaration.isPresent() && report.isClean()) {
                boolean markGenerated = GeneratedVisibility.visibleFrom(processingEnv.getElementUtils(), type);
                write(new SchemaWriter(markGenerated).write(declaration.get()), type);
                write(new BuilderWriter(markGenerated).write(declaration.get()), type);
                if (declaration.get().isEntity()) {
                    write(new ModelWriter(markGenerated).write(declaration.get()), type);
                    models.put(declaration.get().type(), type);
                }
            }
        } catch (RuntimeException | IOException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Message.UNEXPECTED.format(type.getQualifiedName(), trace), type);
        }
    }

    /**
     * One file for the whole compilation, so it is written once, in the last round, when every
     * model is known (a resource can be created only once). None when no model was generated.
     */
    private void writeModelIndex() {
        if (models.isEmpty()) {
            return;
        }
        List<TypeElement> origins = new ArrayList<>(models.values());
        try {
            FileObject index = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                    ModelIndexWriter.RESOURCE, origins.toArray(new Element[0]));
            try (Writer out = index.openWriter()) {
                out.write(ModelIndexWriter.write(models.keySet()));
            }
        } catch (IOException | RuntimeException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Message.MODEL_INDEX.format(ModelIndexWriter.RESOURCE, e));
        }
    }

    /** A {@code @Family} interface: its schema and model, written when the family and its members are sound. */
    private void processFamily(TypeElement type, Report report) throws IOException {
        Optional<FamilyDeclaration> family = FamilyReader.read(type, report, true);
        report.printTo(processingEnv.getMessager());
        if (family.isPresent() && report.isClean()) {
            FamilyWriter writer = new FamilyWriter(GeneratedVisibility.visibleFrom(processingEnv.getElementUtils(), type));
            write(writer.schema(family.get()), type);
            write(writer.model(family.get()), type);
        }
    }

    /** A {@code @Document} sealed interface: the schema that stores and reads whichever permitted document a value is. */
    private void processPolymorphic(TypeElement type, Report report) throws IOException {
        Optional<PolymorphicDeclaration> declaration = PolymorphicReader.read(type, report);
        report.printTo(processingEnv.getMessager());
        if (declaration.isPresent() && report.isClean()) {
            write(new PolymorphicWriter(GeneratedVisibility.visibleFrom(processingEnv.getElementUtils(), type))
                    .write(declaration.get()), type);
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
