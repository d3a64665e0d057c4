package dev.dynamodel;

import dev.dynamodel.schema.EntitySchema;

/**
 * Chooses the physical table of an entity when environments name tables differently from the
 * declaration: {@code @Entity(table = "orders")} may be {@code orders-prod-v2} in one account and
 * {@code Orders} in another. The runtime's table prefix is put before whatever it returns.
 *
 * <pre>{@code
 * Map<String, String> names = Map.of("orders", "orders-prod-v2");
 * Dynamo dynamo = Dynamo.builder(client)
 *         .tableNames((declared, entity) -> names.getOrDefault(declared, declared))
 *         .build();
 * }</pre>
 *
 * <p>Called once per model, when it is made ({@code OrderModel.of(dynamo)}); the name it returns
 * is checked against DynamoDB's rules there.
 */
@FunctionalInterface
public interface TableNameResolver {

    /** The resolver that keeps every declared name. */
    static TableNameResolver declared() {
        return (declaredName, entity) -> declaredName;
    }

    /**
     * The table name for an entity, before the prefix.
     *
     * @param declaredName the name in {@code @Entity(table = ...)}
     * @param entity       the entity's generated schema (its {@code entityName()}, keys and indexes)
     */
    String tableName(String declaredName, EntitySchema<?> entity);
}
