package dev.dynamodel.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.Violation;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.support.Violations;
import dev.dynamodel.tests.support.CountingClient;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Validation on create and save: every violation listed, nothing sent, the table left as it was. */
@ExtendWith(DynamoLocalExtension.class)
class ValidationTest {

    @BeforeAll
    static void createTables(Dynamo dynamo) {
        MemberModel.of(dynamo).createTableIfNotExists();
        BookModel.of(dynamo).createTableIfNotExists();
    }

    static Member valid(String id) {
        return new Member(id, "ada@example.com", Role.ADMIN, 36, List.of("math", "engines"), "GB", "pro",
                new PostalAddress("London", "12345"), Map.of("work", "ada@analytical.example"));
    }

    private static List<String> pathsAndRules(ValidationException e) {
        return e.violations().stream().map(v -> v.path() + " " + v.rule()).toList();
    }

    @Test
    void create_whenEveryRuleHolds_writesTheItem(Dynamo dynamo) {
        MemberModel members = MemberModel.of(dynamo);
        Member ada = valid("m-valid");
        assertEquals(ada, members.create(ada));
        assertEquals(Optional.of(ada), members.get("m-valid"));
    }

    @Test
    void create_whenRulesAreBroken_listsEveryViolationAndSendsNothing(Dynamo dynamo) {
        CountingClient counting = new CountingClient(dynamo.client());
        MemberModel members = MemberModel.of(Tables.counting(dynamo, counting));
        // tag::invalid[]
        Member bad = new Member("m-bad", "not an email", null, 151, List.of("ok", " ", "x".repeat(21), "four"),
                "gb", "gold", new PostalAddress("", "12"), Map.of("home", "nope"));
        ValidationException e = assertThrows(ValidationException.class, () -> members.create(bad));
        // e.violations(), in field order:
        //   email Email, age Max, tags Size, tags[1] NotBlank, tags[2] Size, country Pattern,
        //   plan OneOf, address.city NotBlank, address.zip_code Pattern, contacts.home Email
        // end::invalid[]
        assertEquals(List.of("email Email", "age Max", "tags Size", "tags[1] NotBlank", "tags[2] Size",
                "country Pattern", "plan OneOf", "address.city NotBlank", "address.zip_code Pattern",
                "contacts.home Email"), pathsAndRules(e));
        assertEquals(0, counting.requests(), "nothing is sent");
        assertEquals(Optional.empty(), MemberModel.of(dynamo).get("m-bad"));
        assertNull(Tables.item(dynamo, members, members.schema().keyOf(bad)));
    }

    @Test
    void save_whenRulesAreBroken_leavesTheStoredItemUnchanged(Dynamo dynamo) {
        MemberModel members = MemberModel.of(dynamo);
        Member stored = members.save(valid("m-kept"));
        var before = Tables.item(dynamo, members, members.schema().keyOf(stored));
        Member broken = new Member("m-kept", "", Role.MEMBER, -1, null, null, null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> members.save(broken));
        assertEquals(List.of("email NotBlank", "email Email", "age Min"), pathsAndRules(e));
        assertEquals(before, Tables.item(dynamo, members, members.schema().keyOf(stored)));
        assertEquals(Optional.of(stored), members.get("m-kept"));
    }

    @Test
    void violation_carriesPathRuleAndReadableMessage_andTheExceptionNamesTheEntity(Dynamo dynamo) {
        Member bad = new Member("m-msg", "ada@example.com", null, 200, null, "gbr", null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> MemberModel.of(dynamo).create(bad));
        assertEquals("Member", e.entity());
        assertEquals(List.of(new Violation("age", "Max", "must be less than or equal to 150"),
                new Violation("country", "Pattern", "must be a two-letter country code")), e.violations());
        assertEquals("Member has 2 invalid values: age: must be less than or equal to 150 (Max); "
                + "country: must be a two-letter country code (Pattern)", e.getMessage());
    }

    @Test
    void nullValues_passEveryRuleButTheNullChecks(Dynamo dynamo) {
        Member sparse = new Member("m-sparse", "a@b.co", null, null, null, null, null, null, null);
        Member stored = MemberModel.of(dynamo).create(sparse);
        assertEquals(Role.MEMBER, stored.role(), "the default applies before validation");
        ValidationException e = assertThrows(ValidationException.class,
                () -> MemberModel.of(dynamo).create(new Member("m-null", null, null, null, null, null, null, null, null)));
        assertEquals(List.of("email NotBlank"), pathsAndRules(e), "@Email lets null pass; @NotBlank does not");
    }

    @Test
    void listElements_nullOrBlank_areReportedAtTheirIndex(Dynamo dynamo) {
        Member bad = new Member("m-tags", "a@b.co", null, null, Arrays.asList(null, "fine", ""), null, null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> MemberModel.of(dynamo).save(bad));
        assertEquals(List.of("tags[0] NotBlank", "tags[2] NotBlank"), pathsAndRules(e));
    }

    @Test
    void customValidator_onFieldAndElements_usesItsNameAndMessage(Dynamo dynamo) {
        BookModel books = BookModel.of(dynamo);
        Book good = new Book("978-0-306-40615-7", 30, 25, List.of("9780306406157"));
        assertEquals(good, books.create(good));
        Book bad = new Book("978-0-306-40615-8", 30, 25, List.of("9780306406157", "123"));
        ValidationException e = assertThrows(ValidationException.class, () -> books.create(bad));
        assertEquals(List.of(new Violation("isbn", "IsbnValidator", "must be a valid ISBN-13"),
                new Violation("related[1]", "IsbnValidator", "must be a valid ISBN-13")), e.violations());
        assertEquals(1, Tables.items(dynamo, books).size());
    }

    @Test
    void typeLevelValidator_checksTheWholeEntity_atTheRootPath(Dynamo dynamo) {
        Book overpriced = new Book("9780306406157", 20, 25, null);
        ValidationException e = assertThrows(ValidationException.class, () -> BookModel.of(dynamo).save(overpriced));
        assertEquals(List.of(new Violation("", "PriceRule", "sale price must not exceed list price")), e.violations());
        assertEquals("Book has 1 invalid value: sale price must not exceed list price (PriceRule)", e.getMessage());
    }

    @Test
    void validate_canBeCalledWithoutWriting() {
        Violations violations = new Violations(Clock.systemUTC());
        MemberSchema.INSTANCE.validate(valid("x"), violations);
        assertTrue(violations.isEmpty());
        MemberSchema.INSTANCE.validate(new Member("x", "bad", null, null, null, null, null, null, null), violations);
        assertEquals(List.of(new Violation("email", "Email", "must be a well-formed email address")), violations.list());
    }
}
