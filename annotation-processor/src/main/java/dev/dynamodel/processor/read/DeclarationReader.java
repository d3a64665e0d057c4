package dev.dynamodel.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.model.TypeDeclaration.Construction;
import dev.dynamodel.processor.model.TypeDeclaration.ConstructorArg;
import dev.dynamodel.processor.model.TypeRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one {@code @Entity} or {@code @Document} type into a {@link TypeDeclaration}, reporting
 * every rule it breaks. Returns a declaration only when the report is clean.
 */
public final class DeclarationReader {
    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    private final Elements elements;
    private final Types types;
    private final ValueTypeResolver resolver = new ValueTypeResolver();

    public DeclarationReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    public Optional<TypeDeclaration> read(TypeElement type, Report report) {
        DeclarationKind kind = DeclarationKind.of(type);
        if (!checkShape(type, kind.annotation(), report)) {
            return Optional.empty();
        }
        List<VariableElement> unstored = new ArrayList<>();
        List<FieldReader.Candidate> candidates = fieldsOf(type, unstored, report);
        FieldReader fieldReader = new FieldReader(elements, types, resolver, type, report);
        Construction construction = construction(type, candidates);
        List<Property> properties = new ArrayList<>();
        Map<VariableElement, Property> byField = new HashMap<>();
        List<ConstructorArg> constructorArgs = new ArrayList<>();
        Map<String, VariableElement> storedNames = new HashMap<>();
        for (FieldReader.Candidate candidate : candidates) {
            Optional<Property> property = fieldReader.read(candidate, construction);
            property.ifPresent(p -> {
                properties.add(p);
                byField.put(candidate.field(), p);
                VariableElement earlier = storedNames.putIfAbsent(p.storedName(), candidate.field());
                if (earlier != null) {
                    report.error(candidate.field(), Message.DUPLICATE_ATTRIBUTE, p.storedName(), earlier.getSimpleName());
                }
            });
            // An ignored record component is still a constructor argument; an ignored class field is not.
            boolean argument = property.isPresent() || candidate.ignored() && candidate.recordComponent();
            if (construction == Construction.ALL_ARGUMENTS && argument) {
                constructorArgs.add(new ConstructorArg(property, TypeName.get(candidate.field().asType()),
                        candidate.field().getSimpleName().toString()));
            }
        }
        if (construction == null) {
            report.error(type, Message.NOT_CONSTRUCTIBLE, type.getSimpleName());
        }
        Map<String, Property> byJavaName = new HashMap<>();
        properties.forEach(p -> byJavaName.put(p.javaName(), p));
        RulesReader rulesReader = new RulesReader(elements, types, type, report);
        Optional<TypeDeclaration.Table> table;
        TypeRules rules;
        switch (kind) {
            case ENTITY -> {
                table = table(type, candidates, unstored, byField, byJavaName, report);
                rules = rulesReader.readEntity(candidates, properties, construction);
            }
            case DOCUMENT -> {
                EntityOnlyAnnotations.reportOn(type, candidates, report);
                table = Optional.empty();
                rules = rulesReader.readDocument(candidates, properties, construction);
            }
            default -> throw new AssertionError(kind);
        }
        if (!report.isClean()) {
            return Optional.empty();
        }
        return Optional.of(new TypeDeclaration(ClassName.get(type), properties, construction, constructorArgs, table, rules));
    }

    /**
     * An entity's table: its keys, then, only when they are complete, its indexes and version (an
     * index or version check against broken keys would only repeat their error).
     */
    private Optional<TypeDeclaration.Table> table(TypeElement type, List<FieldReader.Candidate> candidates,
                                                  List<VariableElement> unstored, Map<VariableElement, Property> byField,
                                                  Map<String, Property> byJavaName, Report report) {
        Optional<TypeElement> family = FamilyReader.familyOf(type, report);
        if (family.isPresent() || Annotations.has(type, ClassNames.KEY_TEMPLATE)) {
            return new TemplateReader(type, report, byJavaName).read(family.orElse(null), candidates,
                    VersionReader.read(type, candidates, byJavaName, report));
        }
        KeyCollector keys = new KeyCollector(type, report);
        unstored.forEach(keys::considerUnstored);
        candidates.forEach(candidate -> keys.consider(candidate, Optional.ofNullable(byField.get(candidate.field()))));
        AnnotationMirror entity = Annotations.find(type, ClassNames.ENTITY).orElseThrow();
        return keys.table(tableName(type, entity, report))
                .map(keysOnly -> new TypeDeclaration.Table(keysOnly.name(), keysOnly.hashKey(), keysOnly.rangeKey(),
                        new IndexReader(type, report, byJavaName).read(candidates, keysOnly.hashKey(), keysOnly.rangeKey()),
                        VersionReader.read(type, candidates, byJavaName, report),
                        TableOptionsReader.read(type, candidates, report)));
    }

