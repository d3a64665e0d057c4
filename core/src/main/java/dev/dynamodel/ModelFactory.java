package dev.dynamodel;

/**
 * Makes one generated model over a runtime. The processor writes one per {@code @Entity}
 * ({@code XModel.Factory}) and lists them all in {@code META-INF/services/dev.dynamodel.ModelFactory},
 * so that an integration (the Spring Boot starter) can find every generated model with
 * {@link java.util.ServiceLoader} and make it by a plain call, without reflection on the user's
 * types and without scanning their classes. Your own code calls {@code XModel.of(dynamo)} instead.
 *
 * @param <M> the generated model class
 */
public interface ModelFactory<M extends Model<?>> {

    /** The generated model class, for example {@code MovieModel.class}. */
    Class<M> modelType();

    /** The same model as {@code XModel.of(dynamo)}. */
    M create(Dynamo dynamo);
}
