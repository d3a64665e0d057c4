package dev.dynamodel.tests.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamodel.Dynamo;
import dev.dynamodel.exception.ItemAlreadyExistsException;
import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.local.DynamoLocalExtension;
import dev.dynamodel.tests.entities.Address;
import dev.dynamodel.tests.entities.Counter;
import dev.dynamodel.tests.entities.CounterModel;
import dev.dynamodel.tests.entities.GeoPoint;
import dev.dynamodel.tests.entities.Profile;
import dev.dynamodel.tests.entities.ProfileModel;
import dev.dynamodel.tests.entities.ProfileSchema;
import dev.dynamodel.tests.entities.Vault;
import dev.dynamodel.tests.entities.VaultModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What only the single-item operations of {@code model.async()} have to prove, against embedded
 * DynamoDB Local: how a failure reaches the caller (the future's own exception, what {@code handle}
 * sees, never wrapped; {@code join()} and {@code get()} wrap it), refusals carried by the future
 * instead of thrown, {@code find} with options, and runtimes with one client. The functional cases
 * (CrudTest, UpdateTest, OptimisticLockingTest, ExpiredItemsTest) run on both faces themselves.
 */
@ExtendWith(DynamoLocalExtension.class)
class AsyncCrudTest {

    @BeforeAll
    static void tables(Dynamo dynamo) {
        CounterModel.of(dynamo).createTableIfNotExists();
        ProfileModel.of(dynamo).createTableIfNotExists();
        VaultModel.of(dynamo).createTableIfNotExists();
    }

    /** What the future completed with, as {@code exceptionally}/{@code handle} see it; fails if it succeeded. */
    private static <E extends Throwable> E failure(Class<E> type, CompletableFuture<?> future) {
        Throwable seen = future.handle((value, e) -> e).join();
        return assertInstanceOf(type, seen);
    }

    private static Profile profile(String user) {
        return new Profile(user, "PROFILE", "Ada", 1, new BigDecimal("10.5"),
                new Address("Main St", "Oslo", "0150", new GeoPoint(59.9, 10.7)),
                Map.of("posts", 3, "likes", 7), List.of("a", "b"),
                List.of(new Address("1st", "Bergen", "5003", null)), Set.of("x", "y"), Set.of(7, 13));
    }

    @Test
    void create_thenGet_andFindWithOptions(Dynamo dynamo) {
        ProfileModel.Async profiles = ProfileModel.of(dynamo).async();
        Profile ada = profile("create");
        assertEquals(ada, profiles.create(ada).join());
        assertEquals(Optional.of(ada), profiles.get("create", "PROFILE").join());
        assertEquals(Optional.of(ada), profiles.find("create", "PROFILE").consistentRead().get().join());
        Profile city = profiles.find("create", "PROFILE").select(ProfileSchema.ADDRESS.city()).get().join().orElseThrow();
        assertEquals("Oslo", city.address().city());
        assertNull(city.name(), "a projected read leaves other fields null");
        assertEquals(Optional.empty(), profiles.get("nobody", "PROFILE").join());
    }

    @Test
    void join_wrapsInCompletionException_get_inExecutionException_sameCause(Dynamo dynamo) throws Exception {
        ProfileModel.Async profiles = ProfileModel.of(dynamo).async();
        profiles.create(profile("wrapped")).join();
        CompletableFuture<Profile> again = profiles.create(profile("wrapped"));
        ItemAlreadyExistsException itself = failure(ItemAlreadyExistsException.class, again);
        CompletionException joined = assertThrows(CompletionException.class, again::join);
        assertSame(itself, joined.getCause());
        ExecutionException got = assertThrows(ExecutionException.class, again::get);
        assertSame(itself, got.getCause());
    }

    @Test
    void invalidEntity_failsTheFuture_withValidationException_andSendsNothing(Dynamo dynamo) {
        VaultModel.Async vaults = VaultModel.of(dynamo).async();
        Vault tooLong = new Vault("ada", "slot", "x".repeat(41), null, null, null, null);
        CompletableFuture<Vault> created = vaults.create(tooLong); // does not throw: the future carries it
        ValidationException e = failure(ValidationException.class, created);
        assertEquals("secret", e.violations().get(0).path());
        assertEquals(Optional.empty(), vaults.get("ada", "slot").join());
        assertInstanceOf(IllegalArgumentException.class, failure(IllegalArgumentException.class,
                vaults.create(new Vault(null, "slot", "s", null, null, null, null))));
    }

    @Test
    void typedKeyMethods_refusedKeyValue_failTheFuture_insteadOfThrowing(Dynamo dynamo) {
        ProfileModel.Async profiles = ProfileModel.of(dynamo).async();
        // Each call returns; the key is checked inside the plan, so the future carries the refusal.
        CompletableFuture<Optional<Profile>> get = profiles.get(null, "PROFILE");
        CompletableFuture<Optional<Profile>> find = profiles.find("", "PROFILE").consistentRead().get();
        CompletableFuture<Void> delete = profiles.delete("ada", null);
        CompletableFuture<Void> deleteIf = profiles.delete(null, "PROFILE", ProfileSchema.NAME.exists());
        CompletableFuture<Profile> update = profiles.update("ada", "", u -> u.set(ProfileSchema.NAME, "Ada"));
        CompletableFuture<Optional<Profile>> unpaired = profiles.get("ada\uD83D", "PROFILE");

        assertEquals("Key attribute 'user' of Profile must not be null",
                failure(IllegalArgumentException.class, get).getMessage());
        assertEquals("Key attribute 'user' of Profile must not be empty",
                failure(IllegalArgumentException.class, find).getMessage());
        assertEquals("Key attribute 'sk' of Profile must not be null",
                failure(IllegalArgumentException.class, delete).getMessage());
        failure(IllegalArgumentException.class, deleteIf);
        assertEquals("Key attribute 'sk' of Profile must not be empty",
                failure(IllegalArgumentException.class, update).getMessage());
        assertEquals("user", failure(ValidationException.class, unpaired).violations().get(0).path());
    }

    @Test
    void runtimeWithoutAnAsyncClient_failsTheFuture_andAsyncOnly_refusesBlockingCalls(Dynamo dynamo) {
        Dynamo blockingOnly = Dynamo.builder(dynamo.client()).tablePrefix(dynamo.tablePrefix()).build();
        IllegalStateException noAsync = failure(IllegalStateException.class,
                CounterModel.of(blockingOnly).async().get("any"));
        assertTrue(noAsync.getMessage().contains("DynamoDbAsyncClient"), noAsync.getMessage());

        Dynamo asyncOnly = Dynamo.builder(dynamo.asyncClient()).tablePrefix(dynamo.tablePrefix()).build();
        CounterModel counters = CounterModel.of(asyncOnly);
        IllegalStateException noBlocking = assertThrows(IllegalStateException.class, () -> counters.get("any"));
        assertTrue(noBlocking.getMessage().contains("DynamoDbClient"), noBlocking.getMessage());
        counters.async().create(new Counter("async-only", 1, null, null)).join();
        assertEquals(1L, counters.async().get("async-only").join().orElseThrow().value());
    }
}
