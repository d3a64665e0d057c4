package dev.dynamodel.tests.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.TableNotActiveException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.table.TableChange.Kind;
import dev.dynamodel.table.TableOptions;
import dev.dynamodel.table.TablePlan;
import dev.dynamodel.tests.entities.ParcelModel;
import dev.dynamodel.tests.entities.ReroutedParcelModel;
import dev.dynamodel.tests.support.TableStubClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.SSEStatus;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.TableClass;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;

/**
 * The options DynamoDB Local does not keep, tested by the requests plan() and createTable produce:
 * tags and point-in-time recovery (Local refuses their operations, so a stand-in answers them, see
 * {@link TableStubClient}), table class and encryption (Local accepts and forgets them). And waiting:
 * a table that stays busy times out; the asynchronous face schedules its waits.
 */
@ExtendWith(DynamoLocalExtension.class)
class TableOptionsRequestTest {

    private static Dynamo over(TableStubClient stub, Dynamo dynamo, String name) {
        return Dynamo.builder(stub).tablePrefix(dynamo.tablePrefix() + name + "_").build();
    }

    @Test
    void tagsAndPointInTimeRecovery_areSetByTheRequestsPlanProduces(Dynamo dynamo) {
        TableStubClient stub = new TableStubClient(dynamo.client());
        ParcelModel parcels = ParcelModel.of(over(stub, dynamo, "tagged"));
        parcels.createTable(TableOptions.defaults().pointInTimeRecovery(true));
        assertEquals(List.of(UpdateContinuousBackupsRequest.builder().tableName(parcels.tableName())
                .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)).build()), stub.recorded(),
                "point-in-time recovery cannot be set by CreateTable: a step after it");
        stub.recorded().clear();

        stub.tags(Map.of("team", "old", "other", "kept")).pointInTimeRecovery(false);
        TableOptions options = TableOptions.defaults().tag("team", "new").tag("env", "prod").pointInTimeRecovery(true);
        TablePlan plan = parcels.apply(options);
        assertEquals(List.of(Kind.POINT_IN_TIME_RECOVERY, Kind.TAGS), plan.kinds(), plan.toString());
        TagResourceRequest tagging = (TagResourceRequest) stub.recorded().get(1);
        assertEquals(Map.of("team", "new", "env", "prod"), tagging.tags().stream()
                .collect(java.util.stream.Collectors.toMap(t -> t.key(), t -> t.value())),
                "declared tags are added or corrected; a tag not declared is left alone");
        assertTrue(tagging.resourceArn().endsWith("table/" + parcels.tableName()), tagging.resourceArn());

        stub.tags(Map.of("team", "new", "env", "prod", "other", "kept")).pointInTimeRecovery(true);
        assertTrue(parcels.plan(options).isEmpty());
        assertEquals(List.of(Kind.POINT_IN_TIME_RECOVERY), parcels.plan(options.pointInTimeRecovery(false)).kinds());
    }

    @Test
    void tableClassAndEncryption_arePlannedAsUpdateTable(Dynamo dynamo) {
        ParcelModel parcels = ParcelModel.of(dynamo);
        parcels.createTableIfNotExists();
        String key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd";
        TablePlan plan = parcels.plan(TableOptions.defaults().tableClass(TableClass.STANDARD_INFREQUENT_ACCESS)
                .customerManagedKey(key));
        assertEquals(List.of(Kind.TABLE_CLASS, Kind.ENCRYPTION), plan.kinds());
        assertEquals(UpdateTableRequest.builder().tableName(parcels.tableName())
                .tableClass(TableClass.STANDARD_INFREQUENT_ACCESS).build(), plan.changes().get(0).request());
        assertEquals(UpdateTableRequest.builder().tableName(parcels.tableName()).sseSpecification(s -> s.enabled(true)
                .sseType(SSEType.KMS).kmsMasterKeyId(key)).build(), plan.changes().get(1).request());
    }

    @Test
    void describedTableClassAndKey_matchTheDeclaration(Dynamo dynamo) {
        TableStubClient stub = new TableStubClient(dynamo.client());
        ParcelModel parcels = ParcelModel.of(over(stub, dynamo, "classy"));
        parcels.createTable();
        stub.describeAs(table -> table.toBuilder().tableClassSummary(c -> c.tableClass(TableClass.STANDARD_INFREQUENT_ACCESS))
                .sseDescription(s -> s.status(SSEStatus.ENABLED).sseType(SSEType.KMS).kmsMasterKeyArn("arn:aws:kms:k"))
                .build());
        TableOptions declared = TableOptions.defaults().tableClass(TableClass.STANDARD_INFREQUENT_ACCESS)
                .encryption(TableOptions.Encryption.AWS_MANAGED);
        assertTrue(parcels.plan(declared).isEmpty(), parcels.plan(declared).toString());
        assertEquals(List.of(Kind.TABLE_CLASS, Kind.ENCRYPTION), parcels.plan(TableOptions.defaults()).kinds());
        assertEquals(List.of(Kind.ENCRYPTION), parcels.plan(declared.customerManagedKey("arn:aws:kms:other")).kinds());
    }

    @Test
    void createTableRequest_carriesEveryOption(Dynamo dynamo) {
        ParcelModel parcels = ParcelModel.of(dynamo);
        CreateTableRequest request = parcels.createTableRequest(TableOptions.defaults().provisioned(7, 3)
                .tableClass(TableClass.STANDARD_INFREQUENT_ACCESS).encryption(TableOptions.Encryption.AWS_MANAGED)
                .deletionProtection(true).tag("team", "parcels"));
        assertEquals(7L, request.provisionedThroughput().readCapacityUnits());
        assertEquals(3L, request.globalSecondaryIndexes().get(0).provisionedThroughput().writeCapacityUnits());
        assertEquals(TableClass.STANDARD_INFREQUENT_ACCESS, request.tableClass());
        assertEquals(SSEType.KMS, request.sseSpecification().sseType());
        assertTrue(request.deletionProtectionEnabled());
        assertEquals("parcels", request.tags().get(0).value());
        assertEquals(null, parcels.createTableRequest().streamSpecification(), "defaults add nothing");
    }

    @Test
    void waitUntilActive_timesOut_namingWhatIsBusy(Dynamo dynamo) {
        TableStubClient stub = new TableStubClient(dynamo.client());
        ParcelModel parcels = ParcelModel.of(over(stub, dynamo, "busy"));
        parcels.createTable();
        parcels.waitUntilActive(Duration.ofSeconds(5));
        stub.describeAs(table -> table.toBuilder().globalSecondaryIndexes(table.globalSecondaryIndexes().stream()
                .map(index -> index.toBuilder().indexStatus(IndexStatus.CREATING).build()).toList()).build());
        int before = stub.describes();
        TableNotActiveException busy = assertThrows(TableNotActiveException.class,
                () -> parcels.waitUntilActive(Duration.ofMillis(300)));
        assertEquals(parcels.tableName(), busy.table());
        assertTrue(busy.getMessage().contains("index byDepot is CREATING"), busy.getMessage());
        assertTrue(stub.describes() - before > 2, "polled until the deadline: " + (stub.describes() - before));
    }

    @Test
    void asyncApply_schedulesItsWaits(Dynamo dynamo) throws Exception {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
        try {
            Dynamo scheduling = Dynamo.builder(dynamo.client()).asyncClient(dynamo.asyncClient())
                    .tablePrefix(dynamo.tablePrefix() + "scheduled_").retryScheduler(scheduler).build();
            ParcelModel.of(scheduling).createTable();
            ReroutedParcelModel rerouted = ReroutedParcelModel.of(scheduling);
            TablePlan plan = rerouted.async().apply().get(1, TimeUnit.MINUTES);
            assertEquals(List.of(Kind.REMOVE_INDEX, Kind.ADD_INDEX, Kind.TIME_TO_LIVE), plan.kinds());
            // Local reports the dropped index DELETING and the new one CREATING for a while after each UpdateTable.
            assertTrue(scheduler.getCompletedTaskCount() > 0, "the waits ran on the runtime's scheduler");
            assertTrue(rerouted.plan().isEmpty());
        } finally {
            scheduler.shutdownNow();
        }
    }
}
