package dev.dynamodel.tests.tables;

// tag::entity[]
import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.GlobalIndex;
import dev.dynamodel.annotation.HashKey;

/** A player's score in one round of a tournament, found by tournament and region, ordered by round and points. */
@Entity(table = "scores")
public record Score(
        @HashKey String id,
        @GlobalIndex(name = "byMatch", partitionKey = {"tournament", "region"}, sortKey = {"round", "points"})
        @GlobalIndex(name = "byTournament", sortKey = "round")
        String tournament,
        String region,
        int round,
        int points,
        String player) {
}
// end::entity[]
