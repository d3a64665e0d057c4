package dev.dynamodel.local;

import dev.dynamodel.Dynamo;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * JUnit 5 extension that gives test methods and constructors a {@link Dynamo} backed by one embedded
 * DynamoDB Local shared by the whole test run, and that database's {@link DynamoDbStreamsClient}.
 * Each test class gets its own table prefix (its simple name and an underscore), so classes never
 * see each other's tables.
 *
 * <pre>{@code
 * @ExtendWith(DynamoLocalExtension.class)
 * class MovieTest {
 *     @Test
 *     void roundTrip(Dynamo dynamo) {
 *         MovieModel movies = MovieModel.of(dynamo);
 *         movies.createTableIfNotExists();
 *     }
 * }
 * }</pre>
 */
public final class DynamoLocalExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DynamoLocalExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Dynamo.class || type == DynamoDbStreamsClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SharedDatabase shared = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedDatabase.class, type -> new SharedDatabase(), SharedDatabase.class);
        if (parameter.getParameter().getType() == DynamoDbStreamsClient.class) {
            return shared.database.dynamoDbStreamsClient();
        }
        return shared.database.dynamo(context.getRequiredTestClass().getSimpleName() + "_");
    }

    /** The one embedded database of a test run; JUnit closes it when the run ends. */
    private static final class SharedDatabase implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final EmbeddedDatabase database = DynamoLocal.database();

        @Override
        public void close() {
            database.close();
        }
    }
}