    private boolean checkShape(TypeElement type, String role, Report report) {
        ElementKind kind = type.getKind();
        if (kind != ElementKind.CLASS && kind != ElementKind.RECORD) {
            report.error(type, Message.NOT_A_CLASS, role, type.getSimpleName(), describe(kind));
            return false;
        }
        Modifiers modifiers = new Modifiers(type);
        if (modifiers.has(Modifier.ABSTRACT)) {
            report.error(type, Message.ABSTRACT_TYPE, role, type.getSimpleName());
        }
        if (type.getNestingKind().isNested() && !modifiers.has(Modifier.STATIC) && kind == ElementKind.CLASS) {
            report.error(type, Message.INNER_CLASS, role, type.getSimpleName());
        }
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                // Name the class that is private: that is the one to change.
                if (e == type) {
                    report.error(type, Message.PRIVATE_TYPE, role, type.getSimpleName());
                } else {
                    report.error(type, Message.PRIVATE_ENCLOSING_TYPE, role, type.getSimpleName(), e.getSimpleName(),
                            e.getSimpleName());
                }
                break;
            }
        }
        if (!type.getTypeParameters().isEmpty()) {
            report.error(type, Message.GENERIC_TYPE, type.getSimpleName());
        }
        return report.isClean();
    }

    /**
     * Stored-field candidates: record components, or non-static non-transient fields, superclasses
     * first. The static and transient fields go to {@code unstored}, their stored-only annotations reported.
     */
    private List<FieldReader.Candidate> fieldsOf(TypeElement type, List<VariableElement> unstored, Report report) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement t = type; t != null; t = superclassOf(t)) {
            chain.add(0, t);
        }
        List<FieldReader.Candidate> out = new ArrayList<>();
        for (TypeElement t : chain) {
            for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
                Modifiers modifiers = new Modifiers(field);
                if (modifiers.has(Modifier.STATIC) || modifiers.has(Modifier.TRANSIENT) && t.getKind() != ElementKind.RECORD) {
                    UnstoredFields.check(field, modifiers.has(Modifier.STATIC) ? "static" : "transient", report);
                    unstored.add(field);
                    continue;
                }
                // An @Unknown catch-all is not a stored property; like an ignored one, it is still a constructor argument.
                boolean ignored = Annotations.has(field, ClassNames.IGNORE) || Annotations.has(field, ClassNames.UNKNOWN);
                out.add(new FieldReader.Candidate(field, ignored, t.getKind() == ElementKind.RECORD));
            }
        }
        return out;
    }

    private TypeElement superclassOf(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
        String name = element.getQualifiedName().toString();
        return name.equals("java.lang.Object") || name.equals("java.lang.Record") ? null : element;
    }

    /**
     * Records use their canonical constructor. A class uses a usable no-argument constructor and
     * then setters; failing that, a constructor taking every stored field in order. Null if neither.
     */
    private Construction construction(TypeElement type, List<FieldReader.Candidate> candidates) {
        if (type.getKind() == ElementKind.RECORD) {
            return Construction.ALL_ARGUMENTS;
        }
        Accessibility accessibility = new Accessibility(elements);
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
        List<TypeMirror> storedTypes = candidates.stream()
                .filter(c -> !c.ignored()).map(c -> c.field().asType()).toList();
        boolean allArguments = false;
        for (ExecutableElement constructor : constructors) {
            if (!accessibility.canUse(constructor, type)) {
                continue;
            }
            if (constructor.getParameters().isEmpty()) {
                return Construction.NO_ARGUMENTS_THEN_SET;
            }
            allArguments |= parametersMatch(constructor, storedTypes);
        }
        return allArguments ? Construction.ALL_ARGUMENTS : null;
    }

    private boolean parametersMatch(ExecutableElement constructor, List<TypeMirror> storedTypes) {
        if (constructor.getParameters().size() != storedTypes.size()) {
            return false;
        }
        for (int i = 0; i < storedTypes.size(); i++) {
            if (!types.isSameType(constructor.getParameters().get(i).asType(), storedTypes.get(i))) {
                return false;
            }
        }
        return true;
    }

    private String tableName(TypeElement type, AnnotationMirror entity, Report report) {
        String name = Annotations.stringValue(entity, "table", "");
        if (name.isEmpty()) {
            name = type.getSimpleName().toString();
        }
        if (!TABLE_NAME.matcher(name).matches()) {
            report.error(type, entity, Message.INVALID_TABLE_NAME, name);
        }
        return name;
    }

    private static String describe(ElementKind kind) {
        return switch (kind) {
            case INTERFACE -> "an interface";
            case ENUM -> "an enum";
            case ANNOTATION_TYPE -> "an annotation type";
            default -> kind.toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** Modifier look-up that reads well at the call site. */
    private record Modifiers(java.util.Set<Modifier> set) {
        Modifiers(Element element) {
            this(element.getModifiers());
        }

        boolean has(Modifier modifier) {
            return set.contains(modifier);
        }
    }
}
