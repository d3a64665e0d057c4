package dev.dynamodel.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodel.Dynamo;
import dev.dynamodel.RetryPolicy;
import dev.dynamodel.spring.notes.Note;
import dev.dynamodel.spring.notes.NoteModel;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The auto-configuration on Spring Boot 3.5 (the starter's compile baseline): which client the
 * Dynamo bean uses, the properties, the model beans, and embedded DynamoDB Local.
 */
class DynamodelAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DynamodelAutoConfiguration.class));

    @Test
    void applicationClients_areTheDynamosClients() {
        runner.withUserConfiguration(StubClients.class).run(context -> {
            Dynamo dynamo = context.getBean(Dynamo.class);
            assertThat(dynamo.client()).isSameAs(context.getBean(StubClients.class).client);
            assertThat(dynamo.asyncClient()).isSameAs(context.getBean(StubClients.class).asyncClient);
            assertThat(context).doesNotHaveBean(LocalDatabaseConfiguration.DYNAMO);
        });
    }

    @Test
    void withoutAsyncClientBean_theDynamoHasNone() {
        runner.withUserConfiguration(StubClient.class).run(context -> {
            Dynamo dynamo = context.getBean(Dynamo.class);
            assertThat(dynamo.client()).isSameAs(context.getBean(StubClient.class).client);
            assertThat(org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, dynamo::asyncClient))
                    .hasMessageContaining("without a DynamoDbAsyncClient");
        });
    }

    @Test
    void withoutClientBean_oneIsMadeFromRegionAndEndpoint() {
        runner.withPropertyValues("dynamodel.region=eu-west-1", "dynamodel.endpoint=http://localhost:8000").run(context -> {
            DynamoDbClient client = context.getBean(DynamoDbClient.class);
            assertThat(client.serviceClientConfiguration().region()).isEqualTo(Region.EU_WEST_1);
            assertThat(client.serviceClientConfiguration().endpointOverride()).contains(URI.create("http://localhost:8000"));
            assertThat(context.getBean(Dynamo.class).client()).isSameAs(client);
        });
    }

    @Test
    void properties_setTheRuntimeOptions() {
        runner.withUserConfiguration(StubClient.class)
                .withPropertyValues("dynamodel.table-prefix=staging_", "dynamodel.hide-expired-items=true",
                        "dynamodel.retry.max-attempts=3", "dynamodel.retry.max-delay=2s")
                .run(context -> {
                    Dynamo dynamo = context.getBean(Dynamo.class);
                    assertThat(dynamo.tablePrefix()).isEqualTo("staging_");
                    assertThat(dynamo.hideExpiredItems()).isTrue();
                    assertThat(dynamo.retryPolicy())
                            .isEqualTo(RetryPolicy.of(3, RetryPolicy.defaults().baseDelay(), Duration.ofSeconds(2)));
                    assertThat(context.getBean(NoteModel.class).tableName()).isEqualTo("staging_notes");
                });
    }

    @Test
    void cursorSecretOfTheWrongLength_failsTheStartNamingThePropertyNotTheValue() {
        runner.withUserConfiguration(StubClient.class).withPropertyValues("dynamodel.cursor-secret=c2VjcmV0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("dynamodel.cursor-secret must decode to 16, 24 or 32 bytes")
                    .hasMessageNotContaining("c2VjcmV0").hasMessageNotContaining("secret\"");
        });
    }

    @Test
    void customizers_runAfterTheProperties() {
        Clock fixed = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
        runner.withUserConfiguration(StubClient.class)
                .withPropertyValues("dynamodel.table-prefix=from_properties_")
                .withBean(DynamoCustomizer.class, () -> builder -> builder.clock(fixed).tablePrefix("from_customizer_"))
                .run(context -> {
                    Dynamo dynamo = context.getBean(Dynamo.class);
                    assertThat(dynamo.clock()).isSameAs(fixed);
                    assertThat(dynamo.tablePrefix()).isEqualTo("from_customizer_");
                });
    }

    @Test
    void everyGeneratedModel_isABean_overTheDynamoBean_namedLikeAComponent() {
        runner.withUserConfiguration(StubClient.class).run(context -> {
            NoteModel notes = context.getBean(NoteModel.class);
            assertThat(notes.dynamo()).isSameAs(context.getBean(Dynamo.class));
            assertThat(context.getBean("noteModel")).isSameAs(notes);
            // The other package's NoteModel: same simple name, so the full name.
            assertThat(context.getBean("dev.dynamodel.spring.other.NoteModel"))
                    .isInstanceOf(dev.dynamodel.spring.other.NoteModel.class);
        });
    }

    @Test
    void applicationsOwnModelBean_isKept_andNoSecondOneMade() {
        runner.withUserConfiguration(StubClient.class, OwnNoteModel.class).run(context -> {
            assertThat(context).getBeans(NoteModel.class).containsOnlyKeys("ownNotes");
            assertThat(context.getBean(NoteModel.class).dynamo()).isSameAs(context.getBean(OwnNoteModel.class).dynamo);
        });
    }

    @Test
    void applicationsOwnDynamo_isTheOneModelsUse() {
        runner.withUserConfiguration(OwnDynamo.class).run(context -> {
            assertThat(context).getBeans(Dynamo.class).hasSize(1);
            assertThat(context.getBean(NoteModel.class).dynamo()).isSameAs(context.getBean(OwnDynamo.class).dynamo);
        });
    }

    @Test
    void localEnabled_modelsWorkOnTheEmbeddedDatabase_withTablesCreatedUnderThePrefix() {
        runner.withPropertyValues("dynamodel.local.enabled=true", "dynamodel.table-prefix=it_").run(context -> {
            NoteModel notes = context.getBean(NoteModel.class);
            Dynamo dynamo = context.getBean(Dynamo.class);
            assertThat(notes.dynamo()).isSameAs(dynamo).isSameAs(context.getBean(LocalDatabaseConfiguration.DYNAMO));
            assertThat(context.getBean(DynamoDbClient.class)).isSameAs(dynamo.client());
            assertThat(context.getBean(DynamoDbAsyncClient.class)).isSameAs(dynamo.asyncClient());
            assertThat(dynamo.client().listTables().tableNames()).containsExactlyInAnyOrder("it_notes", "it_other_notes");

            notes.create(new Note("n1", "hello"));

            assertThat(notes.get("n1")).isEqualTo(Optional.of(new Note("n1", "hello")));
            assertThat(notes.async().get("n1").join()).isEqualTo(Optional.of(new Note("n1", "hello")));
        });
    }

    @Test
    void localEnabled_winsOverTheApplicationsClients_whichStayUntouched() {
        runner.withUserConfiguration(StubClients.class).withPropertyValues("dynamodel.local.enabled=true").run(context -> {
            Dynamo dynamo = context.getBean(Dynamo.class);
            assertThat(dynamo).isSameAs(context.getBean(LocalDatabaseConfiguration.DYNAMO));
            assertThat(context.getBean(DynamoDbClient.class)).isSameAs(dynamo.client())
                    .isNotSameAs(context.getBean(StubClients.class).client);
            // A stub client would fail any request: the table was created on the local database.
            assertThat(context.getBean(NoteModel.class).tableExists()).isTrue();
        });
    }

    @Test
    void localEnabled_createTablesOff_leavesTablesToTheTest() {
        runner.withPropertyValues("dynamodel.local.enabled=true", "dynamodel.local.create-tables=false").run(context -> {
            assertThat(context.getBean(NoteModel.class).tableExists()).isFalse();
            assertThat(context.getBean(Dynamo.class).client().listTables().tableNames()).isEmpty();
        });
    }

    @Test
    void localEnabled_stopsTheDatabaseWithTheContext() {
        Dynamo[] dynamo = new Dynamo[1];
        runner.withPropertyValues("dynamodel.local.enabled=true").run(context -> {
            dynamo[0] = context.getBean(Dynamo.class);
            assertThat(dynamo[0].client().listTables().tableNames()).isNotEmpty();
        });
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> dynamo[0].client().listTables());
    }

    @Test
    void localEnabled_withoutTheLocalModule_failsTheStart_ratherThanReachAws() {
        runner.withClassLoader(new FilteredClassLoader("dev.dynamodel.local"))
                .withPropertyValues("dynamodel.local.enabled=true").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("dynamodel.local.enabled=true needs dev.dynamodel:dynamodel-local");
                });
    }

    /** Clients that fail any request: these tests only check which client is used. */
    @Configuration(proxyBeanMethods = false)
    static class StubClient {
        final DynamoDbClient client = new OfflineClient();

        @Bean
        DynamoDbClient applicationClient() {
            return client;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class StubClients {
        final DynamoDbClient client = new OfflineClient();
        final DynamoDbAsyncClient asyncClient = new OfflineAsyncClient();

        @Bean
        DynamoDbClient applicationClient() {
            return client;
        }

        @Bean
        DynamoDbAsyncClient applicationAsyncClient() {
            return asyncClient;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnNoteModel {
        final Dynamo dynamo = Dynamo.of(new OfflineClient());

        @Bean
        NoteModel ownNotes() {
            return NoteModel.of(dynamo);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnDynamo {
        final Dynamo dynamo = Dynamo.builder(new OfflineClient()).tablePrefix("own_").build();

        @Bean
        Dynamo ownDynamo() {
            return dynamo;
        }
    }

    private static final class OfflineClient implements DynamoDbClient {
        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }
    }

    private static final class OfflineAsyncClient implements DynamoDbAsyncClient {
        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }
    }
}
