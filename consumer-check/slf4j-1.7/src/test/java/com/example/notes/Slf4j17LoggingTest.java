package com.example.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With Dynamodel on the class path, an SLF4J 1.7 application keeps its own binding, and
 * Dynamodel's request log goes through it (slf4j-simple writes to target/application.log).
 */
class Slf4j17LoggingTest {
    private static final Logger LOG = LoggerFactory.getLogger(Slf4j17LoggingTest.class);

    @Test
    void applicationAndDynamodelLogLines_reachTheApplicationsSlf4j17Binding() throws IOException {
        // slf4j-api 2.x would ignore slf4j-simple 1.7 and fall back to the no-op logger.
        assertEquals("org.slf4j.impl.SimpleLoggerFactory", LoggerFactory.getILoggerFactory().getClass().getName());

        LOG.info("application started");
        try (Dynamo dynamo = DynamoLocal.embedded()) {
            NoteModel notes = NoteModel.of(dynamo);
            notes.createTable();
            notes.save(new Note("n-1", "hello"));
        }

        String log = Files.readString(Path.of(System.getProperty("org.slf4j.simpleLogger.logFile")));
        assertTrue(log.contains("application started"), log);
        assertTrue(log.contains("PutItem table=Notes"), log);
    }
}
