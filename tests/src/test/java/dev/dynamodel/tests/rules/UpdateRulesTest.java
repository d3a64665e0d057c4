package dev.dynamodel.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.Violation;
import dev.dynamodel.local.DynamoLocalExtension;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Schema rules on partial updates: values set are validated, timestamps are stamped. */
@ExtendWith(DynamoLocalExtension.class)
class UpdateRulesTest {
    private static final Instant T1 = Instant.parse("2025-01-02T03:04:05.123Z");
    private static final Instant T2 = Instant.parse("2025-02-03T04:05:06.987Z");

    @BeforeAll
    static void tables(Dynamo dynamo) {
        MemberModel.of(dynamo).createTableIfNotExists();
        PostModel.of(dynamo).createTableIfNotExists();
        SettingModel.of(dynamo).createTableIfNotExists();
    }

    @Test
    void upsert_withoutARequiredAttribute_isRefused_withIt_getsDefaults(Dynamo dynamo) {
        MemberModel members = MemberModel.of(dynamo);
        ValidationException e = assertThrows(ValidationException.class,
                () -> members.update("m-new", u -> u.set(MemberSchema.AGE, 40).upsert()));
        assertEquals(List.of("email Required"), paths(e));
        assertEquals(java.util.Optional.empty(), members.get("m-new"), "nothing was written");
        Member created = members.update("m-new", u -> u.set(MemberSchema.EMAIL, "new@example.com").upsert());
        assertEquals(Role.MEMBER, created.role(), "a plain default fills an absent attribute on upsert");
        Member changed = members.update("m-new", u -> u.set(MemberSchema.ROLE, Role.ADMIN));
        assertEquals(Role.ADMIN, changed.role());
    }

    @Test
    void forcedDefault_isSetOnEveryUpdate(Dynamo dynamo) {
        SettingModel settings = SettingModel.of(dynamo);
        Setting setting = new Setting();
        setting.setKey("s-upd");
        settings.create(setting);
        dynamo.client().updateItem(b -> b.tableName(settings.tableName()).key(SettingSchema.INSTANCE.key("s-upd"))
                .updateExpression("SET revision = :r").expressionAttributeValues(Map.of(":r", AttributeValue.fromN("7"))));
        Setting after = settings.update("s-upd", u -> u.set(SettingSchema.VALUE, "off"));
        assertEquals(1, after.getRevision());
        assertEquals("off", after.getValue());
    }

    @Test
    void forcedDefault_winsOverTheCallersValue_asOnAWholeWrite(Dynamo dynamo) {
        SettingModel settings = SettingModel.of(dynamo);
        Setting setting = new Setting();
        setting.setKey("s-force");
        settings.create(setting);
        Setting after = settings.update("s-force", u -> u.set(SettingSchema.REVISION, 7L).set(SettingSchema.VALUE, "off"));
        assertEquals(1, after.getRevision(), "the forced default is stored, not the caller's 7");
        assertEquals("off", after.getValue());
        Setting counted = settings.update("s-force", u -> u.add(SettingSchema.REVISION, 5L));
        assertEquals(1, counted.getRevision(), "a counter on a forced attribute gives way too");
        setting.setRevision(7);
        assertEquals(1, settings.save(setting).getRevision(), "as save does");
    }

    private static List<String> paths(ValidationException e) {
        return e.violations().stream().map(v -> v.path() + " " + v.rule()).toList();
    }

    @Test
    void update_withInvalidValues_listsEveryViolation_andWritesNothing(Dynamo dynamo) {
        MemberModel members = MemberModel.of(dynamo);
        Member stored = members.create(new Member("m-upd", "ada@example.com", null, 30, List.of("a"), "NO", "pro",
                new PostalAddress("Oslo", "0150"), Map.of()));
        ValidationException e = assertThrows(ValidationException.class, () -> members.update("m-upd", u -> u
                .set(MemberSchema.AGE, 200)
                .set(MemberSchema.EMAIL, "not an email")
                .set(MemberSchema.ADDRESS.zip(), "12")
                .remove(MemberSchema.ADDRESS.city())));
        assertEquals(List.of("age Max", "email Email", "address.zip_code Pattern", "address.city NotBlank"), paths(e));
        assertEquals(stored, members.get("m-upd").orElseThrow(), "nothing was written");
    }

    @Test
    void update_withValidValues_isWritten(Dynamo dynamo) {
        MemberModel members = MemberModel.of(dynamo);
        members.create(new Member("m-ok", "bo@example.com", null, 30, List.of("a"), "NO", "pro",
                new PostalAddress("Oslo", "0150"), Map.of()));
        Member after = members.update("m-ok", u -> u.set(MemberSchema.AGE, 31).set(MemberSchema.ADDRESS.zip(), "7010"));
        assertEquals(31, after.age());
        assertEquals("7010", after.address().zip());
    }

    @Test
    void removingARequiredAttribute_isAViolation(Dynamo dynamo) {
        MemberModel members = MemberModel.of(dynamo);
        ValidationException e = assertThrows(ValidationException.class,
                () -> members.update("whoever", u -> u.remove(MemberSchema.EMAIL)));
        assertEquals(List.of("email NotBlank"), e.violations().stream().map(v -> v.path() + " " + v.rule()).toList());
        assertEquals("must not be blank", e.violations().stream().map(Violation::message).findFirst().orElseThrow());
    }

    @Test
    void update_setsUpdatedAt_andCreatedAtOnlyWhenAbsent(Dynamo dynamo) {
        PostModel atT1 = PostModel.of(Tables.withClock(dynamo, Clock.fixed(T1, ZoneOffset.UTC)));
        PostModel atT2 = PostModel.of(Tables.withClock(dynamo, Clock.fixed(T2, ZoneOffset.UTC)));
        Post upserted = atT1.update("p-upd", u -> u.set(PostSchema.TEXT, "hello").upsert());
        assertEquals(T1, upserted.createdAt(), "an upsert gets a created-at");
        assertEquals(T1, upserted.updatedAt());
        Post updated = atT2.update("p-upd", u -> u.set(PostSchema.TEXT, "edited"));
        assertEquals(T1, updated.createdAt(), "created-at is kept (if_not_exists)");
        assertEquals(T2, updated.updatedAt());
        Map<String, AttributeValue> item = Tables.item(dynamo, atT2, PostSchema.INSTANCE.key("p-upd"));
        assertEquals(Long.toString(T2.toEpochMilli()), item.get("updatedAt").n());
    }
}
