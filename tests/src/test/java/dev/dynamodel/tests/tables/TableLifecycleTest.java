package dev.dynamodel.tests.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.DynamoRequestException;
import dev.dynamodel.exception.TableChangeRefusedException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.table.TableChange.Kind;
import dev.dynamodel.table.TableOptions;
import dev.dynamodel.table.TablePlan;
import dev.dynamodel.tests.entities.Depot;
import dev.dynamodel.tests.entities.DepotModel;
import dev.dynamodel.tests.entities.Parcel;
import dev.dynamodel.tests.entities.ParcelModel;
import dev.dynamodel.tests.entities.ReroutedParcel;
import dev.dynamodel.tests.entities.ReroutedParcelModel;
import dev.dynamodel.tests.entities.ReroutedParcelSchema;
import dev.dynamodel.tests.entities.Shipment;
import dev.dynamodel.tests.entities.ShipmentModel;
import dev.dynamodel.tests.support.Face;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Creating, planning and changing tables against DynamoDB Local, each case on both faces: the
 * asynchronous one runs the same plan, only sent through the async client with scheduled waits.
 */
@ExtendWith(DynamoLocalExtension.class)
class TableLifecycleTest {

    /** A runtime whose tables are this case's own. */
    private static Dynamo own(Dynamo dynamo, String name, Face face) {
        return Dynamo.builder(dynamo.client()).asyncClient(dynamo.asyncClient())
                .tablePrefix(dynamo.tablePrefix() + name + "_" + face.name().toLowerCase() + "_").build();
    }

    private static TableDescription describe(Dynamo dynamo, String table) {
        return dynamo.client().describeTable(b -> b.tableName(table)).table();
    }

    private static Set<String> globalIndexes(TableDescription table) {
        return table.globalSecondaryIndexes().stream().map(GlobalSecondaryIndexDescription::indexName)
                .collect(Collectors.toSet());
    }

    /** The done-when case: one index removed and one added on a populated table, no item lost. */
    @ParameterizedTest
    @EnumSource(Face.class)
    void applyRemovesAndAddsAnIndex_onAPopulatedTable_withoutLosingAnItem(Face face, Dynamo shared) {
        Dynamo dynamo = own(shared, "reindex", face);
        ParcelModel parcels = ParcelModel.of(dynamo);
        parcels.createTable();
        List<Parcel> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            items.add(new Parcel("p" + i, i % 3, "depot" + i % 7, "courier" + i % 5, null));
        }
        dynamo.batchWrite().putAll(parcels, items).execute();
        long before = parcels.scan().count();

        ReroutedParcelModel rerouted = ReroutedParcelModel.of(dynamo);
        TablePlan plan = face.call(rerouted::plan, () -> rerouted.async().plan());
        assertEquals("table " + rerouted.tableName() + ":\n"
                + "  remove global index byDepot (depot S HASH; projection ALL), which is not declared\n"
                + "  add global index byCourier (courier S HASH, leg N RANGE; projection ALL)\n"
                + "  turn time to live on for expiresAt", plan.toString());
        assertEquals(List.of(Kind.REMOVE_INDEX, Kind.ADD_INDEX, Kind.TIME_TO_LIVE), plan.kinds());
        TablePlan applied = face.call(rerouted::apply, () -> rerouted.async().apply());

