package dev.dynamodel.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.InvalidItemsException;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.support.Face;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Batches and transactions run the same write pipeline as create and save, on both faces
 * ({@link Face}): one invalid item stops them all.
 */
@ExtendWith(DynamoLocalExtension.class)
class BatchRulesTest {

    private static Member member(String id, String email) {
        return new Member(id, email, null, 30, List.of("a"), "NO", "pro", new PostalAddress("Oslo", "0150"), Map.of());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void batchWrite_withOneInvalidItem_writesNothing_andNamesTheViolation(Face face, Dynamo dynamo) {
        MemberModel members = MemberModel.of(dynamo);
        members.createTableIfNotExists();
        InvalidItemsException e = assertThrows(InvalidItemsException.class, () -> face.execute(dynamo.batchWrite()
                .putAll(members, List.of(member(face.id("b-1"), "a@example.com"), member(face.id("b-2"), "not-an-email"),
                        member(face.id("b-3"), "c@example.com")))));
        assertEquals(1, e.problems().size());
        assertEquals(1, e.problems().get(0).index());
        ValidationException cause = assertInstanceOf(ValidationException.class, e.problems().get(0).cause());
        assertEquals("email", cause.violations().get(0).path());
        assertEquals(List.of(Optional.empty(), Optional.empty()), List.of(members.get(face.id("b-1")),
                members.get(face.id("b-3"))), "nothing was written");
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void batchWrite_appliesDefaults(Face face, Dynamo dynamo) {
        MemberModel members = MemberModel.of(dynamo);
        members.createTableIfNotExists();
        face.execute(dynamo.batchWrite().putAll(members, List.of(member(face.id("d-1"), "d@example.com"))));
        assertEquals(Role.MEMBER, members.get(face.id("d-1")).orElseThrow().role());
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void transaction_withAnInvalidItem_sendsNothing(Face face, Dynamo dynamo) {
        MemberModel members = MemberModel.of(dynamo);
        members.createTableIfNotExists();
        assertThrows(InvalidItemsException.class, () -> face.execute(dynamo.writeTransaction()
                .create(members, member(face.id("t-1"), "t@example.com"))
                .create(members, member(face.id("t-2"), ""))));
        assertEquals(Optional.empty(), members.get(face.id("t-1")));
    }
}
