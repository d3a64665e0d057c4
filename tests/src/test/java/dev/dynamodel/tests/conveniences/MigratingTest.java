package dev.dynamodel.tests.conveniences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The DynamoDBMapper save behaviours and operations of docs/migrating.md, run against DynamoDB Local. */
@ExtendWith(DynamoLocalExtension.class)
class MigratingTest {

    @BeforeAll
    static void createTables(Dynamo dynamo) {
        SubscriberModel.of(dynamo).createTableIfNotExists();
    }

    private static Subscriber subscriber(String email) {
        return new Subscriber(null, email, null, Set.of("news"), null, null, null, null, null, null);
    }

    @Test
    void saveBehaviours_mapToSavePatchAndUpdate(Dynamo dynamo) {
        SubscriberModel subscribers = SubscriberModel.of(dynamo);
        // tag::save-behaviours[]
        Subscriber ada = subscribers.create(subscriber("ada@example.com"));   // id generated, version 1
        // CLOBBER and PUT: replace the whole item
        Subscriber pro = subscribers.save(SubscriberBuilder.from(ada).plan(Subscriber.Plan.PRO).build());
        // UPDATE_SKIP_NULL_ATTRIBUTES: write only the fields the entity holds
        Subscriber moved = subscribers.patch(SubscriberBuilder.create()
                .id(ada.id()).email("ada@example.org").version(pro.version()).build());
        // APPEND_SET: add elements to a set, atomically
        Subscriber more = subscribers.update(moved, u -> u.add(SubscriberSchema.TOPICS, Set.of("offers")));
        // DynamoDBSaveExpression with expected values: a save with a condition
        subscribers.save(more, SubscriberSchema.PLAN.eq(Subscriber.Plan.PRO));
        // end::save-behaviours[]
        Subscriber stored = subscribers.find(ada.id()).consistentRead().get().orElseThrow();
        assertEquals("ada@example.org", stored.email());
        assertEquals(Subscriber.Plan.PRO, stored.plan());
        assertEquals(Set.of("news", "offers"), stored.topics());
        assertEquals(5L, stored.version());
    }

    @Test
    void operations_mapToGetQueryCountAndBatchWrite(Dynamo dynamo) {
        SubscriberModel subscribers = SubscriberModel.of(dynamo);
        Subscriber ada = subscribers.create(subscriber("grace@example.com"));
        // tag::operations[]
        Optional<Subscriber> loaded = subscribers.get(ada.id());                          // load
        Subscriber latest = subscribers.find(ada.id()).consistentRead().get().orElseThrow(); // ConsistentReads
        List<Subscriber> byEmail = subscribers                                             // query on an index
                .query(SubscriberSchema.EMAIL.eq("grace@example.com")).list();
        long free = subscribers.scan().filter(SubscriberSchema.PLAN.eq(Subscriber.Plan.FREE)).count(); // count
        dynamo.batchWrite()                                                                // batchSave
                .putAll(subscribers, List.of(subscriber("a@example.com"), subscriber("b@example.com")))
                .execute();                                                                // chunked, retried
        subscribers.delete(latest);                                                        // delete, version checked
        // end::operations[]
        assertEquals(Optional.of(ada), loaded);
        assertEquals(List.of(ada), byEmail);
        assertTrue(free >= 1);
        assertEquals(Optional.empty(), subscribers.get(ada.id()));
    }

    @Test
    void v1Update_keepsUnmodelledAttributes_throughTheCatchAll(Dynamo dynamo) {
        SubscriberModel subscribers = SubscriberModel.of(dynamo);
        Subscriber ada = subscribers.create(subscriber("legacy@example.com"));
        Map<String, AttributeValue> raw = new HashMap<>(SubscriberSchema.INSTANCE.toItem(ada));
        raw.put("legacyScore", AttributeValue.fromN("7"));
        dynamo.client().putItem(b -> b.tableName(subscribers.tableName()).item(raw));
        Subscriber read = subscribers.get(ada.id()).orElseThrow();
        subscribers.save(SubscriberBuilder.from(read).plan(Subscriber.Plan.PRO).build());
        var stored = dynamo.client().getItem(b -> b.tableName(subscribers.tableName())
                .key(SubscriberSchema.INSTANCE.key(ada.id()))).item();
        assertEquals(AttributeValue.fromN("7"), stored.get("legacyScore"));
        assertEquals(AttributeValue.fromS("PRO"), stored.get("plan"));
    }
}
