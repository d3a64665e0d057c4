package dev.dynamodel.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.InvalidItemsException;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.local.DynamoLocalExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Batches and transactions run the same write pipeline as create and save: one invalid item stops them all. */
@ExtendWith(DynamoLocalExtension.class)
class BatchRulesTest {

    private static Member member(String id, String email) {
        return new Member(id, email, null, 30, List.of("a"), "NO", "pro", new PostalAddress("Oslo", "0150"), Map.of());
    }

    @Test
    void batchWrite_withOneInvalidItem_writesNothing_andNamesTheViolation(Dynamo dynamo) {
        MemberModel members = MemberModel.of(dynamo);
        members.createTableIfNotExists();
        InvalidItemsException e = assertThrows(InvalidItemsException.class, () -> dynamo.batchWrite()
                .putAll(members, List.of(member("b-1", "a@example.com"), member("b-2", "not-an-email"),
                        member("b-3", "c@example.com")))
                .execute());
        assertEquals(1, e.problems().size());
        assertEquals(1, e.problems().get(0).index());
        ValidationException cause = assertInstanceOf(ValidationException.class, e.problems().get(0).cause());
        assertEquals("email", cause.violations().get(0).path());
        assertEquals(0, members.scan().count(), "nothing was written");
    }

    @Test
    void batchWrite_appliesDefaults(Dynamo dynamo) {
        MemberModel members = MemberModel.of(dynamo);
        members.createTableIfNotExists();
        dynamo.batchWrite().putAll(members, List.of(member("d-1", "d@example.com"))).execute();
        assertEquals(Role.MEMBER, members.get("d-1").orElseThrow().role());
    }

    @Test
    void transaction_withAnInvalidItem_sendsNothing(Dynamo dynamo) {
        MemberModel members = MemberModel.of(dynamo);
        members.createTableIfNotExists();
        assertThrows(InvalidItemsException.class, () -> dynamo.writeTransaction()
                .create(members, member("t-1", "t@example.com"))
                .create(members, member("t-2", ""))
                .execute());
        assertEquals(java.util.Optional.empty(), members.get("t-1"));
    }
}
