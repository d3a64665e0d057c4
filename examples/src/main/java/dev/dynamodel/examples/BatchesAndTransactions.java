package dev.dynamodel.examples;

import dev.dynamodel.Dynamo;
import dev.dynamodel.RetryPolicy;
import dev.dynamodel.batch.BatchGetResult;
import dev.dynamodel.batch.BatchWriteException;
import dev.dynamodel.batch.BatchWriteResult;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.local.FaultInjector;
import dev.dynamodel.local.LocalServer;
import dev.dynamodel.transaction.ReadTransactionResult;
import dev.dynamodel.transaction.TransactionCancelledException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Batches and transactions on DynamoDB Local's HTTP server (so that faults can be injected into
 * an SDK client of it): load a catalogue with a batch write,
 * read some of it back with a batch get, recover from a batch that could not finish, move money
 * between an account and a purchase in a transaction, and see why a transaction was cancelled.
 *
 * <pre>{@code
 * mvn -q -pl examples -am package exec:java -DskipTests -Dexec.mainClass=dev.dynamodel.examples.BatchesAndTransactions
 * }</pre>
 */
public final class BatchesAndTransactions {
    private BatchesAndTransactions() {
    }

    public static void main(String[] args) {
        try (LocalServer server = DynamoLocal.server(); Dynamo dynamo = server.dynamo()) {
            BookModel books = BookModel.of(dynamo);
            AccountModel accounts = AccountModel.of(dynamo);
            PurchaseModel purchases = PurchaseModel.of(dynamo);
            books.createTable();
            accounts.createTable();
            purchases.createTable();

            // tag::batch-write[]
            List<Book> catalogue = catalogue(1_000);
            BatchWriteResult result = dynamo.batchWrite()
                    .putAll(books, catalogue)
                    .concurrency(8)
                    .onProgress(p -> {
                        if (p.done() == p.total()) {
                            System.out.println("progress: " + p.done() + " of " + p.total());
                        }
                    })
                    .execute();
            System.out.println("wrote " + result.written() + " books in " + result.requests() + " requests");
            // end::batch-write[]

            // tag::batch-mixed[]
            dynamo.batchWrite()
                    .put(accounts, new Account("alice", 100_00, null))
                    .put(accounts, new Account("bob", 20_00, null))
                    .deleteKey(books, BookSchema.INSTANCE.key("isbn-0007"))
                    .execute();
            // end::batch-mixed[]

            // tag::batch-get[]
            BatchGetResult found = dynamo.batchGet()
                    .get(books, BookSchema.INSTANCE.key("isbn-0001"))
                    .get(books, BookSchema.INSTANCE.key("isbn-0007"))     // deleted above
                    .get(accounts, AccountSchema.INSTANCE.key("alice"))
                    .get(books, BookSchema.INSTANCE.key("isbn-0002"))
                    .execute();
            List<Optional<Book>> each = found.get(books);                 // one per key, in order
            System.out.println("books: " + each.stream().map(b -> b.map(Book::title).orElse("-")).toList());
            System.out.println("missing: " + found.missing(books).size() + ", alice has "
                    + found.found(accounts).get(0).balance());
            // end::batch-get[]

            unfinishedBatch(server, dynamo, books);
            transactions(dynamo, accounts, purchases);
        }
    }

    private static void unfinishedBatch(LocalServer server, Dynamo dynamo, BookModel books) {
        // tag::batch-failure[]
        // A client that leaves part of every batch unprocessed, and a runtime that does not retry.
        FaultInjector faults = FaultInjector.builder()
                .unprocessedShare(1.0)
                .seed(7)
                .build();
        DynamoDbClient flaky = server.newClient(faults);
        List<Book> more = catalogue(1_050).subList(1_000, 1_050);
        try (Dynamo impatient = Dynamo.builder(flaky).retryPolicy(RetryPolicy.noRetry()).onClose(flaky::close).build()) {
            impatient.batchWrite().putAll(books, more).concurrency(1).execute();
        } catch (BatchWriteException e) {
            List<Book> unwritten = e.unwrittenEntities(books);       // exactly those not written
            System.out.println(e.result().written() + " written, " + unwritten.size() + " not; writing those again");
            dynamo.batchWrite().putAll(books, unwritten).execute();
        }
        // end::batch-failure[]
        System.out.println("books now: " + books.scan().count());
    }

    private static void transactions(Dynamo dynamo, AccountModel accounts, PurchaseModel purchases) {
        // tag::transaction[]
        dynamo.writeTransaction()
                .update(accounts, AccountSchema.INSTANCE.key("alice"), u -> u
                        .subtract(AccountSchema.BALANCE, 30_00L)
                        .condition(AccountSchema.BALANCE.ge(30_00L)))
                .create(purchases, new Purchase("p-1", "alice", "isbn-0001", 30_00))
                .execute();
        // end::transaction[]

        // tag::transaction-cancelled[]
        try {
            dynamo.writeTransaction()
                    .update(accounts, AccountSchema.INSTANCE.key("bob"), u -> u
                            .subtract(AccountSchema.BALANCE, 30_00L)
                            .condition(AccountSchema.BALANCE.ge(30_00L)))
                    .create(purchases, new Purchase("p-2", "bob", "isbn-0002", 30_00))
                    .execute();
        } catch (TransactionCancelledException e) {
            for (TransactionCancelledException.Reason reason : e.reasons()) {
                System.out.println("item " + reason.index() + " " + reason.operation() + ": " + reason.code());
            }
            // Item 0 was the account's update; its stored item comes typed by the account's schema.
            Optional<Account> bob = e.reasons().get(0).current(AccountSchema.INSTANCE);
            System.out.println("bob has " + bob.orElseThrow().balance());
        }
        // end::transaction-cancelled[]

        // tag::read-transaction[]
        ReadTransactionResult snapshot = dynamo.readTransaction()
                .get(accounts, AccountSchema.INSTANCE.key("alice"))
                .get(purchases, PurchaseSchema.INSTANCE.key("p-1"))
                .get(purchases, PurchaseSchema.INSTANCE.key("p-2"))
                .execute();
        Account alice = snapshot.get(accounts).get(0).orElseThrow();
        List<Optional<Purchase>> bought = snapshot.get(purchases);
        System.out.println("alice: " + alice.balance() + " (version " + alice.version() + "), purchases: "
                + bought.stream().map(p -> p.map(Purchase::id).orElse("-")).toList());
        // end::read-transaction[]
    }

    /** The runtime with another retry policy for batches than the default. */
    static Dynamo patient(DynamoDbClient client) {
        // tag::retry-policy[]
        Dynamo dynamo = Dynamo.builder(client)
                .retryPolicy(RetryPolicy.of(15, Duration.ofMillis(100), Duration.ofSeconds(10)))
                .build();
        // end::retry-policy[]
        return dynamo;
    }

    private static List<Book> catalogue(int size) {
        return IntStream.range(0, size).mapToObj(i -> new Book(String.format("isbn-%04d", i), "Title " + i,
                List.of("Author " + i % 37), LocalDate.of(2000 + i % 25, 1 + i % 12, 1 + i % 28),
                new BigDecimal(10 + i % 40).add(new BigDecimal("0.99")), null, null)).toList();
    }
}
