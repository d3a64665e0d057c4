package dev.dynamodel.examples;

import dev.dynamodel.Dynamo;
import dev.dynamodel.batch.BatchGetResult;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.exception.VersionConflictException;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.query.Page;
import dev.dynamodel.transaction.TransactionCancelledException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The non-blocking face of a model: futures, the exceptions they carry, publishers of items and
 * pages; batches and transactions with {@code executeAsync()}.
 */
public final class AsyncExample {
    private AsyncExample() {
    }

    /** Production wiring: your two clients, built with the HTTP implementations you choose. */
    public static Dynamo wiring(DynamoDbClient client, DynamoDbAsyncClient asyncClient) {
        // tag::wiring[]
        Dynamo dynamo = Dynamo.builder(client)
                .asyncClient(asyncClient)   // the async face sends through this one
                .build();
        // end::wiring[]
        return dynamo;
    }

    private static Order order(String customer, String id, String status) {
        return new Order(customer, id, status, Instant.parse(id + "-05T00:00:00Z"), new BigDecimal("10"),
                List.of("book-1"), Map.of("book-1", 1), null, 0, null);
    }

    public static void main(String[] args) {
        try (Dynamo dynamo = DynamoLocal.embedded()) {
            OrderModel.of(dynamo).createTable();
            // tag::crud[]
            OrderModel.Async orders = OrderModel.of(dynamo).async();
            CompletableFuture<Optional<Order>> read = orders.create(order("ada", "2024-01", "OPEN"))
                    .thenCompose(created -> orders.update("ada", "2024-01", u -> u.set(OrderSchema.STATUS, "SHIPPED")))
                    .thenCompose(updated -> orders.get("ada", "2024-01"));
            // end::crud[]
            Order shipped = read.join().orElseThrow();
            System.out.println("read " + shipped.status() + " version " + shipped.version());

            // tag::exceptionally[]
            CompletableFuture<String> outcome = orders.create(order("ada", "2024-01", "OPEN"))
                    .handle((created, e) -> e == null ? "created"
                            : e instanceof ItemAlreadyExistsException ? "exists already" : "failed: " + e);
            // end::exceptionally[]
            System.out.println(outcome.join());

            // tag::join[]
            try {
                orders.save(order("ada", "2024-01", "OPEN")).join();   // no version: a new item, but one exists
            } catch (CompletionException e) {
                VersionConflictException conflict = (VersionConflictException) e.getCause();
                System.out.println("conflict: " + conflict.current(OrderSchema.INSTANCE).orElseThrow().version());
            }
            // end::join[]

            for (int month = 2; month <= 9; month++) {
                orders.create(order("bob", String.format("2024-%02d", month), "OPEN")).join();
            }
            // tag::publisher[]
            Flow.Publisher<Order> bobs = orders.query(OrderSchema.CUSTOMER.eq("bob")).pageSize(3).publisher();
            OneAtATime<Order> subscriber = new OneAtATime<>();
            bobs.subscribe(subscriber);   // asks for one order at a time: a page is read only when needed
            // end::publisher[]
            System.out.println("bob: " + subscriber.done.join().stream().map(Order::orderId).toList());

            // tag::pages[]
            Flow.Publisher<Page<Order>> pages = orders.query(OrderSchema.CUSTOMER.eq("bob")).pageSize(5).pages();
            // end::pages[]
            OneAtATime<Page<Order>> pageSubscriber = new OneAtATime<>();
            pages.subscribe(pageSubscriber);
            for (Page<Order> page : pageSubscriber.done.join()) {
                System.out.println("page of " + page.items().size() + (page.hasMore() ? ", more" : ", last"));
            }

            // tag::page[]
            CompletableFuture<Page<Order>> twoPages = orders.query(OrderSchema.CUSTOMER.eq("bob")).limit(4).page()
                    .thenCompose(first -> {
                        System.out.println("page of " + first.items().size() + (first.hasMore() ? ", more" : ", last"));
                        return orders.query(OrderSchema.CUSTOMER.eq("bob")).limit(4)
                                .startAfter(first.cursor().orElseThrow()).page();
                    });
            // end::page[]
            Page<Order> second = twoPages.join();
            System.out.println("page of " + second.items().size() + (second.hasMore() ? ", more" : ", last"));

            // tag::parallel[]
            CompletableFuture<List<Order>> everything = orders.scan().parallel(4).list();   // segment order
            Flow.Publisher<Order> asTheyCome = orders.scan().parallel(4).publisher();       // arrival order
            // end::parallel[]
            OneAtATime<Order> parallelSubscriber = new OneAtATime<>();
            asTheyCome.subscribe(parallelSubscriber);
            System.out.println("parallel: " + everything.join().size() + " and " + parallelSubscriber.done.join().size());

            // tag::list-count[]
            CompletableFuture<List<Order>> open = orders.query(OrderSchema.STATUS.eq("OPEN")).list();
            CompletableFuture<Long> count = orders.scan().count();
            // end::list-count[]
            System.out.println(open.join().size() + " open of " + count.join());

            batchesAndTransactions(dynamo);
        }
    }

