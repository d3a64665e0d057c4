package dev.dynamodel.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * aws-lambda-java-events is an optional dependency: only LambdaRecords may refer to its classes, so
 * that decoding and routing SDK records work without it on the class path.
 */
class LambdaIsolationTest {

    @Test
    void onlyLambdaRecords_refersToLambdaClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(ChangeDecoder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> referring;
        try (Stream<Path> files = Files.walk(classes)) {
            referring = files.filter(f -> f.toString().endsWith(".class"))
                    .filter(LambdaIsolationTest::mentionsLambda)
                    .map(f -> classes.relativize(f).toString().replace('\\', '/'))
                    .toList();
        }

        assertEquals(List.of("dev/dynamodel/streams/LambdaRecords.class"), referring);
    }

    private static boolean mentionsLambda(Path classFile) {
        try {
            // Class names in the constant pool are UTF-8 with '/' separators.
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
                    .contains("com/amazonaws/services/lambda");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
