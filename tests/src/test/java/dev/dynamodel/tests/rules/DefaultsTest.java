package dev.dynamodel.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.local.DynamoLocalExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Defaults: constants parsed at compile time, suppliers, forced defaults, nested documents. */
@ExtendWith(DynamoLocalExtension.class)
class DefaultsTest {

    @BeforeAll
    static void createTables(Dynamo dynamo) {
        TicketModel.of(dynamo).createTableIfNotExists();
        SettingModel.of(dynamo).createTableIfNotExists();
    }

    private static Ticket bare(String title) {
        return new Ticket(null, null, title, null, null, 0, null, null, null, null, null, null, null, null, null, null,
                null, "a note");
    }

    @Test
    void create_fillsEveryNullFieldWithItsDefault_andReturnsWhatWasStored(Dynamo dynamo) {
        TicketModel tickets = TicketModel.of(dynamo);
        // tag::defaults[]
        Ticket stored = tickets.create(new Ticket(null, null, "Printer on fire", null, null, 0, null, null, null,
                null, null, null, null, null, null, null, null, null));
        stored.id();            // a random UUID, from RandomId
        stored.sk();            // "TICKET#open#Printer on fire", derived by TicketSortKey
        stored.status();        // "open"
        stored.schemaVersion(); // 2, forced
        // end::defaults[]
        assertEquals(36, stored.id().length());
        assertEquals("TICKET#open#Printer on fire", stored.sk());
        assertEquals("open", stored.status());
        assertEquals(3, stored.priority());
        assertEquals(2, stored.schemaVersion());
        assertEquals(Severity.LOW, stored.severity());
        assertEquals(LocalDate.of(2024, 1, 1), stored.opened());
        assertEquals(Instant.parse("2024-01-01T09:00:00Z"), stored.due());
        assertEquals(new BigDecimal("0.5"), stored.weight());
        assertEquals(Boolean.TRUE, stored.notifyOwner());
        assertEquals('x', stored.flag());
        assertEquals(2.5, stored.factor());
        assertEquals(UUID.fromString("6f1c4a9e-8d9b-4a53-9d0a-6f1d2c3b4a5e"), stored.queue());
        Ticket read = tickets.get(stored.id(), stored.sk()).orElseThrow();
        assertEquals(stored, read, "the returned entity is what a read gives back");
    }

    @Test
    void givenValues_areKept_butForcedDefaultsAlwaysWin(Dynamo dynamo) {
        Ticket given = new Ticket("t-given", "my-sk", "Keep", "closed", 1, 7, Severity.HIGH, LocalDate.of(2020, 2, 2),
                null, BigDecimal.ONE, false, 'y', 0.0, null, null, null, null, null);
        Ticket stored = TicketModel.of(dynamo).save(given);
        assertEquals("t-given", stored.id());
        assertEquals("closed", stored.status());
        assertEquals(Severity.HIGH, stored.severity());
        assertEquals(Boolean.FALSE, stored.notifyOwner());
        assertEquals("TICKET#closed#Keep", stored.sk(), "a forced supplier overwrites the given sort key");
        assertEquals(2, stored.schemaVersion(), "a forced constant overwrites the given value");
        assertEquals(stored, TicketModel.of(dynamo).get("t-given", "TICKET#closed#Keep").orElseThrow());
    }

    @Test
    void supplier_runsOnEveryWrite(Dynamo dynamo) {
        TicketModel tickets = TicketModel.of(dynamo);
        assertNotEquals(tickets.create(bare("one")).id(), tickets.create(bare("two")).id());
    }

    @Test
    void nestedDocuments_getTheirDefaults_inFieldsListsAndMaps(Dynamo dynamo) {
        Ticket ticket = new Ticket("t-nested", null, "Steps", null, null, 0, null, null, null, null, null, null, null,
                null, new Step("first", null), List.of(new Step("a", null), new Step("b", "done")),
                Map.of("ada", new Step("c", null)), null);
        Ticket stored = TicketModel.of(dynamo).create(ticket);
        assertEquals(new Step("first", "todo"), stored.first());
        assertEquals(List.of(new Step("a", "todo"), new Step("b", "done")), stored.steps());
        assertEquals(Map.of("ada", new Step("c", "todo")), stored.byOwner());
        assertEquals(stored, TicketModel.of(dynamo).get("t-nested", stored.sk()).orElseThrow());
    }

    @Test
    void ignoredComponents_surviveTheRebuild(Dynamo dynamo) {
        assertEquals("a note", TicketModel.of(dynamo).create(bare("ignored")).note());
    }

    @Test
    void applyDefaults_returnsTheSameInstance_whenNothingChanges() {
        Step complete = new Step("s", "done");
        assertSame(complete, StepSchema.INSTANCE.applyDefaults(complete));
        List<Step> steps = List.of(complete);
        Ticket ticket = TicketSchema.INSTANCE.applyDefaults(bare("x"));
        assertNotNull(ticket.id());
        assertSame(steps, dev.dynamodel.support.Defaults.list(steps, StepSchema.INSTANCE::applyDefaults));
    }

    @Test
    void defaults_applyBeforeValidation(Dynamo dynamo) {
        // title has @NotNull and no default: validation still sees the defaulted id and sort key.
        ValidationException e = assertThrows(ValidationException.class, () -> TicketModel.of(dynamo).create(bare(null)));
        assertEquals(List.of("title NotNull"), e.violations().stream().map(v -> v.path() + " " + v.rule()).toList());
    }

    @Test
    void mutableClass_getsItsDefaultsInPlace(Dynamo dynamo) {
        Setting setting = new Setting();
        setting.setKey("dark-mode");
        setting.setRevision(9);
        setting.setSteps(List.of(new Step("s", null)));
        Setting stored = SettingModel.of(dynamo).create(setting);
        assertSame(setting, stored);
        assertEquals("on", setting.getValue());
        assertEquals(1, setting.getRevision(), "forced");
        assertEquals(List.of(new Step("s", "todo")), setting.getSteps());
        Setting read = SettingModel.of(dynamo).get("dark-mode").orElseThrow();
        assertEquals("on", read.getValue());
        assertNull(new Setting().getValue(), "nothing happens outside a write");
    }
}
