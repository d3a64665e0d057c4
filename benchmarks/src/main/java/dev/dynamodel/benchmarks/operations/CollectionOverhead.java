package dev.dynamodel.benchmarks.operations;

import dev.dynamodel.Dynamo;
import dev.dynamodel.benchmarks.shapes.shop.CustomerSchema;
import dev.dynamodel.benchmarks.shapes.shop.ShopHand;
import dev.dynamodel.benchmarks.shapes.shop.ShopItem;
import dev.dynamodel.benchmarks.shapes.shop.ShopItemModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A collection query of one partition through the stub client, whose canned response holds 25
 * items of three types (a customer, 4 addresses, 20 orders), each read as its record: dynamodel's
 * {@code collection(...).list()} against hand-written code that switches on the type attribute
 * (issue 13; target: dynamodel at least 1/1.1 of the hand-written ops/s).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar CollectionOverhead
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CollectionOverhead {

    /** The stub client with the 25 mixed items, and the family model over it. */
    @State(Scope.Thread)
    public static class Subjects {
        public DynamoDbClient client;
        public ShopItemModel shop;

        @Setup
        public void setUp() {
            client = new StubDynamoDbClient(Map.of(), ShopHand.collection());
            shop = ShopItemModel.of(Dynamo.of(client));
        }
    }

    // tag::collection-subjects[]
    @Benchmark
    public List<ShopItem> dynamodel(Subjects s) {
        return s.shop.collection(CustomerSchema.partitionKey("c1")).list();
    }

    @Benchmark
    public List<ShopItem> hand(Subjects s) {
        QueryRequest request = QueryRequest.builder()
                .tableName("Shop")
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", "pk"))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CUSTOMER#c1")))
                .build();
        QueryResponse response = s.client.query(request);
        List<ShopItem> items = new ArrayList<>(response.items().size());
        for (Map<String, AttributeValue> item : response.items()) {
            items.add(ShopHand.fromItem(item));
        }
        return items;
    }
    // end::collection-subjects[]
}
