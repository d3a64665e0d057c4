package dev.dynamodel.tests.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.local.DynamoLocalExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableClass;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * What DynamoDB Local 3.3.1 does with the table features docs/tables.md says it does, through the
 * raw SDK: the statements there about which options are tested against Local and which only by
 * their requests rest on these cases, and fail here first if a new Local changes them.
 */
@ExtendWith(DynamoLocalExtension.class)
class LocalTableSupportTest {

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static void create(DynamoDbClient client, String table) {
        client.createTable(b -> b.tableName(table).keySchema(key("pk", KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    @Test
    void tagsAndContinuousBackups_areNotSupported(Dynamo dynamo) {
        DynamoDbClient client = dynamo.client();
        String table = dynamo.tablePrefix() + "untaggable";
        create(client, table);
        String arn = client.describeTable(b -> b.tableName(table)).table().tableArn();
        DynamoDbException tags = assertThrows(DynamoDbException.class, () -> client.listTagsOfResource(b -> b.resourceArn(arn)));
        assertTrue(tags.getMessage().contains("Tagging is not currently supported"), tags.getMessage());
        DynamoDbException backups = assertThrows(DynamoDbException.class,
                () -> client.describeContinuousBackups(b -> b.tableName(table)));
        assertTrue(backups.getMessage().contains("Continuous backup operations are currently not supported"),
                backups.getMessage());
    }

    @Test
    void tableClassAndEncryption_areAcceptedButNotKept(Dynamo dynamo) {
        DynamoDbClient client = dynamo.client();
        String table = dynamo.tablePrefix() + "forgetful";
        client.createTable(b -> b.tableName(table).keySchema(key("pk", KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST).tableClass(TableClass.STANDARD_INFREQUENT_ACCESS)
                .sseSpecification(s -> s.enabled(true).sseType("KMS")));
        TableDescription described = client.describeTable(b -> b.tableName(table)).table();
        assertNull(described.tableClassSummary());
        assertNull(described.sseDescription());
        DynamoDbException update = assertThrows(DynamoDbException.class, () -> client.updateTable(b -> b.tableName(table)
                .tableClass(TableClass.STANDARD)));
        assertTrue(update.getMessage().contains("Nothing to update"), update.getMessage());
    }

    /** Multi-attribute (composite) global index keys: Local 3.3.1 creates such an index and queries it. */
    @Test
    void multiAttributeIndexKeys_areAcceptedAndQueried(Dynamo dynamo) {
        DynamoDbClient client = dynamo.client();
        String table = dynamo.tablePrefix() + "composite";
        client.createTable(b -> b.tableName(table).keySchema(key("pk", KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("tenant").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("region").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("day").attributeType(ScalarAttributeType.N))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .globalSecondaryIndexes(g -> g.indexName("byTenantRegion")
                        .keySchema(key("tenant", KeyType.HASH), key("region", KeyType.HASH), key("day", KeyType.RANGE))
                        .projection(p -> p.projectionType("ALL"))));
        assertEquals(3, client.describeTable(b -> b.tableName(table)).table().globalSecondaryIndexes().get(0)
                .keySchema().size());
        for (int i = 0; i < 4; i++) {
            int n = i;
            client.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("p" + n),
                    "tenant", AttributeValue.fromS("t1"), "region", AttributeValue.fromS(n % 2 == 0 ? "eu" : "us"),
                    "day", AttributeValue.fromN(Integer.toString(n)))));
        }
        int found = client.query(b -> b.tableName(table).indexName("byTenantRegion")
                .keyConditionExpression("tenant = :t AND #r = :r AND #d >= :d")
                .expressionAttributeNames(Map.of("#r", "region", "#d", "day"))
                .expressionAttributeValues(Map.of(":t", AttributeValue.fromS("t1"), ":r", AttributeValue.fromS("eu"),
                        ":d", AttributeValue.fromN("1")))).count();
        assertEquals(1, found, "only p2 is tenant t1, region eu and day >= 1");
    }
}
