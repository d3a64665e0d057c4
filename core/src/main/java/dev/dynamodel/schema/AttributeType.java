package dev.dynamodel.schema;

/** DynamoDB's attribute types, for {@link Attribute#attributeType}. */
public enum AttributeType {
    S, N, B, BOOL, NULL, L, M, SS, NS, BS
}