    private static void batchesAndTransactions(Dynamo dynamo) {
        OrderModel orderModel = OrderModel.of(dynamo);
        List<Order> monthly = IntStream.range(0, 60)
                .mapToObj(i -> order("cy", String.format("%d-%02d", 2020 + i / 12, 1 + i % 12), "OPEN")).toList();
        List<Map<String, AttributeValue>> keys = monthly.stream().map(OrderSchema.INSTANCE::keyOf).toList();
        // tag::batch[]
        CompletableFuture<BatchGetResult> loaded = dynamo.batchWrite()
                .putAll(orderModel, monthly)   // 60 orders: three requests, retried as needed
                .executeAsync()
                .thenCompose(written -> dynamo.batchGet().getAll(orderModel, keys).executeAsync());
        // end::batch[]
        System.out.println("read back " + loaded.join().found(orderModel).size());

        // tag::transaction[]
        CompletableFuture<String> shipped = dynamo.writeTransaction()
                .update(orderModel, OrderSchema.INSTANCE.key("ada", "2024-01"), u -> u
                        .set(OrderSchema.STATUS, "SHIPPED")
                        .condition(OrderSchema.STATUS.eq("OPEN")))     // it was shipped above
                .create(orderModel, order("ada", "2024-10", "OPEN"))
                .executeAsync()
                .handle((done, e) -> e instanceof TransactionCancelledException cancelled
                        ? "cancelled: " + cancelled.failed().get(0).code()
                        : e == null ? "shipped" : "failed: " + e);
        // end::transaction[]
        System.out.println(shipped.join());
    }

    /** Async batches that wait out their retry backoffs on your scheduler instead of the default. */
    public static Dynamo withScheduler(DynamoDbClient client, DynamoDbAsyncClient asyncClient,
                                       ScheduledExecutorService scheduler) {
        // tag::retry-scheduler[]
        Dynamo dynamo = Dynamo.builder(client)
                .asyncClient(asyncClient)
                .retryScheduler(scheduler)   // async batches schedule each retry's backoff here
                .build();
        // end::retry-scheduler[]
        return dynamo;
    }

    // tag::subscriber[]
    /** Requests one element, and the next when it has handled it; collects them. */
    static final class OneAtATime<T> implements Flow.Subscriber<T> {
        final CompletableFuture<List<T>> done = new CompletableFuture<>();
        private final List<T> received = new ArrayList<>();
        private Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(T item) {
            received.add(item);
            subscription.request(1);
        }

        @Override
        public void onError(Throwable failure) {
            done.completeExceptionally(failure);   // the library's exception itself
        }

        @Override
        public void onComplete() {
            done.complete(received);
        }
    }
    // end::subscriber[]
}
