package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import dev.dynamodel.annotation.RangeKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A record with every kind of value an update can reach: nested maps, map values, lists, sets, numbers. */
@Entity(table = "profiles")
public record Profile(
        @HashKey String user,
        @RangeKey String sk,
        String name,
        Integer logins,
        BigDecimal balance,
        Address address,
        Map<String, Integer> counts,
        List<String> history,
        List<Address> places,
        Set<String> tags,
        Set<Integer> lucky) {
}
