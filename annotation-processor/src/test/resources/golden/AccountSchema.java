package fixtures;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.id.Ids;
import dev.dynamodel.schema.Attribute;
import dev.dynamodel.schema.ComparableAttribute;
import dev.dynamodel.schema.DocumentAttribute;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.KeyAttribute;
import dev.dynamodel.schema.StringAttribute;
import dev.dynamodel.support.Codecs;
import dev.dynamodel.support.Keys;
import dev.dynamodel.support.ReadFailures;
import dev.dynamodel.support.UpdateAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Schema of {@link Account}: typed attribute constants and the conversion to and from items.
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class AccountSchema implements EntitySchema<Account> {
    /**
     * The one instance; the schema holds no state.
     */
    public static final AccountSchema INSTANCE = new AccountSchema();

    /**
     * Attribute {@code account_id}.
     */
    public static final Attribute<UUID> ID = new Attribute<>(AttributePath.of("account_id"),
            new Functions<>(0));

    /**
     * Attribute {@code email}.
     */
    public static final StringAttribute EMAIL = new StringAttribute(AttributePath.of("email"));

    /**
     * Attribute {@code active}.
     */
    public static final Attribute<Boolean> ACTIVE = new Attribute<>(AttributePath.of("active"),
            new Functions<>(2));

    /**
     * Attribute {@code balance_cents}.
     */
    public static final ComparableAttribute<Long> BALANCE_CENTS = new ComparableAttribute<>(
            AttributePath.of("balance_cents"), new Functions<>(3));

    /**
     * Attribute {@code logins}.
     */
    public static final ComparableAttribute<Integer> LOGINS = new ComparableAttribute<>(
            AttributePath.of("logins"), new Functions<>(4));

    private static final KeyAttribute HASH_KEY = new KeyAttribute("account_id", ScalarAttributeType.S);

    private static final Optional<KeyAttribute> RANGE_KEY = Optional.empty();

    private AccountSchema() {
    }

    @Override
    public String entityName() {
        return "Account";
    }

    @Override
    public String tableName() {
        return "accounts";
    }

    @Override
    public KeyAttribute hashKey() {
        return HASH_KEY;
    }

    @Override
    public Optional<KeyAttribute> rangeKey() {
        return RANGE_KEY;
    }

    /**
     * The key of the {@link Account} with these key values.
     *
     * @throws IllegalArgumentException if a key value is null or empty
     */
    public Map<String, AttributeValue> key(UUID id) {
        Map<String, AttributeValue> key = new HashMap<>(2);
        key.put("account_id", encodeId(Keys.require("Account", "account_id", id)));
        return key;
    }

    @Override
    public Map<String, AttributeValue> keyOf(Account entity) {
        return key(entity.getId());
    }

    @Override
    public Map<String, AttributeValue> toItem(Account value) {
        Map<String, AttributeValue> item = new HashMap<>(7);
        UUID id = value.getId();
        if (id != null) {
            item.put("account_id", encodeId(id));
        }
        String email = value.getEmail();
        if (email != null) {
            item.put("email", encodeEmail(email));
        }
        item.put("active", encodeActive(value.isActive()));
        item.put("balance_cents", encodeBalanceCents(value.getBalanceCents()));
        Integer logins = value.logins;
        if (logins != null) {
            item.put("logins", encodeLogins(logins));
        }
        return item;
    }

    @Override
    public Account fromItem(Map<String, AttributeValue> item) {
        AttributeValue stored;
        String reading = null;
        try {
            Account entity = new Account();
            reading = "account_id";
            stored = item.get("account_id");
            if (!Codecs.absent(stored)) {
                entity.setId(Codecs.toUuid(stored));
            }
            reading = "email";
            stored = item.get("email");
            if (!Codecs.absent(stored)) {
                entity.setEmail(Codecs.toString(stored));
            }
            reading = "active";
            stored = item.get("active");
            if (!Codecs.absent(stored)) {
                entity.setActive(Codecs.toBoolean(stored));
            }
            reading = "balance_cents";
            stored = item.get("balance_cents");
            if (!Codecs.absent(stored)) {
                entity.setBalanceCents(Codecs.toLong(stored));
            }
            reading = "logins";
            stored = item.get("logins");
            if (!Codecs.absent(stored)) {
                entity.logins = Codecs.toInt(stored);
            }
            reading = null;
            return entity;
        } catch (RuntimeException failure) {
            throw ReadFailures.reading(reading, failure);
        }
    }

    @Override
    public Account applyDefaults(Account value) {
        UUID id = value.getId();
        if (id == null) {
            id = Ids.uuidV7();
            value.setId(id);
        }
        return value;
    }

    @Override
    public List<UpdateAction> defaultActions(boolean upsert) {
        List<UpdateAction> actions = new ArrayList<>();
        if (upsert) {
            actions.add(UpdateAction.setIfNotExists(AttributePath.of("account_id"),
                    encodeId(Ids.uuidV7())));
        }
        return actions;
    }

    private static AttributeValue encodeId(UUID value) {
        return Codecs.string(value.toString());
    }

    private static AttributeValue encodeEmail(String value) {
        return Codecs.string(value);
    }

    private static AttributeValue encodeActive(boolean value) {
        return Codecs.bool(value);
    }

    private static AttributeValue encodeBalanceCents(long value) {
        return Codecs.number(value);
    }

    private static AttributeValue encodeLogins(Integer value) {
        return Codecs.number(value);
    }

    /**
     * {@link Account} stored inside another item: typed paths to its fields.
     */
    public static final class Path extends DocumentAttribute<Account> {
        public Path(AttributePath path) {
            super(path, new Functions<>(5));
        }

        /**
         * Field {@code id}, stored as {@code account_id}.
         */
        public Attribute<UUID> id() {
            return new Attribute<>(path().child("account_id"), new Functions<>(0));
        }

        /**
         * Field {@code email}, stored as {@code email}.
         */
        public StringAttribute email() {
            return new StringAttribute(path().child("email"));
        }

        /**
         * Field {@code active}, stored as {@code active}.
         */
        public Attribute<Boolean> active() {
            return new Attribute<>(path().child("active"), new Functions<>(2));
        }

        /**
         * Field {@code balanceCents}, stored as {@code balance_cents}.
         */
        public ComparableAttribute<Long> balanceCents() {
            return new ComparableAttribute<>(path().child("balance_cents"), new Functions<>(3));
        }

        /**
         * Field {@code logins}, stored as {@code logins}.
         */
        public ComparableAttribute<Integer> logins() {
            return new ComparableAttribute<>(path().child("logins"), new Functions<>(4));
        }
    }

    /**
     * The encoders and element attributes of the attribute constants: one class for all, not a
     * lambda each, so that first use of the schema loads one class instead of spinning many.
     */
    private static final class Functions<V, R> implements Function<V, R> {
        private final int index;

        Functions(int index) {
            this.index = index;
        }

        @Override
        @SuppressWarnings("unchecked")
        public R apply(V input) {
            Object result = switch (index) {
                case 0 -> encodeId((UUID) input);
                case 1 -> encodeEmail((String) input);
                case 2 -> encodeActive((Boolean) input);
                case 3 -> encodeBalanceCents((Long) input);
                case 4 -> encodeLogins((Integer) input);
                case 5 -> AccountSchema.INSTANCE.toAttributeValue((Account) input);
                default -> throw new IllegalStateException("no function " + index);
            };
            return (R) result;
        }
    }
}
