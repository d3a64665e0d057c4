package dev.dynamodel.processor.read;

import com.palantir.javapoet.TypeName;
import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.Constraint;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.Property.Access;
import dev.dynamodel.processor.model.PropertyRules;
import dev.dynamodel.processor.model.Shape;
import dev.dynamodel.processor.model.TimestampRules;
import dev.dynamodel.processor.model.TypeDeclaration.Construction;
import dev.dynamodel.processor.model.TypeRules;
import dev.dynamodel.processor.model.UnknownField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the write rules of one type, once its properties are known: each property's validation
 * and default, the type's own validators, timestamps, TTL and the {@code @Unknown} catch-all.
 * Reports every misapplied rule annotation on the element (and member) that carries it.
 */
public final class RulesReader {
    private final Elements elements;
    private final Types types;
    private final TypeElement type;
    private final Report report;
    private final AnnotationValues values;
    private final ConstraintParser parser;
    private final ConstraintReader constraints;
    private final DefaultReader defaults;

    RulesReader(Elements elements, Types types, TypeElement type, Report report) {
        this.elements = elements;
        this.types = types;
        this.type = type;
        this.report = report;
        this.values = new AnnotationValues(elements);
        Supertypes supertypes = new Supertypes(elements, types);
        this.parser = new ConstraintParser(values, supertypes, type, report);
        this.constraints = new ConstraintReader(parser, new RulesScan(), values);
        this.defaults = new DefaultReader(values, supertypes, type, report);
    }

    /** The rules of an entity: those of every stored type, and its timestamps and TTL. */
    TypeRules readEntity(List<FieldReader.Candidate> candidates, List<Property> properties, Construction construction) {
        Map<String, Property> byName = byName(properties);
        Optional<TimestampRules> timestamps = new TimestampReader(values, report).read(type, byName, fields(candidates));
        return read(candidates, properties, construction, timestamps, ttl(candidates, byName));
    }

    /** The rules of a document: a document has no timestamps or TTL of its own. */
    TypeRules readDocument(List<FieldReader.Candidate> candidates, List<Property> properties, Construction construction) {
        return read(candidates, properties, construction, Optional.empty(), Optional.empty());
    }

    private TypeRules read(List<FieldReader.Candidate> candidates, List<Property> properties, Construction construction,
                           Optional<TimestampRules> timestamps, Optional<String> ttl) {
        Map<String, VariableElement> fields = fields(candidates);
        Map<String, Property> byName = byName(properties);
        List<PropertyRules> propertyRules = new ArrayList<>();
        for (Property property : properties) {
            VariableElement field = fields.get(property.javaName());
            propertyRules.add(new PropertyRules(constraints.read(field, property.type()), defaults.read(field, property.type())));
        }
        List<Constraint> typeConstraints = new ArrayList<>();
        Annotations.find(type, ClassNames.VALIDATE_WITH).ifPresent(mirror ->
                typeConstraints.addAll(parser.parse(type, mirror, type.asType(), "type " + type.getSimpleName())));
        Optional<UnknownField> unknown = unknown(candidates, byName, construction);
        checkIgnored(candidates);
        TypeRules rules = new TypeRules(propertyRules, typeConstraints, timestamps, ttl, unknown, List.of());
        boolean rebuilds = construction == Construction.ALL_ARGUMENTS && (rules.defaults() || timestamps.isPresent());
        return rebuilds
                ? new TypeRules(propertyRules, typeConstraints, timestamps, ttl, unknown, argumentReaders(candidates, byName))
                : rules;
    }

    private static Map<String, VariableElement> fields(List<FieldReader.Candidate> candidates) {
        Map<String, VariableElement> fields = new HashMap<>();
        candidates.forEach(c -> fields.put(c.field().getSimpleName().toString(), c.field()));
        return fields;
    }

    private static Map<String, Property> byName(List<Property> properties) {
        Map<String, Property> byName = new HashMap<>();
        properties.forEach(p -> byName.put(p.javaName(), p));
        return byName;
    }

    private Optional<String> ttl(List<FieldReader.Candidate> candidates, Map<String, Property> properties) {
        VariableElement found = null;
        Optional<String> attribute = Optional.empty();
        for (FieldReader.Candidate candidate : candidates) {
            VariableElement field = candidate.field();
            Optional<AnnotationMirror> ttl = Annotations.find(field, ClassNames.TTL);
            if (ttl.isEmpty() || candidate.ignored()) {
                continue;
            }
            String name = field.getSimpleName().toString();
            TypeName javaType = TypeName.get(field.asType());
            if (found != null) {
                report.error(field, ttl.get(), Message.TWO_TTLS, found.getSimpleName());
            } else if (Annotations.has(field, ClassNames.HASH_KEY) || Annotations.has(field, ClassNames.RANGE_KEY)) {
                report.error(field, ttl.get(), Message.TTL_ON_KEY);
            } else if (Shapes.of(field.asType()) != Shape.INSTANT && !javaType.equals(TypeName.LONG)
                    && !javaType.equals(TypeName.LONG.box())) {
                report.error(field, ttl.get(), Message.TTL_TYPE, name, TypeText.of(field.asType()));
            } else if (Annotations.find(field, ClassNames.CONVERT).isPresent()) {
                report.error(field, Annotations.find(field, ClassNames.CONVERT).get(), Message.RULE_ON_MANAGED,
                        "Convert", name, "@Ttl stores it as epoch seconds");
            } else {
                found = field;
                attribute = Optional.ofNullable(properties.get(name)).map(Property::storedName);
            }
        }
        return attribute;
    }

