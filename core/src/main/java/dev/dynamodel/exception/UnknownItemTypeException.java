package dev.dynamodel.exception;

/**
 * A family read met an item that belongs to none of the family's members: its type attribute
 * names no member (an item another tool wrote, or a member removed since), or, without a type
 * attribute, its keys match no member's templates. Thrown only when the read asked for it with
 * {@code failOnUnknownTypes()}; by default such items are skipped and counted.
 *
 * <p>The message names the family and the type attribute, never the stored type name, as every
 * message of the library leaves stored values out.
 */
public class UnknownItemTypeException extends ItemMappingException {
    public UnknownItemTypeException(String family, String typeAttribute) {
        super(typeAttribute == null
                ? "An item of " + family + "'s table matches the key templates of none of its members"
                : "Attribute '" + typeAttribute + "' of an item of " + family + "'s table names none of its members");
    }
}
