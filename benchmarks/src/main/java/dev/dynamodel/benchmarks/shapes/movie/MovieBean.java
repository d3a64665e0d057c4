package dev.dynamodel.benchmarks.shapes.movie;

import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbIgnoreNulls;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * The movie as an Enhanced Client bean, mapped by {@code TableSchema.fromBean} and by
 * {@link MovieStaticSchema}. {@link DynamoDbIgnoreNulls} makes the nested map leave out missing
 * fields, as dynamodel and {@link MovieHand} do, instead of storing {@code NULL}s.
 *
 * <pre>{@code
 * TableSchema<MovieBean> schema = TableSchema.fromBean(MovieBean.class);
 * }</pre>
 */
@DynamoDbBean
public class MovieBean {
    private int year;
    private String title;
    private MovieInfoBean info;

    /** A bean with the same values as the record. */
    public static MovieBean of(Movie movie) {
        MovieBean bean = new MovieBean();
        bean.setYear(movie.year());
        bean.setTitle(movie.title());
        bean.setInfo(movie.info() == null ? null : MovieInfoBean.of(movie.info()));
        return bean;
    }

    @DynamoDbPartitionKey
    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    @DynamoDbSortKey
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    @DynamoDbIgnoreNulls
    public MovieInfoBean getInfo() {
        return info;
    }

    public void setInfo(MovieInfoBean info) {
        this.info = info;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MovieBean that && year == that.year
                && Objects.equals(title, that.title) && Objects.equals(info, that.info);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, title, info);
    }
}
