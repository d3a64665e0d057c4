package dev.dynamodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB Local's threads would keep a JVM alive forever: programs on the embedded default must
 * exit by themselves, whether they close the {@code Dynamo} or forget to.
 */
class ProcessExitTest {

    private static Process start(Class<?> main) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), main.getName()))
                .redirectErrorStream(true)
                .start();
    }

    private static void assertExitsWithin(Process process, int seconds, String expectedOutput) throws Exception {
        boolean exited = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(exited, "the JVM did not exit within " + seconds + " s; output: " + output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains(expectedOutput), output);
    }

    @Test
    void gettingStarted_exitsByItself() throws Exception {
        assertExitsWithin(start(GettingStarted.class), 120, "after delete: Optional.empty");
    }

    @Test
    void aMainThatNeverClosesTheDatabase_stillExits() throws Exception {
        assertExitsWithin(start(ForgetsToClose.class), 120, "tables: [Books]");
    }
}
