package dev.dynamodel.tests.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.Model;
import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.condition.Operator;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.query.Page;
import dev.dynamodel.query.Query;
import dev.dynamodel.schema.IndexDefinition;
import dev.dynamodel.schema.PartitionKey;
import dev.dynamodel.tests.support.Face;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A collection reads its partition without the key planner (its key condition is known from the
 * partition key): these cases pin that the request is the one the planner makes of the same
 * condition, that a partition key the target does not have still fails as the planner says, and that
 * paging over a response with items of no member type in the middle hands out only known items,
 * resuming after the last one handed out.
 */
@ExtendWith(DynamoLocalExtension.class)
class CollectionPlanTest {

    @BeforeAll
    static void load(Dynamo dynamo) {
        for (Face face : Face.values()) {
            Dynamo runtime = face.runtime(dynamo);
            ShopData.load(runtime);
            // Around the order, in sort key order: an item of no member type before it and after it.
            for (String sk : List.of("GIFTCARD#1", "POINTS#1")) {
                runtime.client().putItem(b -> b.tableName(ShopItemModel.of(runtime).tableName()).item(Map.of(
                        "pk", AttributeValue.fromS("CUSTOMER#bob"), "sk", AttributeValue.fromS(sk),
                        "_type", AttributeValue.fromS("NOT_A_MEMBER"))));
            }
        }
    }

    /** The family's table as a plain model: its queries go through the key planner. */
    private static Model<ShopItem> planned(Dynamo dynamo) {
        return new Model<>(dynamo, ShopItemSchema.INSTANCE) {
        };
    }

    private static Query<ShopItem> plannedQuery(Dynamo dynamo, PartitionKey partition) {
        Query<ShopItem> query = planned(dynamo).query(new Condition.Compare(AttributePath.of(partition.attribute()),
                Operator.EQ, partition.value()));
        if (partition.index() != null) {
            query.using(index(partition.index()));
        }
        return query;
    }

    private static IndexDefinition index(String name) {
        return ShopItemSchema.INSTANCE.indexes().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void collectionRequest_isThePlannersRequestForThePartitionCondition(Dynamo dynamo) {
        ShopItemModel shop = ShopItemModel.of(dynamo);
        PartitionKey table = CustomerSchema.partitionKey("ada");
        assertEquals(plannedQuery(dynamo, table).request(), shop.collection(table).request());
        var shipped = OrderSchema.STATUS.eq(Order.Status.SHIPPED);
        assertEquals(plannedQuery(dynamo, table).filter(shipped).descending().pageSize(3).request(),
                shop.collection(table).filter(shipped).descending().pageSize(3).request());

        PartitionKey index = OrderSchema.gsi1PartitionKey("o2");
        assertEquals(plannedQuery(dynamo, index).limit(2).request(), shop.collection(index).limit(2).request());
        assertEquals("gsi1", shop.collection(index).request().indexName());
        assertEquals("#n0 = :v0", shop.collection(index).request().keyConditionExpression());
        assertEquals(Map.of("#n0", "gsi1pk"), shop.collection(index).request().expressionAttributeNames());
    }

    @Test
    void collectionOnAnAttributeThatIsNoPartitionKey_failsAsThePlannerDoes(Dynamo dynamo) {
        ShopItemModel shop = ShopItemModel.of(dynamo);
        PartitionKey notAKey = new PartitionKey(null, "customerId", AttributeValue.fromS("ada"));
        IllegalArgumentException planner = assertThrows(IllegalArgumentException.class,
                () -> plannedQuery(dynamo, notAKey).request());
        IllegalArgumentException collection = assertThrows(IllegalArgumentException.class,
                () -> shop.collection(notAKey).list());
        assertEquals(planner.getMessage(), collection.getMessage());
        assertTrue(collection.getMessage().contains("needs an eq() condition on a partition key"),
                collection.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void unknownItemsInsideAResponse_areDroppedAndPagesResumeAfterTheLastKnownItem(Face face, Dynamo dynamo) {
        ShopItemModel shop = ShopItemModel.of(face.runtime(dynamo));
        PartitionKey bob = CustomerSchema.partitionKey("bob");
        // bob's partition in sort key order: address, unknown, order, unknown, customer.
        List<ShopItem> known = List.of(ShopData.ADDRESSES.get(2), ShopData.ORDERS.get(4), ShopData.BOB);
        var all = shop.collection(bob);
        var allAsync = shop.async().collection(bob);
        assertEquals(known, face.call(all::list, allAsync::list));
        assertEquals(2, face == Face.BLOCKING ? all.skipped() : allAsync.skipped());
        assertEquals(known.subList(0, 2), shop.collection(bob).limit(2).list());

        List<ShopItem> seen = new ArrayList<>();
        String cursor = null;
        do {
            var collection = shop.collection(bob).limit(1);
            if (cursor != null) {
                collection.startAfter(cursor);
            }
            Page<ShopItem> page = collection.page();
            assertEquals(1, page.items().size());
            seen.addAll(page.items());
            cursor = page.cursor().orElse(null);
        } while (cursor != null);
        assertEquals(known, seen);

        Page<ShopItem> firstTwo = shop.collection(bob).limit(2).page();
        assertNotNull(firstTwo.cursor().orElse(null));
        Page<ShopItem> rest = shop.collection(bob).startAfter(firstTwo.cursor().orElseThrow()).page();
        assertEquals(List.of(ShopData.BOB), rest.items());
        assertNull(rest.cursor().orElse(null));
    }
}
