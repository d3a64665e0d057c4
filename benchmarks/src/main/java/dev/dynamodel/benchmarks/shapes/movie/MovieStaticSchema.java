package dev.dynamodel.benchmarks.shapes.movie;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.math.BigDecimal;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The movie as hand-built Enhanced Client {@link StaticTableSchema}s over {@link MovieBean}, the
 * nested info as a document that leaves out missing fields.
 *
 * <pre>{@code
 * MovieBean back = MovieStaticSchema.SCHEMA.mapToItem(MovieStaticSchema.SCHEMA.itemToMap(bean, true));
 * }</pre>
 */
public final class MovieStaticSchema {
    /** The schema of the nested {@code info} map. */
    public static final StaticTableSchema<MovieInfoBean> INFO = StaticTableSchema.builder(MovieInfoBean.class)
            .newItemSupplier(MovieInfoBean::new)
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("directors")
                    .getter(MovieInfoBean::getDirectors).setter(MovieInfoBean::setDirectors))
            .addAttribute(Instant.class, a -> a.name("release_date")
                    .getter(MovieInfoBean::getReleaseDate).setter(MovieInfoBean::setReleaseDate))
            .addAttribute(BigDecimal.class, a -> a.name("rating")
                    .getter(MovieInfoBean::getRating).setter(MovieInfoBean::setRating))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("genres")
                    .getter(MovieInfoBean::getGenres).setter(MovieInfoBean::setGenres))
            .addAttribute(String.class, a -> a.name("image_url")
                    .getter(MovieInfoBean::getImageUrl).setter(MovieInfoBean::setImageUrl))
            .addAttribute(String.class, a -> a.name("plot")
                    .getter(MovieInfoBean::getPlot).setter(MovieInfoBean::setPlot))
            .addAttribute(Integer.class, a -> a.name("rank")
                    .getter(MovieInfoBean::getRank).setter(MovieInfoBean::setRank))
            .addAttribute(Integer.class, a -> a.name("running_time_secs")
                    .getter(MovieInfoBean::getRunningTimeSecs).setter(MovieInfoBean::setRunningTimeSecs))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("actors")
                    .getter(MovieInfoBean::getActors).setter(MovieInfoBean::setActors))
            .build();

    /** The table schema. */
    public static final StaticTableSchema<MovieBean> SCHEMA = StaticTableSchema.builder(MovieBean.class)
            .newItemSupplier(MovieBean::new)
            .addAttribute(int.class, a -> a.name("year")
                    .getter(MovieBean::getYear).setter(MovieBean::setYear)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("title")
                    .getter(MovieBean::getTitle).setter(MovieBean::setTitle)
                    .tags(primarySortKey()))
            .addAttribute(EnhancedType.documentOf(MovieInfoBean.class, INFO, d -> d.ignoreNulls(true)), a -> a.name("info")
                    .getter(MovieBean::getInfo).setter(MovieBean::setInfo))
            .build();

    private MovieStaticSchema() {
    }
}