    private Optional<UnknownField> unknown(List<FieldReader.Candidate> candidates, Map<String, Property> properties,
                                           Construction construction) {
        UnknownField found = null;
        int argument = 0;
        for (FieldReader.Candidate candidate : candidates) {
            VariableElement field = candidate.field();
            String name = field.getSimpleName().toString();
            boolean isArgument = candidate.ignored() || properties.containsKey(name);
            Optional<AnnotationMirror> unknown = Annotations.find(field, ClassNames.UNKNOWN);
            if (unknown.isPresent()) {
                Optional<UnknownField> read = unknownField(field, unknown.get(), construction, argument);
                if (read.isPresent() && found != null) {
                    report.error(field, unknown.get(), Message.TWO_UNKNOWNS, found.javaName());
                } else if (read.isPresent()) {
                    found = read.get();
                }
            }
            argument += isArgument ? 1 : 0;
        }
        return Optional.ofNullable(found);
    }

    private Optional<UnknownField> unknownField(VariableElement field, AnnotationMirror unknown, Construction construction,
                                                int argument) {
        String name = field.getSimpleName().toString();
        if (!isRawItem(field.asType())) {
            report.error(field, unknown, Message.UNKNOWN_TYPE, name, TypeText.of(field.asType()));
            return Optional.empty();
        }
        for (AnnotationMirror other : field.getAnnotationMirrors()) {
            String qualifiedName = AnnotationValues.qualifiedName(other);
            if (!qualifiedName.equals(ClassNames.UNKNOWN) && (qualifiedName.startsWith(ClassNames.ANNOTATION_PACKAGE + ".")
                    || ConstraintAnnotations.isConstraint(qualifiedName))) {
                report.error(field, other, Message.UNKNOWN_COMBINED, AnnotationValues.simpleName(other));
                return Optional.empty();
            }
        }
        if (type.getKind() == ElementKind.RECORD) {
            return Optional.of(new UnknownField(name, Access.method(name), Access.constructor(), argument));
        }
        AccessFinder access = new AccessFinder(elements, types, type);
        Optional<Access> read = access.reader(field);
        Optional<Access> write = construction == Construction.ALL_ARGUMENTS ? Optional.of(Access.constructor()) : access.writer(field);
        if (read.isEmpty() || write.isEmpty()) {
            report.error(field, unknown, Message.UNKNOWN_NOT_ACCESSIBLE, name);
            return Optional.empty();
        }
        int index = construction == Construction.ALL_ARGUMENTS ? argument : -1;
        return Optional.of(new UnknownField(name, read.get(), write.get(), index));
    }

    private boolean isRawItem(TypeMirror mirror) {
        if (mirror.getKind() != TypeKind.DECLARED) {
            return false;
        }
        DeclaredType declared = (DeclaredType) mirror;
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        return ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.Map")
                && arguments.size() == 2
                && named(arguments.get(0), "java.lang.String")
                && named(arguments.get(1), ClassNames.ATTRIBUTE_VALUE);
    }

    private static boolean named(TypeMirror mirror, String name) {
        return mirror.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) mirror).asElement()).getQualifiedName().contentEquals(name);
    }

    /** A rule on a field that is not stored would silently do nothing: refuse it. */
    private void checkIgnored(List<FieldReader.Candidate> candidates) {
        for (FieldReader.Candidate candidate : candidates) {
            VariableElement field = candidate.field();
            if (!candidate.ignored() || Annotations.has(field, ClassNames.UNKNOWN)) {
                continue;
            }
            for (AnnotationMirror mirror : field.getAnnotationMirrors()) {
                String qualifiedName = AnnotationValues.qualifiedName(mirror);
                if (ConstraintAnnotations.isConstraint(qualifiedName) || qualifiedName.equals(ClassNames.DEFAULT)
                        || qualifiedName.equals(ClassNames.DEFAULT_SUPPLIER) || qualifiedName.equals(ClassNames.AUTO_ID)
                        || qualifiedName.equals(ClassNames.CONVERT) || qualifiedName.equals(ClassNames.TTL)) {
                    report.error(field, mirror, Message.RULE_ON_IGNORED, AnnotationValues.simpleName(mirror));
                }
            }
        }
    }

    /** How to read back each constructor argument that is not a property, to rebuild an immutable instance. */
    private List<Optional<Access>> argumentReaders(List<FieldReader.Candidate> candidates, Map<String, Property> properties) {
        List<Optional<Access>> readers = new ArrayList<>();
        AccessFinder access = new AccessFinder(elements, types, type);
        for (FieldReader.Candidate candidate : candidates) {
            String name = candidate.field().getSimpleName().toString();
            if (properties.containsKey(name)) {
                readers.add(Optional.empty());
            } else if (candidate.ignored()) {
                Optional<Access> reader = candidate.recordComponent() ? Optional.of(Access.method(name))
                        : access.reader(candidate.field());
                if (reader.isEmpty()) {
                    report.error(candidate.field(), Message.NOT_REBUILDABLE, type.getSimpleName(), name);
                }
                readers.add(reader);
            }
        }
        return readers;
    }
}
