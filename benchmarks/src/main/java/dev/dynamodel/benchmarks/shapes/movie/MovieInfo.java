package dev.dynamodel.benchmarks.shapes.movie;

import dev.dynamodel.annotation.Attribute;
import dev.dynamodel.annotation.Document;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The {@code info} map of a {@link Movie}; in the sample data most fields are missing on some movies.
 *
 * <pre>{@code
 * Map<String, AttributeValue> info = MovieInfoSchema.INSTANCE.toItem(movie.info());
 * }</pre>
 */
@Document
public record MovieInfo(
        List<String> directors,
        @Attribute("release_date") Instant releaseDate,
        BigDecimal rating,
        List<String> genres,
        @Attribute("image_url") String imageUrl,
        String plot,
        Integer rank,
        @Attribute("running_time_secs") Integer runningTimeSecs,
        List<String> actors) {
}