        assertEquals(plan, applied);
        assertEquals(300, before);
        assertEquals(before, rerouted.scan().count(), "items before and after the index change");
        TableDescription table = describe(dynamo, rerouted.tableName());
        assertEquals(Set.of("byCourier"), globalIndexes(table));
        assertEquals("ACTIVE", table.globalSecondaryIndexes().get(0).indexStatusAsString());
        assertEquals(60, rerouted.query(ReroutedParcelSchema.COURIER.eq("courier2")).list().size(),
                "the new index holds the items written before it");
        assertEquals(TimeToLiveStatus.ENABLED, dynamo.client().describeTimeToLive(b -> b.tableName(rerouted.tableName()))
                .timeToLiveDescription().timeToLiveStatus());
        assertTrue(face.call(rerouted::plan, () -> rerouted.async().plan()).isEmpty(), "a second plan finds nothing");
        assertTrue(face.call(rerouted::apply, () -> rerouted.async().apply()).isEmpty(), "a rerun changes nothing");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void createTable_appliesTheDeclaredOptions(Face face, Dynamo shared) {
        Dynamo dynamo = own(shared, "declared", face);
        ShipmentModel shipments = ShipmentModel.of(dynamo);
        assertTrue(face.call(shipments::createTableIfNotExists, () -> shipments.async().createTableIfNotExists()));
        assertFalse(face.call(shipments::createTableIfNotExists, () -> shipments.async().createTableIfNotExists()));

        TableDescription table = describe(dynamo, shipments.tableName());
        assertEquals(4L, table.provisionedThroughput().readCapacityUnits());
        assertEquals(2L, table.provisionedThroughput().writeCapacityUnits());
        GlobalSecondaryIndexDescription carrier = table.globalSecondaryIndexes().stream()
                .filter(i -> i.indexName().equals("byCarrier")).findFirst().orElseThrow();
        GlobalSecondaryIndexDescription port = table.globalSecondaryIndexes().stream()
                .filter(i -> i.indexName().equals("byPort")).findFirst().orElseThrow();
        assertEquals(List.of(3L, 1L), List.of(carrier.provisionedThroughput().readCapacityUnits(),
                carrier.provisionedThroughput().writeCapacityUnits()));
        assertEquals(List.of(4L, 2L), List.of(port.provisionedThroughput().readCapacityUnits(),
                port.provisionedThroughput().writeCapacityUnits()), "an index without its own takes the table's");
        assertTrue(table.streamSpecification().streamEnabled());
        assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, table.streamSpecification().streamViewType());
        assertTrue(table.deletionProtectionEnabled());
        assertTrue(face.call(shipments::plan, () -> shipments.async().plan()).isEmpty(),
                "a table created as declared plans nothing");

        DynamoRequestException protectedTable = assertThrows(DynamoRequestException.class,
                () -> face.run(shipments::deleteTable, () -> shipments.async().deleteTable()));
        assertEquals("DeleteTable", protectedTable.operation());
        TablePlan unprotect = face.call(() -> shipments.apply(shipments.schema().tableOptions().deletionProtection(false)),
                () -> shipments.async().apply(shipments.schema().tableOptions().deletionProtection(false)));
        assertEquals(List.of(Kind.DELETION_PROTECTION), unprotect.kinds());
        face.run(shipments::deleteTable, () -> shipments.async().deleteTable());
        assertFalse(face.call(shipments::tableExists, () -> shipments.async().tableExists()));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void runtimeOptions_overrideTheDeclaration_billingThroughputAndStream(Face face, Dynamo shared) {
        Dynamo dynamo = own(shared, "runtime", face);
        ParcelModel parcels = ParcelModel.of(dynamo);
        face.run(parcels::createTable, () -> parcels.async().createTable());
        assertEquals(BillingMode.PAY_PER_REQUEST, describe(dynamo, parcels.tableName()).billingModeSummary().billingMode());

        TableOptions provisioned = TableOptions.defaults().provisioned(5, 4).indexThroughput("byDepot", 2, 1)
                .stream(StreamViewType.NEW_IMAGE);
        assertEquals(List.of(Kind.BILLING, Kind.STREAM), apply(face, parcels, provisioned).kinds());
        TableDescription table = describe(dynamo, parcels.tableName());
        assertEquals(5L, table.provisionedThroughput().readCapacityUnits());
        assertEquals(2L, table.globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits());
        assertEquals(StreamViewType.NEW_IMAGE, table.streamSpecification().streamViewType());

        TableOptions changed = TableOptions.defaults().provisioned(6, 4).indexThroughput("byDepot", 3, 1)
                .stream(StreamViewType.KEYS_ONLY);
        TablePlan plan = apply(face, parcels, changed);
        assertEquals(List.of(Kind.THROUGHPUT, Kind.INDEX_THROUGHPUT, Kind.STREAM, Kind.STREAM), plan.kinds(),
                "a stream's view changes by turning it off, then on");
        table = describe(dynamo, parcels.tableName());
        assertEquals(6L, table.provisionedThroughput().readCapacityUnits());
        assertEquals(3L, table.globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits());
        assertEquals(StreamViewType.KEYS_ONLY, table.streamSpecification().streamViewType());

        assertEquals(List.of(Kind.BILLING, Kind.STREAM), apply(face, parcels, TableOptions.defaults()).kinds());
        table = describe(dynamo, parcels.tableName());
        assertEquals(BillingMode.PAY_PER_REQUEST, table.billingModeSummary().billingMode());
        assertTrue(table.streamSpecification() == null || !table.streamSpecification().streamEnabled());
        assertTrue(parcels.plan().isEmpty(), parcels.plan().toString());
    }

