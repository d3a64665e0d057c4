package dev.dynamodel.tests.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.UnknownItemTypeException;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.local.DynamoLocalExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A field whose type is a sealed interface of documents: stored with a type attribute, read back as the right record. */
@ExtendWith(DynamoLocalExtension.class)
class PolymorphicDocumentTest {

    @BeforeAll
    static void table(Dynamo dynamo) {
        WalletModel.of(dynamo).createTable();
    }

    @Test
    void polymorphicField_roundTripsAsTheRightRecord_withItsTypeAttribute(Dynamo dynamo) {
        WalletModel wallets = WalletModel.of(dynamo);
        Wallet wallet = new Wallet("w1", new Payment.Card("4242", 2030),
                List.of(new Payment.Invoice("INV-1", 30), new Payment.Card("1111", 2028)));
        wallets.create(wallet);
        assertEquals(wallet, wallets.get("w1").orElseThrow());
        Map<String, AttributeValue> item = dynamo.client().getItem(b -> b.tableName(wallets.tableName())
                .key(Map.of("id", AttributeValue.fromS("w1")))).item();
        assertEquals("CARD", item.get("primary").m().get("kind").s());
        assertEquals("Invoice", item.get("others").l().get(0).m().get("kind").s());
    }

    @Test
    void polymorphicField_isValidatedByThePermittedDocumentsRules(Dynamo dynamo) {
        ValidationException failure = assertThrows(ValidationException.class, () -> WalletModel.of(dynamo)
                .create(new Wallet("w2", new Payment.Card("", 2030), List.of(new Payment.Invoice("INV-2", -1)))));
        assertEquals(List.of("primary.last4", "others[0].dueDays"),
                failure.violations().stream().map(v -> v.path()).toList());
    }

    @Test
    void unknownDocumentType_failsNamingTheAttributeNotTheValue(Dynamo dynamo) {
        WalletModel wallets = WalletModel.of(dynamo);
        dynamo.client().putItem(b -> b.tableName(wallets.tableName()).item(Map.of("id", AttributeValue.fromS("w3"),
                "primary", AttributeValue.fromM(Map.of("kind", AttributeValue.fromS("CRYPTO_SECRET"))))));
        RuntimeException failure = assertThrows(RuntimeException.class, () -> wallets.get("w3"));
        assertTrue(failure instanceof UnknownItemTypeException || failure.getCause() instanceof UnknownItemTypeException,
                failure.toString());
        assertTrue(failure.getMessage().contains("'kind'"), failure.getMessage());
        assertFalse(failure.getMessage().contains("CRYPTO_SECRET"), failure.getMessage());
    }
}
