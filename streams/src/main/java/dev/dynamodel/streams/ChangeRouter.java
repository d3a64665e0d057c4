package dev.dynamodel.streams;

import dev.dynamodel.exception.ItemReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * Dispatches the records of a table that holds several entity types: each route names an entity's
 * schema, a test on the item that says the record is of that entity (a type attribute, a key
 * prefix), and the handler of its events. A record that no route claims goes to the unrouted
 * handler, which by default throws: it is never decoded as some other entity.
 *
 * <pre>{@code
 * ChangeRouter router = ChangeRouter.builder()
 *         .route(CustomerSchema.INSTANCE, ChangeRouter.attributeEquals("type", "CUSTOMER"), customers::apply)
 *         .route(OrderSchema.INSTANCE, ChangeRouter.attributeEquals("type", "ORDER"), orders::apply)
 *         .unrouted(record -> log.warn("no entity for stream record {}", record.eventID()))
 *         .build();
 * records.forEach(router::accept);
 * }</pre>
 *
 * <p>The test sees the newest attributes the record has: the new image, else the old image, else
 * (view type {@code KEYS_ONLY}) only the key attributes; so with a keys-only stream, route on the
 * key. Routes are tried in the order they were added; the first that matches decodes the record.
 */
public final class ChangeRouter {
    private final List<Route<?>> routes;
    private final Consumer<Record> unrouted;

    private ChangeRouter(List<Route<?>> routes, Consumer<Record> unrouted) {
        this.routes = List.copyOf(routes);
        this.unrouted = unrouted;
    }

    /**
     * A router with no routes yet; a record no route claims throws {@link StreamRecordException}
     * unless {@link Builder#unrouted} says otherwise.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A test for {@link Builder#route}: the attribute {@code name} holds the string {@code value}. */
    public static Predicate<Map<String, AttributeValue>> attributeEquals(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        return item -> {
            AttributeValue stored = item.get(name);
            return stored != null && value.equals(stored.s());
        };
    }

    /**
     * Decodes the record with the first route whose test accepts it and hands the event to that
     * route's handler; a record no route accepts goes to the unrouted handler.
     *
     * @throws StreamRecordException if no route accepts the record and no unrouted handler was set,
     *         or the record cannot be decoded (see {@link ChangeDecoder#decode})
     */
    public void accept(Record record) {
        Map<String, AttributeValue> attributes = newestAttributes(record);
        for (Route<?> route : routes) {
            if (route.test.test(attributes)) {
                route.handle(record);
                return;
            }
        }
        unrouted.accept(record);
    }

    private static Map<String, AttributeValue> newestAttributes(Record record) {
        StreamRecord change = ChangeDecoder.streamPart(record);
        if (change.hasNewImage()) {
            return change.newImage();
        }
        return change.hasOldImage() ? change.oldImage() : change.keys();
    }

    private static void reject(Record record) {
        StreamRecord change = record.dynamodb();
        throw new StreamRecordException(record.eventID(),
                "no route matches the item with the key attributes " + new TreeSet<>(change.keys().keySet()));
    }

    /** One entity's route; a class of its own so that the decoder and the handler agree on {@code T}. */
    private static final class Route<T> {
        private final ChangeDecoder<T> decoder;
        private final Predicate<Map<String, AttributeValue>> test;
        private final Consumer<? super ChangeEvent<T>> handler;

        Route(ChangeDecoder<T> decoder, Predicate<Map<String, AttributeValue>> test,
                Consumer<? super ChangeEvent<T>> handler) {
            this.decoder = decoder;
            this.test = test;
            this.handler = handler;
        }

        void handle(Record record) {
            handler.accept(decoder.decode(record));
        }
    }

    /** Collects the routes; see {@link ChangeRouter}. */
    public static final class Builder {
        private final List<Route<?>> routes = new ArrayList<>();
        private Consumer<Record> unrouted = ChangeRouter::reject;

        private Builder() {
        }

        /** Records whose attributes pass {@code test} are decoded with {@code schema} and handed to {@code handler}. */
        public <T> Builder route(ItemReader<T> schema, Predicate<Map<String, AttributeValue>> test,
                Consumer<? super ChangeEvent<T>> handler) {
            routes.add(new Route<>(ChangeDecoder.of(schema), Objects.requireNonNull(test, "test"),
                    Objects.requireNonNull(handler, "handler")));
            return this;
        }

        /** What happens to a record no route accepts, instead of a {@link StreamRecordException}. */
        public Builder unrouted(Consumer<Record> handler) {
            this.unrouted = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** The router; later changes to this builder do not affect it. */
        public ChangeRouter build() {
            return new ChangeRouter(routes, unrouted);
        }
    }
}
