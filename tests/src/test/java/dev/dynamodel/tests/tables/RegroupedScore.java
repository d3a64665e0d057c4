package dev.dynamodel.tests.tables;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.GlobalIndex;
import dev.dynamodel.annotation.HashKey;

/**
 * The next version of {@link Score}'s table: byMatch sorts by round alone (its key changes, so plan()
 * re-creates it); byTournament is unchanged.
 */
@Entity(table = "scores")
public record RegroupedScore(
        @HashKey String id,
        @GlobalIndex(name = "byMatch", partitionKey = {"tournament", "region"}, sortKey = "round")
        @GlobalIndex(name = "byTournament", sortKey = "round")
        String tournament,
        String region,
        int round,
        int points,
        String player) {
}
