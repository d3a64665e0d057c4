package dev.dynamodel.benchmarks.shapes.movie;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/**
 * The {@code info} map of a {@link MovieBean}, a nested bean the Enhanced Client stores as a map.
 *
 * <pre>{@code
 * MovieInfoBean info = MovieInfoBean.of(Movie.rush().info());
 * }</pre>
 */
@DynamoDbBean
public class MovieInfoBean {
    private List<String> directors;
    private Instant releaseDate;
    private BigDecimal rating;
    private List<String> genres;
    private String imageUrl;
    private String plot;
    private Integer rank;
    private Integer runningTimeSecs;
    private List<String> actors;

    /** A bean with the same values as the record. */
    public static MovieInfoBean of(MovieInfo info) {
        MovieInfoBean bean = new MovieInfoBean();
        bean.setDirectors(info.directors());
        bean.setReleaseDate(info.releaseDate());
        bean.setRating(info.rating());
        bean.setGenres(info.genres());
        bean.setImageUrl(info.imageUrl());
        bean.setPlot(info.plot());
        bean.setRank(info.rank());
        bean.setRunningTimeSecs(info.runningTimeSecs());
        bean.setActors(info.actors());
        return bean;
    }

    public List<String> getDirectors() {
        return directors;
    }

    public void setDirectors(List<String> directors) {
        this.directors = directors;
    }

    @DynamoDbAttribute("release_date")
    public Instant getReleaseDate() {
        return releaseDate;
    }

    public void setReleaseDate(Instant releaseDate) {
        this.releaseDate = releaseDate;
    }

    public BigDecimal getRating() {
        return rating;
    }

    public void setRating(BigDecimal rating) {
        this.rating = rating;
    }

    public List<String> getGenres() {
        return genres;
    }

    public void setGenres(List<String> genres) {
        this.genres = genres;
    }

    @DynamoDbAttribute("image_url")
    public String getImageUrl() {
        return imageUrl;
    }

    public void setImageUrl(String imageUrl) {
        this.imageUrl = imageUrl;
    }

    public String getPlot() {
        return plot;
    }

    public void setPlot(String plot) {
        this.plot = plot;
    }

    public Integer getRank() {
        return rank;
    }

    public void setRank(Integer rank) {
        this.rank = rank;
    }

    @DynamoDbAttribute("running_time_secs")
    public Integer getRunningTimeSecs() {
        return runningTimeSecs;
    }

    public void setRunningTimeSecs(Integer runningTimeSecs) {
        this.runningTimeSecs = runningTimeSecs;
    }

    public List<String> getActors() {
        return actors;
    }

    public void setActors(List<String> actors) {
        this.actors = actors;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MovieInfoBean that && Objects.equals(directors, that.directors)
                && Objects.equals(releaseDate, that.releaseDate) && Objects.equals(rating, that.rating)
                && Objects.equals(genres, that.genres) && Objects.equals(imageUrl, that.imageUrl)
                && Objects.equals(plot, that.plot) && Objects.equals(rank, that.rank)
                && Objects.equals(runningTimeSecs, that.runningTimeSecs) && Objects.equals(actors, that.actors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(directors, releaseDate, rating, genres, imageUrl, plot, rank, runningTimeSecs, actors);
    }
}
