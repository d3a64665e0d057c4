package dev.dynamodel.exception;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An update set (or added to) a nested path, such as {@code address.city}, in an item that has no
 * {@code address} map: DynamoDB writes a nested field only inside a parent that exists, and
 * refused the update; nothing was written. Set the parent as a whole instead
 * ({@code u.set(CustomerSchema.ADDRESS, new Address(...))}), for example when the item is created.
 *
 * <pre>{@code
 * try {
 *     customers.update("c1", u -> u.set(CustomerSchema.ADDRESS.city(), "Oslo"));
 * } catch (MissingParentException e) {
 *     customers.update("c1", u -> u.set(CustomerSchema.ADDRESS, new Address(null, "Oslo", null)));
 * }
 * }</pre>
 *
 * <p>The message names the table, the key's attribute names and the paths, never a stored value;
 * {@link #key()} has the key's values.
 */
public class MissingParentException extends DynamoRequestException {
    private final transient Map<String, AttributeValue> key;
    private final List<String> parents;

    /** @param parents the parent paths of the update's nested actions, one of which the item lacks */
    public MissingParentException(String table, Map<String, AttributeValue> key, List<String> parents,
                                  List<String> nested, SdkException cause) {
        super(table, "UpdateItem", message(table, KeyNames.of(key), parents, nested), cause);
        this.key = Map.copyOf(key);
        this.parents = List.copyOf(parents);
    }

    /** The key of the item the update was for. */
    public Map<String, AttributeValue> key() {
        return key;
    }

    /**
     * The parent paths the update wrote into ({@code address} for {@code address.city}): the item
     * lacks this one, or one of these when the update had several nested actions.
     */
    public List<String> parents() {
        return parents;
    }

    private static String message(String table, String key, List<String> parents, List<String> nested) {
        String which = parents.size() == 1 ? "has no '" + parents.get(0) + "'"
                : "lacks one of " + String.join(", ", parents.stream().map(p -> "'" + p + "'").toList());
        return "UpdateItem on table " + table + " (" + key + "): the item " + which + ", so DynamoDB cannot write "
                + String.join(", ", nested.stream().map(p -> "'" + p + "'").toList())
                + " inside it. Set '" + parents.get(0) + "' as a whole instead, with a value that holds the field"
                + " (for example when the item is created)";
    }
}
