package dev.dynamodel.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What a local database leaves behind once it is closed: no thread of ours, no file. */
class DynamoLocalTest {

    @Test
    void embedded_close_endsItsWatcherThread() throws InterruptedException {
        List<Thread> before = watchers();
        Dynamo dynamo = DynamoLocal.embedded();
        List<Thread> opened = watchers();
        opened.removeAll(before);
        assertEquals(1, opened.size(), "one watcher per database");

        dynamo.close();
        opened.get(0).join(5_000);

        assertFalse(opened.get(0).isAlive(), "the watcher ends with the database");
        assertEquals(before.size(), watchers().size());
    }

    @Test
    void server_startAndStop_leaveNoFileInTheWorkingDirectory() {
        File cwd = new File(System.getProperty("user.dir"));
        Set<String> before = files(cwd);

        try (LocalServer server = DynamoLocal.server(); Dynamo dynamo = server.dynamo()) {
            dynamo.client().listTables();
        }

        assertEquals(before, files(cwd), "no telemetry metadata file, no database file");
    }

    @Test
    void server_start_printsNothing() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try (LocalServer server = DynamoLocal.server()) {
            assertTrue(server.endpoint().toString().startsWith("http://localhost:"));
        } finally {
            System.setOut(original);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void embeddedBuilder_outlivesTheThreadThatOpenedIt_andStopsOnlyOnClose() throws Exception {
        List<Thread> before = watchers();
        Dynamo[] opened = new Dynamo[1];
        Thread opener = new Thread(() -> opened[0] = DynamoLocal.embeddedBuilder().tablePrefix("t_").build());
        opener.start();
        opener.join();

        assertEquals(before.size(), watchers().size(), "no watcher: the caller owns the lifetime");
        assertEquals(List.of(), opened[0].client().listTables().tableNames(), "still running after its opener ended");
        assertEquals("t_", opened[0].tablePrefix());

        opened[0].close();

        assertThrows(RuntimeException.class, () -> opened[0].client().listTables());
    }

    @Test
    void embedded_leavesNoFileInTheWorkingDirectory() {
        File cwd = new File(System.getProperty("user.dir"));
        Set<String> before = files(cwd);

        try (Dynamo dynamo = DynamoLocal.embedded()) {
            dynamo.client().listTables();
        }

        assertEquals(before, files(cwd));
    }

    private static List<Thread> watchers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("dynamodel-local-watcher") && t.isAlive())
                .collect(java.util.stream.Collectors.toList());
    }

    private static Set<String> files(File directory) {
        return new TreeSet<>(List.of(directory.list()));
    }
}
