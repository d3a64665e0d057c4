package dev.dynamodel.examples.lambda;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;

/** A list's counters, kept by {@link TaskCounter} from the Tasks table's stream; never written by the API. */
@Entity(table = "TaskLists")
public record TaskList(@HashKey String listId, Long tasks, Long done) {
}
