package dev.dynamodel;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.schema.ComparableAttribute;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.KeyAttribute;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * What {@link Dynamo#prime} runs: each model's get, query, scan, save and delete on the blocking
 * face, through the same code as real calls, over a client that answers at once without sending anything. So the classes
 * of those paths are loaded and initialised, and their lambdas bootstrapped, before a snapshot
 * (SnapStart, CRaC) or before the first real request, instead of during it.
 */
final class Priming {
    private static final Logger LOG = LoggerFactory.getLogger(Priming.class);

    private Priming() {
    }

    static void prime(Dynamo runtime, Model<?>... models) {
        Dynamo answering = Dynamo.builder(new AnsweringClient())
                .tablePrefix(runtime.tablePrefix())
                .clock(runtime.clock())
                .hideExpiredItems(runtime.hideExpiredItems())
                .build();
        for (Model<?> model : models) {
            prime(answering, model.schema());
        }
    }

    private static <T> void prime(Dynamo answering, EntitySchema<T> schema) {
        Model<T> model = new AnsweredModel<>(answering, schema);
        Map<String, AttributeValue> key = sampleKey(schema);
        // Each step on its own: a sample that a rule refuses (a @NotBlank field left empty, say)
        // still has loaded the code up to the refusal, and the other steps still run.
        T entity = step(schema, "get", () -> model.getByKey(key).orElse(null));
        step(schema, "query", () -> model.query(keyCondition(schema.hashKey(), key)).list());
        step(schema, "scan", () -> model.scan().list());
        if (entity != null) {
            step(schema, "save", () -> model.save(entity));
        }
        step(schema, "delete", () -> {
            model.deleteByKey(key, null);
            return null;
        });
    }

    private static <R> R step(EntitySchema<?> schema, String operation, Supplier<R> run) {
        try {
            return run.get();
        } catch (RuntimeException e) {
            LOG.debug("Priming {} of {} stopped at {}", operation, schema.entityName(), e.getClass().getName());
            return null;
        }
    }

    /** A key of the right types; the answering client hands it back as the item that get reads. */
    private static Map<String, AttributeValue> sampleKey(EntitySchema<?> schema) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(schema.hashKey().name(), sample(schema.hashKey()));
        schema.rangeKey().ifPresent(range -> key.put(range.name(), sample(range)));
        return key;
    }

    private static AttributeValue sample(KeyAttribute attribute) {
        return switch (attribute.type()) {
            case N -> AttributeValue.fromN("1");
            case B -> AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1}));
            default -> AttributeValue.fromS("primed");
        };
    }

    /** {@code hashKey = its sample}, as a generated attribute constant would write it. */
    private static Condition keyCondition(KeyAttribute hash, Map<String, AttributeValue> key) {
        return new ComparableAttribute<AttributeValue>(AttributePath.of(hash.name()), Function.identity())
                .eq(key.get(hash.name()));
    }

    /** A model of the schema over the answering runtime: the generated model's code less its typed key methods. */
    private static final class AnsweredModel<T> extends Model<T> {
        AnsweredModel(Dynamo answering, EntitySchema<T> schema) {
            super(answering, schema);
        }
    }

    /** Answers the operations priming sends, at once and with nothing found but the key itself. */
    private static final class AnsweringClient implements DynamoDbClient {
        @Override
        public GetItemResponse getItem(GetItemRequest request) {
            return GetItemResponse.builder().item(request.key()).build();
        }

        @Override
        public QueryResponse query(QueryRequest request) {
            return QueryResponse.builder().items(List.of()).count(0).build();
        }

        @Override
        public ScanResponse scan(ScanRequest request) {
            return ScanResponse.builder().items(List.of()).count(0).build();
        }

        @Override
        public PutItemResponse putItem(PutItemRequest request) {
            return PutItemResponse.builder().build();
        }

        @Override
        public DeleteItemResponse deleteItem(DeleteItemRequest request) {
            return DeleteItemResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }
    }
}
