package dev.dynamodel.tests.shop;

import dev.dynamodel.annotation.Document;
import dev.dynamodel.annotation.EntityType;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** A polymorphic document: a card or an invoice, told apart by the {@code kind} attribute. */
// tag::polymorphic[]
@Document(typeAttribute = "kind")
public sealed interface Payment permits Payment.Card, Payment.Invoice {

    @Document
    @EntityType("CARD")
    record Card(@NotBlank String last4, int expiryYear) implements Payment {
    }

    @Document
    record Invoice(String reference, @Min(0) int dueDays) implements Payment {
    }
}
// end::polymorphic[]
