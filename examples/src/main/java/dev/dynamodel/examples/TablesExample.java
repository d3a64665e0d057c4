package dev.dynamodel.examples;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.table.TableOptions;
import dev.dynamodel.table.TablePlan;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * A table's life: created as declared, its options changed at run time, its indexes changed by the
 * next release's declaration, each change planned before it is applied. Runs on embedded DynamoDB
 * Local:
 *
 * <pre>
 * mvn -q -pl examples -am package exec:java -DskipTests -Dexec.mainClass=dev.dynamodel.examples.TablesExample
 * </pre>
 */
public final class TablesExample {
    private TablesExample() {
    }

    public static void main(String[] args) {
        try (Dynamo dynamo = DynamoLocal.embedded()) {
            // tag::create[]
            StockModel stock = StockModel.of(dynamo);
            stock.createTableIfNotExists();               // with the options declared by @Table
            stock.waitUntilActive(Duration.ofMinutes(5)); // returns at once here: createTable waited already
            // end::create[]
            for (int i = 0; i < 100; i++) {
                stock.create(new Stock("sku-" + i, "shelf-" + i % 10, i));
            }

            // tag::override[]
            TableOptions busier = stock.schema().tableOptions().provisioned(50, 10);
            System.out.println(stock.plan(busier));
            stock.apply(busier);
            // end::override[]

            // tag::release[]
            StockV2Model next = StockV2Model.of(dynamo);
            TablePlan plan = next.plan();
            System.out.println(plan);
            next.apply();                                 // one step at a time, each waited for
            System.out.println(next.plan());
            // end::release[]
            System.out.println("items: " + next.scan().count());

            // tag::async[]
            CompletableFuture<TablePlan> applied = next.async().apply();   // waits are scheduled, no thread sleeps
            // end::async[]
            System.out.println("async: " + applied.join().changes().size() + " steps");
        }
    }

    /** The request for an environment's copy of the table, with run-time tags, for infrastructure code. */
    public static CreateTableRequest taggedRequest(StockModel stock, String environment) {
        // tag::request[]
        CreateTableRequest request = stock.createTableRequest(stock.schema().tableOptions()
                .tag("environment", environment)
                .deletionProtection(true));
        // end::request[]
        return request;
    }
}