    private static TablePlan apply(Face face, ParcelModel parcels, TableOptions options) {
        return face.call(() -> parcels.apply(options), () -> parcels.async().apply(options));
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void aChangedTableKey_isRefused_andNothingChanges(Face face, Dynamo shared) {
        Dynamo dynamo = own(shared, "rekey", face);
        DepotModel depots = DepotModel.of(dynamo);
        // The table as an earlier version made it: the sort key a number, an index that is not declared any more.
        dynamo.client().createTable(b -> b.tableName(depots.tableName())
                .keySchema(KeySchemaElement.builder().attributeName("region").keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName("code").keyType(KeyType.RANGE).build())
                .attributeDefinitions(a -> a.attributeName("region").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("code").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("zone").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexes(g -> g.indexName("byZone")
                        .keySchema(KeySchemaElement.builder().attributeName("zone").keyType(KeyType.HASH).build())
                        .projection(p -> p.projectionType("ALL")))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        dynamo.client().putItem(b -> b.tableName(depots.tableName()).item(java.util.Map.of(
                "region", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("north"),
                "code", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("7"))));

        TablePlan plan = face.call(depots::plan, () -> depots.async().plan());
        assertEquals(2, plan.refusals().size(), plan.toString());
        assertTrue(plan.refusals().get(0).contains("the table key is region S HASH, code N RANGE in DynamoDB but "
                + "declared as region S HASH, code S RANGE"), plan.refusals().get(0));
        assertTrue(plan.refusals().get(1).contains("the local indexes are none in DynamoDB but declared as byCity"),
                plan.refusals().get(1));
        assertEquals(List.of(Kind.REMOVE_INDEX), plan.kinds(), "the plan still lists what could be done");

        TableChangeRefusedException refused = assertThrows(TableChangeRefusedException.class,
                () -> face.call(depots::apply, () -> depots.async().apply()));
        assertEquals(depots.tableName(), refused.table());
        assertTrue(refused.getMessage().contains("nothing was changed"), refused.getMessage());
        TableDescription table = describe(dynamo, depots.tableName());
        assertEquals(Set.of("byZone"), globalIndexes(table), "no step was taken");
        assertEquals(1, table.itemCount());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void planOfAMissingTable_isItsCreation(Face face, Dynamo shared) {
        Dynamo dynamo = own(shared, "missing", face);
        ReroutedParcelModel parcels = ReroutedParcelModel.of(dynamo);
        TablePlan plan = face.call(parcels::plan, () -> parcels.async().plan());
        assertEquals(List.of(Kind.CREATE_TABLE, Kind.TIME_TO_LIVE), plan.kinds());
        assertEquals(parcels.createTableRequest(), plan.changes().get(0).request());
        assertFalse(face.call(parcels::tableExists, () -> parcels.async().tableExists()), "planning sends only reads");
        assertEquals(plan, face.call(parcels::apply, () -> parcels.async().apply()));
        assertTrue(parcels.tableExists());
        assertTrue(parcels.plan().isEmpty());
    }
}
