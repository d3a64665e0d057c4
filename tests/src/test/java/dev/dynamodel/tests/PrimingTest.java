package dev.dynamodel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.MeasurementModel;
import dev.dynamodel.tests.entities.TrackModel;
import dev.dynamodel.tests.entities.VaultModel;
import dev.dynamodel.tests.support.Counted;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code Dynamo.prime(models)} runs each model's get, query, scan, save and delete up to the
 * sending, and sends nothing: the request log (debug level in this module, on System.err) shows
 * each operation reaching its send, and the counting clients count none.
 */
@ExtendWith(DynamoLocalExtension.class)
class PrimingTest {

    private static String primed(Dynamo runtime, dev.dynamodel.Model<?>... models) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            runtime.prime(models);
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void prime_runsEveryOperationOfEveryModel_andSendsNothing(Dynamo dynamo) {
        Counted counted = Counted.of(dynamo);
        TrackModel tracks = TrackModel.of(counted.dynamo());
        VaultModel vaults = VaultModel.of(counted.dynamo());
        String log = primed(counted.dynamo(), tracks, vaults);
        for (String table : new String[] {tracks.tableName(), vaults.tableName()}) {
            for (String operation : new String[] {"GetItem", "Query", "Scan", "PutItem", "DeleteItem"}) {
                assertTrue(log.contains(operation + " table=" + table), operation + " on " + table + " in: " + log);
            }
        }
        assertEquals(0, counted.requests(), "nothing reaches the runtime's clients");
        assertFalse(TrackModel.of(dynamo).tableExists(), "no table made, nothing written");
    }

    @Test
    void prime_whenTheSampleKeyCannotBeRead_skipsWhatNeedsAnEntity_andDoesNotThrow(Dynamo dynamo) {
        Counted counted = Counted.of(dynamo);
        MeasurementModel measurements = MeasurementModel.of(counted.dynamo());
        // Its sort key is an OffsetDateTime: the sample key's text is not one, so no entity is read back.
        String log = primed(counted.dynamo(), measurements);
        assertTrue(log.contains("GetItem table=" + measurements.tableName()), log);
        assertTrue(log.contains("Scan table=" + measurements.tableName()), log);
        assertFalse(log.contains("PutItem table=" + measurements.tableName()), log);
        assertTrue(log.contains("DeleteItem table=" + measurements.tableName()), log);
        assertEquals(0, counted.requests());
    }
}
