package dev.dynamodel.tests.rules;

import java.util.function.Function;

// tag::derived[]
/** A sort key derived from other fields of the ticket being written. */
public final class TicketSortKey implements Function<Ticket, String> {
    @Override
    public String apply(Ticket ticket) {
        return "TICKET#" + (ticket.status() == null ? "open" : ticket.status()) + "#" + ticket.title();
    }
}
// end::derived[]
