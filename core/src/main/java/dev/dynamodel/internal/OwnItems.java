package dev.dynamodel.internal;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.condition.Condition;
import dev.dynamodel.condition.Operator;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.FamilyMember;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The filter that keeps a family member's queries and scans to its own items when others share
 * its partitions: {@code _type = ORDER}. Without a type attribute, the member relies on its key
 * templates alone (their constant text), as the family declared.
 */
public final class OwnItems {
    private OwnItems() {
    }

    /** The member's type filter, or null for a plain entity or a family without a type attribute. */
    public static Condition filter(EntitySchema<?> schema) {
        FamilyMember member = schema.familyMember().orElse(null);
        if (member == null || member.typeAttribute() == null) {
            return null;
        }
        return new Condition.Compare(AttributePath.of(member.typeAttribute()), Operator.EQ,
                AttributeValue.fromS(member.typeName()));
    }

    /** Both filters, either of which may be null; null when both are. */
    public static Condition and(Condition first, Condition second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : Condition.all(first, second);
    }
}
