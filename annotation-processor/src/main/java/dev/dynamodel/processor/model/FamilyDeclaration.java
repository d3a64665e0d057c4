package dev.dynamodel.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A {@code @Family} sealed interface, read and validated: the shared table, its key and index
 * attributes, the type attribute, and the members in {@code permits} order.
 *
 * @param sortKey       the table's sort key attribute, or null for none
 * @param typeAttribute the type attribute, or null when turned off
 */
public record FamilyDeclaration(ClassName type, String table, String partitionKey, String sortKey,
                                String typeAttribute, List<Index> indexes, List<Member> members) {

    /** A member entity and the type name it writes. */
    public record Member(ClassName type, String typeName) {
    }

    /** A global index of the family, with its generic key attributes; {@code sortKey} null for none. */
    public record Index(String name, String partitionKey, String sortKey) {
    }

    public Index index(String name) {
        return indexes.stream().filter(i -> i.name().equals(name)).findFirst().orElse(null);
    }
}
