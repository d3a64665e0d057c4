package dev.dynamodel.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocal;
import dev.dynamodel.local.EmbeddedDatabase;
import dev.dynamodel.micrometer.MicrometerRequestListener;
import dev.dynamodel.observe.RequestEvent;
import dev.dynamodel.observe.RequestListener;
import dev.dynamodel.spring.notes.Note;
import dev.dynamodel.spring.notes.NoteModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Request listener beans, {@code dynamodel.return-consumed-capacity} and the Micrometer listener,
 * each seen in the requests the {@code Dynamo} bean sends to embedded DynamoDB Local.
 */
class ObservabilityAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DynamodelAutoConfiguration.class,
                    DynamodelMicrometerAutoConfiguration.class));

    @Test
    void requestListenerBeans_hearTheApplicationsDynamo_inTheirOrder() {
        runner.withUserConfiguration(EmbeddedClient.class, TwoListeners.class).run(context -> {
            NoteModel notes = context.getBean(NoteModel.class);
            notes.createTable();
            notes.create(new Note("n1", "hello"));

            Heard heard = context.getBean(Heard.class);
            // Declared second, ordered first.
            assertThat(heard.byOperation("PutItem")).containsExactly("first: notes", "second: notes");
            assertThat(heard.byOperation("CreateTable")).containsExactly("first: notes", "second: notes");
        });
    }

    @Test
    void requestListenerBeans_hearTheLocalDynamo() {
        runner.withUserConfiguration(TwoListeners.class).withPropertyValues("dynamodel.local.enabled=true").run(context -> {
            context.getBean(NoteModel.class).create(new Note("n1", "hello"));

            assertThat(context.getBean(Heard.class).byOperation("PutItem")).containsExactly("first: notes", "second: notes");
        });
    }

    @Test
    void returnConsumedCapacityTotal_reachesTheRequests() {
        runner.withUserConfiguration(Recorder.class)
                .withPropertyValues("dynamodel.local.enabled=true", "dynamodel.return-consumed-capacity=TOTAL")
                .run(context -> {
                    assertThat(context.getBean(Dynamo.class).returnConsumedCapacity()).contains(ReturnConsumedCapacity.TOTAL);
                    context.getBean(NoteModel.class).create(new Note("n1", "hello"));

                    ConsumedCapacity put = context.getBean(Recorder.class).only("PutItem").consumedCapacity().get(0);
                    assertThat(put.tableName()).isEqualTo("notes");
                    assertThat(put.capacityUnits()).isPositive();
                    assertThat(put.table()).isNull();   // TOTAL: no breakdown by table and index
                });
    }

    @Test
    void returnConsumedCapacityIndexes_reachesTheRequests_inAnyCase() {
        runner.withUserConfiguration(Recorder.class)
                .withPropertyValues("dynamodel.local.enabled=true", "dynamodel.return-consumed-capacity=indexes")
                .run(context -> {
                    context.getBean(NoteModel.class).create(new Note("n1", "hello"));

                    ConsumedCapacity put = context.getBean(Recorder.class).only("PutItem").consumedCapacity().get(0);
                    assertThat(put.table().capacityUnits()).isPositive();   // INDEXES: the table's own share
                });
    }

    @Test
    void withoutReturnConsumedCapacity_noCapacityIsReported() {
        runner.withUserConfiguration(Recorder.class).withPropertyValues("dynamodel.local.enabled=true").run(context -> {
            assertThat(context.getBean(Dynamo.class).returnConsumedCapacity()).isEmpty();
            context.getBean(NoteModel.class).create(new Note("n1", "hello"));

            assertThat(context.getBean(Recorder.class).only("PutItem").consumedCapacity()).isEmpty();
        });
    }

    @Test
    void meterRegistryBean_getsAMicrometerListener_thatRecordsTheRequests() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("dynamodel.local.enabled=true").run(context -> {
                    context.getBean(NoteModel.class).create(new Note("n1", "hello"));

                    assertThat(context).hasSingleBean(MicrometerRequestListener.class);
                    assertThat(putTimer(context.getBean(MeterRegistry.class)).count()).isEqualTo(1);
                });
    }

    @Test
    void bootsMetricsAutoConfiguration_registry_getsTheMicrometerListener() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DynamodelMicrometerAutoConfiguration.class,
                        DynamodelAutoConfiguration.class, MetricsAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
                .withPropertyValues("dynamodel.local.enabled=true").run(context -> {
                    context.getBean(NoteModel.class).create(new Note("n1", "hello"));

                    assertThat(putTimer(context.getBean(MeterRegistry.class)).count()).isEqualTo(1);
                });
    }

    @Test
    void applicationsOwnMicrometerListener_isKept() {
        MeterRegistry registry = new SimpleMeterRegistry();
        MicrometerRequestListener own = MicrometerRequestListener.of(registry);
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withBean("ownListener", MicrometerRequestListener.class, () -> own)
                .withPropertyValues("dynamodel.local.enabled=true").run(context -> {
                    assertThat(context).getBeans(MicrometerRequestListener.class).containsOnlyKeys("ownListener");
                    context.getBean(NoteModel.class).create(new Note("n1", "hello"));

                    assertThat(putTimer(registry).count()).isEqualTo(1);
                });
    }

    @Test
    void withoutMeterRegistryBean_noMicrometerListener() {
        runner.withPropertyValues("dynamodel.region=eu-west-1").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(MicrometerRequestListener.class);
        });
    }

    @Test
    void withoutDynamodelMicrometerOnTheClassPath_noMicrometerListener_andTheContextStarts() {
        runner.withClassLoader(new FilteredClassLoader(MicrometerRequestListener.class))
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .withPropertyValues("dynamodel.region=eu-west-1").run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(MicrometerRequestListener.class);
                    assertThat(context).hasSingleBean(Dynamo.class);
                });
    }

    private static Timer putTimer(MeterRegistry registry) {
        Timer timer = registry.find(MicrometerRequestListener.REQUESTS)
                .tags("operation", "PutItem", "table", "notes", "outcome", "success").timer();
        assertThat(timer).as("the PutItem timer").isNotNull();
        return timer;
    }

    /** The application's own client, over an embedded database this configuration starts and stops. */
    @Configuration(proxyBeanMethods = false)
    static class EmbeddedClient {
        @Bean(destroyMethod = "close")
        EmbeddedDatabase embeddedDatabase() {
            return DynamoLocal.database();
        }

        /** The database closes it. */
        @Bean(destroyMethod = "")
        DynamoDbClient applicationClient(EmbeddedDatabase database) {
            return database.dynamoDbClient();
        }
    }

    /** What two listeners heard, in the order they were called. */
    static final class Heard {
        private record Entry(String listener, String operation, String table) {
        }

        private final List<Entry> entries = new CopyOnWriteArrayList<>();

        void add(String listener, RequestEvent event) {
            entries.add(new Entry(listener, event.operation(), event.table()));
        }

        /** "listener: table" for each event of this operation. */
        List<String> byOperation(String operation) {
            return entries.stream().filter(e -> e.operation().equals(operation))
                    .map(e -> e.listener() + ": " + e.table()).toList();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoListeners {
        @Bean
        Heard heard() {
            return new Heard();
        }

        @Bean
        @Order(2)
        RequestListener second(Heard heard) {
            return event -> heard.add("second", event);
        }

        @Bean
        @Order(1)
        RequestListener first(Heard heard) {
            return event -> heard.add("first", event);
        }
    }

    /** A listener bean keeping every event. */
    static final class Recorder implements RequestListener {
        private final List<RequestEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void onRequest(RequestEvent event) {
            events.add(event);
        }

        RequestEvent only(String operation) {
            List<RequestEvent> matching = events.stream().filter(e -> e.operation().equals(operation)).toList();
            assertThat(matching).as(operation + " events").hasSize(1);
            return matching.get(0);
        }
    }
}
