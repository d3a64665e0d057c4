package dev.dynamodel.spring;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocal;

/**
 * The only class that names dynamodel-local's types, loaded only after the configuration has
 * checked that the module is there (it is optional, and absent in production).
 */
final class LocalModule {
    private LocalModule() {
    }

    static Dynamo.Builder builder() {
        return DynamoLocal.embeddedBuilder();
    }
}
