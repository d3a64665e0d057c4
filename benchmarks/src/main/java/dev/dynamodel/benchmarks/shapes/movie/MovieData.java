package dev.dynamodel.benchmarks.shapes.movie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Reads the AWS sample movies ({@code shared/data/moviedata.json}) into {@link Movie} records.
 *
 * <p>The file is found through the system property {@code moviedata.path}, else at
 * {@code ../shared/data/moviedata.json} relative to the repository root or to the benchmarks module.
 *
 * <pre>{@code
 * List<Movie> movies = MovieData.load();
 * }</pre>
 */
public final class MovieData {
    /** The system property that names the file. */
    public static final String PATH_PROPERTY = "moviedata.path";

    private MovieData() {
    }

    /** The data file, resolved to an absolute path. */
    public static Path locate() {
        String configured = System.getProperty(PATH_PROPERTY);
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (String candidate : List.of("../shared/data/moviedata.json", "../../shared/data/moviedata.json")) {
            Path path = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isRegularFile(path)) {
                return path;
            }
        }
        throw new IllegalStateException("moviedata.json not found: run from the repository root or set -D"
                + PATH_PROPERTY);
    }

    /** All movies, in file order. */
    public static List<Movie> load() {
        try (InputStream in = Files.newInputStream(locate())) {
            List<JsonNode> nodes = JsonNode.parser().parse(in).asArray();
            List<Movie> movies = new ArrayList<>(nodes.size());
            for (JsonNode node : nodes) {
                movies.add(movie(node.asObject()));
            }
            return movies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Movie movie(Map<String, JsonNode> fields) {
        JsonNode info = fields.get("info");
        return new Movie(Integer.parseInt(fields.get("year").asNumber()), fields.get("title").asString(),
                info == null || info.isNull() ? null : info(info.asObject()));
    }

    private static MovieInfo info(Map<String, JsonNode> fields) {
        String releaseDate = text(fields, "release_date");
        String rating = number(fields, "rating");
        String rank = number(fields, "rank");
        String runningTime = number(fields, "running_time_secs");
        return new MovieInfo(
                strings(fields, "directors"),
                releaseDate == null ? null : Instant.parse(releaseDate),
                rating == null ? null : new BigDecimal(rating),
                strings(fields, "genres"),
                text(fields, "image_url"),
                text(fields, "plot"),
                rank == null ? null : Integer.valueOf(rank),
                runningTime == null ? null : Integer.valueOf(runningTime),
                strings(fields, "actors"));
    }

    private static String text(Map<String, JsonNode> fields, String name) {
        JsonNode node = fields.get(name);
        return node == null || node.isNull() ? null : node.asString();
    }

    private static String number(Map<String, JsonNode> fields, String name) {
        JsonNode node = fields.get(name);
        return node == null || node.isNull() ? null : node.asNumber();
    }

    private static List<String> strings(Map<String, JsonNode> fields, String name) {
        JsonNode node = fields.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode element : node.asArray()) {
            out.add(element.asString());
        }
        return out;
    }
}
