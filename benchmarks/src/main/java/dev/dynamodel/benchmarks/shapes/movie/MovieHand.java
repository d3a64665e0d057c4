package dev.dynamodel.benchmarks.shapes.movie;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The movie mapped by hand-written SDK code, storing what the other subjects store (the release
 * date as an ISO-8601 string, missing info fields left out).
 *
 * <pre>{@code
 * Movie back = MovieHand.fromItem(MovieHand.toItem(Movie.rush()));
 * }</pre>
 */
public final class MovieHand {
    private MovieHand() {
    }

    public static Map<String, AttributeValue> toItem(Movie movie) {
        Map<String, AttributeValue> item = new HashMap<>(4);
        item.put("year", AttributeValue.fromN(Integer.toString(movie.year())));
        item.put("title", AttributeValue.fromS(movie.title()));
        if (movie.info() != null) {
            item.put("info", AttributeValue.fromM(infoToMap(movie.info())));
        }
        return item;
    }

    /** The key attributes only, as a GetItem request carries them. */
    public static Map<String, AttributeValue> key(int year, String title) {
        Map<String, AttributeValue> key = new HashMap<>(4);
        key.put("year", AttributeValue.fromN(Integer.toString(year)));
        key.put("title", AttributeValue.fromS(title));
        return key;
    }

    public static Movie fromItem(Map<String, AttributeValue> item) {
        AttributeValue info = item.get("info");
        return new Movie(
                Integer.parseInt(item.get("year").n()),
                item.get("title").s(),
                info == null ? null : infoFromMap(info.m()));
    }

    private static Map<String, AttributeValue> infoToMap(MovieInfo info) {
        Map<String, AttributeValue> map = new HashMap<>(16);
        if (info.directors() != null) {
            map.put("directors", stringList(info.directors()));
        }
        if (info.releaseDate() != null) {
            map.put("release_date", AttributeValue.fromS(info.releaseDate().toString()));
        }
        if (info.rating() != null) {
            map.put("rating", AttributeValue.fromN(info.rating().toString()));
        }
        if (info.genres() != null) {
            map.put("genres", stringList(info.genres()));
        }
        if (info.imageUrl() != null) {
            map.put("image_url", AttributeValue.fromS(info.imageUrl()));
        }
        if (info.plot() != null) {
            map.put("plot", AttributeValue.fromS(info.plot()));
        }
        if (info.rank() != null) {
            map.put("rank", AttributeValue.fromN(info.rank().toString()));
        }
        if (info.runningTimeSecs() != null) {
            map.put("running_time_secs", AttributeValue.fromN(info.runningTimeSecs().toString()));
        }
        if (info.actors() != null) {
            map.put("actors", stringList(info.actors()));
        }
        return map;
    }

    private static MovieInfo infoFromMap(Map<String, AttributeValue> map) {
        AttributeValue directors = map.get("directors");
        AttributeValue releaseDate = map.get("release_date");
        AttributeValue rating = map.get("rating");
        AttributeValue genres = map.get("genres");
        AttributeValue imageUrl = map.get("image_url");
        AttributeValue plot = map.get("plot");
        AttributeValue rank = map.get("rank");
        AttributeValue runningTimeSecs = map.get("running_time_secs");
        AttributeValue actors = map.get("actors");
        return new MovieInfo(
                directors == null ? null : toStrings(directors.l()),
                releaseDate == null ? null : Instant.parse(releaseDate.s()),
                rating == null ? null : new BigDecimal(rating.n()),
                genres == null ? null : toStrings(genres.l()),
                imageUrl == null ? null : imageUrl.s(),
                plot == null ? null : plot.s(),
                rank == null ? null : Integer.valueOf(rank.n()),
                runningTimeSecs == null ? null : Integer.valueOf(runningTimeSecs.n()),
                actors == null ? null : toStrings(actors.l()));
    }

    private static AttributeValue stringList(List<String> values) {
        List<AttributeValue> out = new ArrayList<>(values.size());
        for (String value : values) {
            out.add(AttributeValue.fromS(value));
        }
        return AttributeValue.fromL(out);
    }

    private static List<String> toStrings(List<AttributeValue> values) {
        List<String> out = new ArrayList<>(values.size());
        for (AttributeValue value : values) {
            out.add(value.s());
        }
        return out;
    }
}
