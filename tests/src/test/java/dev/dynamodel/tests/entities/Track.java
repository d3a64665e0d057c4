package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Attribute;
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.GlobalIndex;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.IndexProjection;
import dev.dynamodel.annotation.LocalIndex;
import dev.dynamodel.annotation.RangeKey;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An entity for queries: every index kind and projection, and attribute names that are DynamoDB
 * reserved words ({@code year}, {@code status}, {@code size}) or hold dots and dashes.
 */
@Entity(table = "tracks.v1")
public record Track(
        @HashKey String album,
        @RangeKey int position,
        @GlobalIndex(name = "by-artist", sortKey = "year")
        @GlobalIndex(name = "byArtistKeysOnly", projection = IndexProjection.KEYS_ONLY)
        String artist,
        int year,
        @LocalIndex(name = "byPlays", projection = IndexProjection.INCLUDE, include = {"title"}) long plays,
        String title,
        @Attribute("status") String state,
        @Attribute("data.size") Integer size,
        @Attribute("play-count") Long playCount,
        Set<String> tags,
        Map<String, Integer> ratings,
        List<String> credits,
        Address studio) {
}
