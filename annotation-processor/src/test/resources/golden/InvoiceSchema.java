package fixtures;

import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.convert.EpochSecondsConverter;
import dev.dynamodel.schema.Attribute;
import dev.dynamodel.schema.ComparableAttribute;
import dev.dynamodel.schema.DocumentAttribute;
import dev.dynamodel.schema.EntitySchema;
import dev.dynamodel.schema.KeyAttribute;
import dev.dynamodel.schema.ListAttribute;
import dev.dynamodel.schema.StringAttribute;
import dev.dynamodel.schema.WriteKind;
import dev.dynamodel.support.Checks;
import dev.dynamodel.support.Codecs;
import dev.dynamodel.support.Keys;
import dev.dynamodel.support.ReadFailures;
import dev.dynamodel.support.UpdateAction;
import dev.dynamodel.support.Violations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Schema of {@link Invoice}: typed attribute constants and the conversion to and from items.
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class InvoiceSchema implements EntitySchema<Invoice> {
    /**
     * The one instance; the schema holds no state.
     */
    public static final InvoiceSchema INSTANCE = new InvoiceSchema();

    private static final Invoice.CentsConverter convert_Invoice_CentsConverter = new Invoice.CentsConverter();

    private static final EpochSecondsConverter convert_EpochSecondsConverter = new EpochSecondsConverter();

    /**
     * Attribute {@code id}.
     */
    public static final StringAttribute ID = new StringAttribute(AttributePath.of("id"));

    /**
     * Attribute {@code customer}.
     */
    public static final StringAttribute CUSTOMER = new StringAttribute(AttributePath.of("customer"));

    /**
     * Attribute {@code total}.
     */
    public static final Attribute<Long> TOTAL = new Attribute<>(AttributePath.of("total"),
            new Functions<>(2));

    /**
     * Attribute {@code currency}.
     */
    public static final StringAttribute CURRENCY = new StringAttribute(AttributePath.of("currency"));

    /**
     * Attribute {@code lines}.
     */
    public static final ListAttribute<String, StringAttribute> LINES = linesAt(AttributePath.of("lines"));

    /**
     * Attribute {@code expiresAt}.
     */
    public static final Attribute<Instant> EXPIRES_AT = new Attribute<>(
            AttributePath.of("expiresAt"), new Functions<>(4));

    /**
     * Attribute {@code createdAt}.
     */
    public static final ComparableAttribute<Long> CREATED_AT = new ComparableAttribute<>(
            AttributePath.of("createdAt"), new Functions<>(5));

    /**
     * Attribute {@code updatedAt}.
     */
    public static final ComparableAttribute<Long> UPDATED_AT = new ComparableAttribute<>(
            AttributePath.of("updatedAt"), new Functions<>(6));

    /**
     * Attribute {@code version}.
     */
    public static final ComparableAttribute<Long> VERSION = new ComparableAttribute<>(
            AttributePath.of("version"), new Functions<>(7));

    private static final KeyAttribute HASH_KEY = new KeyAttribute("id", ScalarAttributeType.S);

    private static final Optional<KeyAttribute> RANGE_KEY = Optional.empty();

    private static final Pattern pattern_1 = Pattern.compile("INV-[0-9]+");

    private InvoiceSchema() {
    }

    @Override
    public String entityName() {
        return "Invoice";
    }

    @Override
    public String tableName() {
        return "invoices";
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
     * The key of the {@link Invoice} with these key values.
     *
     * @throws IllegalArgumentException if a key value is null or empty
     */
    public Map<String, AttributeValue> key(String id) {
        Map<String, AttributeValue> key = new HashMap<>(2);
        key.put("id", encodeId(Keys.require("Invoice", "id", id)));
        return key;
    }

    @Override
    public Map<String, AttributeValue> keyOf(Invoice entity) {
        return key(entity.id());
    }

    @Override
    public Optional<String> versionAttribute() {
        return Optional.of("version");
    }

    @Override
    public Long versionOf(Invoice entity) {
        return entity.version() == null ? null : entity.version().longValue();
    }

    @Override
    public Invoice withVersion(Invoice entity, long version) {
        return new Invoice(entity.id(), entity.customer(), entity.total(), entity.currency(),
                entity.lines(), entity.expiresAt(), entity.createdAt(), entity.updatedAt(),
                version);
    }

    @Override
    public Map<String, AttributeValue> toItem(Invoice value) {
        Map<String, AttributeValue> item = new HashMap<>(13);
        String id = value.id();
        if (id != null) {
            item.put("id", encodeId(id));
        }
        String customer = value.customer();
        if (customer != null) {
            item.put("customer", encodeCustomer(customer));
        }
        Long total = value.total();
        if (total != null) {
            item.put("total", encodeTotal(total));
        }
        String currency = value.currency();
        if (currency != null) {
            item.put("currency", encodeCurrency(currency));
        }
        List<String> lines = value.lines();
        if (lines != null) {
            item.put("lines", encodeLines(lines));
        }
        Instant expiresAt = value.expiresAt();
        if (expiresAt != null) {
            item.put("expiresAt", encodeExpiresAt(expiresAt));
        }
        Long createdAt = value.createdAt();
        if (createdAt != null) {
            item.put("createdAt", encodeCreatedAt(createdAt));
        }
        Long updatedAt = value.updatedAt();
        if (updatedAt != null) {
            item.put("updatedAt", encodeUpdatedAt(updatedAt));
        }
        Long version = value.version();
        if (version != null) {
            item.put("version", encodeVersion(version));
        }
        return item;
    }

    @Override
    public Invoice fromItem(Map<String, AttributeValue> item) {
        AttributeValue stored;
        String reading = null;
        try {
            reading = "id";
            stored = item.get("id");
            String id = Codecs.absent(stored) ? null : Codecs.toString(stored);
            reading = "customer";
            stored = item.get("customer");
            String customer = Codecs.absent(stored) ? null : Codecs.toString(stored);
            reading = "total";
            stored = item.get("total");
            Long total = Codecs.absent(stored) ? null
                    : convert_Invoice_CentsConverter.fromStored(Codecs.toString(stored));
            reading = "currency";
            stored = item.get("currency");
            String currency = Codecs.absent(stored) ? null : Codecs.toString(stored);
            reading = "lines";
            stored = item.get("lines");
            List<String> lines = Codecs.absent(stored) ? null : Codecs.toStringList(stored);
            reading = "expiresAt";
            stored = item.get("expiresAt");
            Instant expiresAt = Codecs.absent(stored) ? null
                    : convert_EpochSecondsConverter.fromStored(Codecs.toLong(stored));
            reading = "createdAt";
            stored = item.get("createdAt");
            Long createdAt = Codecs.absent(stored) ? null : Codecs.toLong(stored);
            reading = "updatedAt";
            stored = item.get("updatedAt");
            Long updatedAt = Codecs.absent(stored) ? null : Codecs.toLong(stored);
            reading = "version";
            stored = item.get("version");
            Long version = Codecs.absent(stored) ? null : Codecs.toLong(stored);
            reading = null;
            return new Invoice(id, customer, total, currency, lines, expiresAt, createdAt,
                    updatedAt, version);
        } catch (RuntimeException failure) {
            throw ReadFailures.reading(reading, failure);
        }
    }

    @Override
    public Invoice applyDefaults(Invoice value) {
        boolean changed = false;
        String currency = value.currency();
        if (currency == null) {
            currency = "EUR";
            changed = true;
        }
        return changed ? new Invoice(value.id(), value.customer(), value.total(), currency,
                value.lines(), value.expiresAt(), value.createdAt(), value.updatedAt(),
                value.version()) : value;
    }

    @Override
    public List<UpdateAction> defaultActions(boolean upsert) {
        List<UpdateAction> actions = new ArrayList<>();
        if (upsert) {
            actions.add(UpdateAction.setIfNotExists(AttributePath.of("currency"),
                    encodeCurrency("EUR")));
        }
        return actions;
    }

    @Override
    public List<String> requiredAttributes() {
        return List.of("customer");
    }

    @Override
    public void validate(Invoice value, Violations violations) {
        checkId(value.id(), violations);
        checkCustomer(value.customer(), violations);
        checkTotal(value.total(), violations);
        checkCurrency(value.currency(), violations);
        checkLines(value.lines(), violations);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void validateAttribute(String name, Object value, Violations violations) {
        switch (name) {
            case "id" -> checkId((String) value, violations);
            case "customer" -> checkCustomer((String) value, violations);
            case "total" -> checkTotal((Long) value, violations);
            case "currency" -> checkCurrency((String) value, violations);
            case "lines" -> checkLines((List<String>) value, violations);
        }
    }

    private static void checkId(String value, Violations violations) {
        if (value != null) {
            if (!pattern_1.matcher(value).matches()) {
                violations.add("id", "Pattern", "must match \"INV-[0-9]+\"");
            }
        }
    }

    private static void checkCustomer(String value, Violations violations) {
        if (value == null) {
            violations.add("customer", "NotBlank", "must not be blank");
        } else {
            if (value.isBlank()) {
                violations.add("customer", "NotBlank", "must not be blank");
            }
            if (!Checks.isEmail(value)) {
                violations.add("customer", "Email", "must be a well-formed email address");
            }
        }
    }

    private static void checkTotal(Long value, Violations violations) {
        if (value != null) {
            if (value < 0L) {
                violations.add("total", "Min", "must be greater than or equal to 0");
            }
        }
    }

    private static void checkCurrency(String value, Violations violations) {
        if (value != null) {
            if (value.length() < 3 || value.length() > 3) {
                violations.add("currency", "Size", "size must be between 3 and 3");
            }
        }
    }

    private static void checkLines(List<String> value, Violations violations) {
        if (value != null) {
            if (value.size() > 10) {
                violations.add("lines", "Size", "size must be at most 10");
            }
            violations.enter("lines");
            int i0 = 0;
            for (String e0 : value) {
                if (e0 == null) {
                    violations.addAt(i0, "NotBlank", "must not be blank");
                } else {
                    if (e0.isBlank()) {
                        violations.addAt(i0, "NotBlank", "must not be blank");
                    }
                }
                i0++;
            }
            violations.leave();
        }
    }

    @Override
    public Invoice applyTimestamps(Invoice entity, WriteKind kind, Instant now) {
        Long createdAt = entity.createdAt();
        if (kind == WriteKind.CREATE || kind == WriteKind.SAVE && createdAt == null) {
            createdAt = now.toEpochMilli();
        }
        Long updatedAt = now.toEpochMilli();
        return new Invoice(entity.id(), entity.customer(), entity.total(), entity.currency(),
                entity.lines(), entity.expiresAt(), createdAt, updatedAt, entity.version());
    }

    @Override
    public List<UpdateAction> timestampActions(Instant now) {
        List<UpdateAction> actions = new ArrayList<>(2);
        actions.add(UpdateAction.setIfNotExists(AttributePath.of("createdAt"),
                encodeCreatedAt(now.toEpochMilli())));
        actions.add(UpdateAction.set(AttributePath.of("updatedAt"),
                encodeUpdatedAt(now.toEpochMilli())));
        return actions;
    }

    @Override
    public Optional<String> ttlAttribute() {
        return Optional.of("expiresAt");
    }

    private static AttributeValue encodeId(String value) {
        return Codecs.string(value);
    }

    private static AttributeValue encodeCustomer(String value) {
        return Codecs.string(value);
    }

    private static AttributeValue encodeTotal(Long value) {
        return Codecs.string(convert_Invoice_CentsConverter.toStored(value));
    }

    private static AttributeValue encodeCurrency(String value) {
        return Codecs.string(value);
    }

    private static AttributeValue encodeLines(List<String> value) {
        return Codecs.stringList(value);
    }

    private static ListAttribute<String, StringAttribute> linesAt(AttributePath path) {
        return new ListAttribute<>(path, new Functions<>(9), new Functions<>(11));
    }

    private static AttributeValue encodeExpiresAt(Instant value) {
        return Codecs.number(convert_EpochSecondsConverter.toStored(value));
    }

    private static AttributeValue encodeCreatedAt(Long value) {
        return Codecs.number(value);
    }

    private static AttributeValue encodeUpdatedAt(Long value) {
        return Codecs.number(value);
    }

    private static AttributeValue encodeVersion(Long value) {
        return Codecs.number(value);
    }

    /**
     * {@link Invoice} stored inside another item: typed paths to its fields.
     */
    public static final class Path extends DocumentAttribute<Invoice> {
        public Path(AttributePath path) {
            super(path, new Functions<>(8));
        }

        /**
         * Field {@code id}, stored as {@code id}.
         */
        public StringAttribute id() {
            return new StringAttribute(path().child("id"));
        }

        /**
         * Field {@code customer}, stored as {@code customer}.
         */
        public StringAttribute customer() {
            return new StringAttribute(path().child("customer"));
        }

        /**
         * Field {@code total}, stored as {@code total}.
         */
        public Attribute<Long> total() {
            return new Attribute<>(path().child("total"), new Functions<>(2));
        }

        /**
         * Field {@code currency}, stored as {@code currency}.
         */
        public StringAttribute currency() {
            return new StringAttribute(path().child("currency"));
        }

        /**
         * Field {@code lines}, stored as {@code lines}.
         */
        public ListAttribute<String, StringAttribute> lines() {
            return InvoiceSchema.linesAt(path().child("lines"));
        }

        /**
         * Field {@code expiresAt}, stored as {@code expiresAt}.
         */
        public Attribute<Instant> expiresAt() {
            return new Attribute<>(path().child("expiresAt"), new Functions<>(4));
        }

        /**
         * Field {@code createdAt}, stored as {@code createdAt}.
         */
        public ComparableAttribute<Long> createdAt() {
            return new ComparableAttribute<>(path().child("createdAt"), new Functions<>(5));
        }

        /**
         * Field {@code updatedAt}, stored as {@code updatedAt}.
         */
        public ComparableAttribute<Long> updatedAt() {
            return new ComparableAttribute<>(path().child("updatedAt"), new Functions<>(6));
        }

        /**
         * Field {@code version}, stored as {@code version}.
         */
        public ComparableAttribute<Long> version() {
            return new ComparableAttribute<>(path().child("version"), new Functions<>(7));
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
                case 0 -> encodeId((String) input);
                case 1 -> encodeCustomer((String) input);
                case 2 -> encodeTotal((Long) input);
                case 3 -> encodeCurrency((String) input);
                case 4 -> encodeExpiresAt((Instant) input);
                case 5 -> encodeCreatedAt((Long) input);
                case 6 -> encodeUpdatedAt((Long) input);
                case 7 -> encodeVersion((Long) input);
                case 8 -> InvoiceSchema.INSTANCE.toAttributeValue((Invoice) input);
                case 9 -> encodeLines((List<String>) input);
                case 10 -> Codecs.string(((String) input));
                case 11 -> new StringAttribute((AttributePath) input);
                default -> throw new IllegalStateException("no function " + index);
            };
            return (R) result;
        }
    }
}
