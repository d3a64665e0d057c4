package dev.dynamodel.tests.support;

import dev.dynamodel.tests.entities.Movie;
import dev.dynamodel.tests.entities.MovieInfo;
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
 * Reads {@code ../shared/data/moviedata.json} (4,609 movies) with the SDK's own JSON parser, so the
 * tests need no JSON library of their own.
 */
public final class MovieData {
    private MovieData() {
    }

    public static Path path() {
        return Path.of(System.getProperty("moviedata.path", "../../shared/data/moviedata.json"));
    }

    /** Every movie of the file, as the parsed JSON tree. */
    public static List<JsonNode> json() {
        try (InputStream in = Files.newInputStream(path())) {
            return JsonNode.parser().parse(in).asArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every movie of the file, as entities. */
    public static List<Movie> movies() {
        List<Movie> movies = new ArrayList<>();
        for (JsonNode node : json()) {
            movies.add(toMovie(node));
        }
        return movies;
    }

    static Movie toMovie(JsonNode node) {
        Map<String, JsonNode> movie = node.asObject();
        Map<String, JsonNode> info = movie.get("info").asObject();
        MovieInfo movieInfo = new MovieInfo(
                strings(info.get("directors")),
                info.containsKey("release_date") ? Instant.parse(info.get("release_date").asString()) : null,
                info.containsKey("rating") ? new BigDecimal(info.get("rating").asNumber()) : null,
                strings(info.get("genres")),
                text(info.get("image_url")),
                text(info.get("plot")),
                info.containsKey("rank") ? Integer.valueOf(info.get("rank").asNumber()) : null,
                info.containsKey("running_time_secs") ? Integer.valueOf(info.get("running_time_secs").asNumber()) : null,
                strings(info.get("actors")));
        return new Movie(Integer.parseInt(movie.get("year").asNumber()), movie.get("title").asString(), movieInfo);
    }

    private static List<String> strings(JsonNode node) {
        if (node == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode element : node.asArray()) {
            out.add(element.asString());
        }
        return out;
    }

    private static String text(JsonNode node) {
        return node == null ? null : node.asString();
    }
}
