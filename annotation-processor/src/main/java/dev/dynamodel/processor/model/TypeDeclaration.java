package dev.dynamodel.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * An {@code @Entity} or {@code @Document} read from source and validated: everything the writers
 * need, and nothing from the compiler's element model.
 *
 * @param type          the declared Java type
 * @param properties    stored fields, in declaration order
 * @param construction  how an instance is made on read
 * @param constructorArgs for a record or all-arguments constructor: the Java types of
 *                      every argument in order, with ignored components at their position
 * @param table         the table part, present only for an {@code @Entity}
 * @param rules         defaults, validation, timestamps, TTL and unknown attributes
 */
public record TypeDeclaration(
        ClassName type,
        List<Property> properties,
        Construction construction,
        List<ConstructorArg> constructorArgs,
        Optional<Table> table,
        TypeRules rules) {

    /** How generated code creates an instance. */
    public enum Construction {
        /** {@code new T(a, b, c)} with every record component or constructor argument. */
        ALL_ARGUMENTS,
        /** {@code new T()} followed by setters or field writes. */
        NO_ARGUMENTS_THEN_SET
    }

    /** One constructor argument: a stored property, or the default value of an ignored one. */
    public record ConstructorArg(Optional<Property> property, com.palantir.javapoet.TypeName javaType, String javaName) {
    }

    /**
     * The table of an entity, its secondary indexes and its {@code @Table} options. For a family
     * member, the keys are the family's string attributes and {@code membership} says how the member
     * fills them.
     */
    public record Table(String name, Property hashKey, Optional<Property> rangeKey, List<Index> indexes,
                        Optional<Property> version, TableOptions options, Optional<Membership> membership) {
        /** A table with DynamoDB's default options, of an entity outside any family. */
        public Table(String name, Property hashKey, Optional<Property> rangeKey, List<Index> indexes,
                     Optional<Property> version) {
            this(name, hashKey, rangeKey, indexes, version, TableOptions.DEFAULTS, Optional.empty());
        }

        /** A table with these {@code @Table} options, of an entity outside any family. */
        public Table(String name, Property hashKey, Optional<Property> rangeKey, List<Index> indexes,
                     Optional<Property> version, TableOptions options) {
            this(name, hashKey, rangeKey, indexes, version, options, Optional.empty());
        }

        /** A family member's table, with DynamoDB's default options. */
        public Table(String name, Property hashKey, Optional<Property> rangeKey, List<Index> indexes,
                     Optional<Property> version, Optional<Membership> membership) {
            this(name, hashKey, rangeKey, indexes, version, TableOptions.DEFAULTS, membership);
        }
    }

    /**
     * A family member's part: its type name and its key templates.
     *
     * @param family        the sealed interface
     * @param typeAttribute the family's type attribute, or null when turned off
     * @param templates     the table's key templates first (partition, then sort), then the index ones
     * @param keyFields     the fields the table key templates name, each once, in order: the key methods' parameters
     */
    public record Membership(ClassName family, String typeAttribute, String typeName, List<Template> templates,
                             List<Property> keyFields) {
    }

    /**
     * One key attribute composed from fields.
     *
     * @param index     the index it belongs to, or null for the table
     * @param constants the text around the fields: one more than {@code fields}
     */
    public record Template(String attribute, String index, boolean partition, String text, List<String> constants,
                           List<Property> fields) {
    }

    /**
     * A secondary index.
     *
     * @param hashKeys   the partition key's fields in key order: one, or up to four for a global index
     * @param rangeKeys  the sort key's fields in key order: none, one, or up to four for a global index
     * @param projection {@code ALL}, {@code KEYS_ONLY} or {@code INCLUDE}
     * @param include    stored names of the included attributes, for {@code INCLUDE}
     */
    public record Index(String name, boolean global, List<Property> hashKeys, List<Property> rangeKeys,
                        String projection, List<String> include) {
        public Index {
            hashKeys = List.copyOf(hashKeys);
            rangeKeys = List.copyOf(rangeKeys);
        }

        /** One attribute for each key part: the form older schemas were generated in, kept for them. */
        public boolean singleAttributeKeys() {
            return hashKeys.size() == 1 && rangeKeys.size() <= 1;
        }
    }

    public boolean isEntity() {
        return table.isPresent();
    }
}
