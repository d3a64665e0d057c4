package dev.dynamodel.processor;

import static dev.dynamodel.processor.RulesCompilation.compile;

import org.junit.jupiter.api.Test;

/**
 * Misapplied defaults, converters, timestamps, TTL and catch-all annotations fail the build with
 * the rule, on the line of the annotated element.
 */
class WriteRuleErrorsTest {
    private static final String HELPERS = """
            enum Colour { RED, GREEN }
            record Money(String currency, BigDecimal amount) {}
            class MoneyConverter implements AttributeConverter<Money, String> {
                public String toStored(Money m) { return m.currency(); }
                public Money fromStored(String s) { return new Money(s, BigDecimal.ZERO); }
            }
            class OtherMoneyConverter implements AttributeConverter<Money, Long> {
                public Long toStored(Money m) { return 1L; }
                public Money fromStored(Long s) { return null; }
            }
            class ObjectConverter implements AttributeConverter<Money, Object> {
                public Object toStored(Money m) { return m; }
                public Money fromStored(Object s) { return null; }
            }
            abstract class AbstractConverter implements AttributeConverter<Money, String> {}
            class Numbers implements Supplier<Integer> { public Integer get() { return 1; } }
            class Texts implements Supplier<String> { public String get() { return "t"; } }
            class FromOther implements Function<Colour, String> { public String apply(Colour c) { return c.name(); } }
            class Hidden implements Supplier<String> { private Hidden() {} public String get() { return ""; } }
            """;

    private static RulesCompilation entity(String components) {
        return compile("Bad", "@Entity public record Bad(@HashKey String id,\n" + components + ") {}\n" + HELPERS);
    }

    private static RulesCompilation entity(String typeAnnotations, String components) {
        return compile("Bad", typeAnnotations + "\n@Entity public record Bad(@HashKey String id,\n" + components + ") {}\n" + HELPERS);
    }

    // ---- defaults

    @Test
    void default_onATypeWithoutConstants_isAnError() {
        entity("@Default(\"x\") List<String> names")
                .assertError("[DYN120] @Default applies to strings, characters, booleans, numbers, enums, UUIDs and date-times; "
                        + "names is java.util.List<java.lang.String>: use @DefaultSupplier", "List<String> names")
                .assertNoCrash();
        entity("@Default(\"x\") byte[] data").assertError("[DYN120]", "byte[] data");
    }

    @Test
    void default_thatDoesNotParseForTheType_isAnError() {
        entity("@Default(\"abc\") Integer count").assertError("[DYN121] @Default(\"abc\") is not a valid java.lang.Integer", "Integer count");
        entity("@Default(\"300\") Byte small").assertError("[DYN121] @Default(\"300\") is not a valid java.lang.Byte", "Byte small");
        entity("@Default(\"PINK\") Colour colour")
                .assertError("[DYN121] @Default(\"PINK\") is not a valid test.Colour: the constants are [RED, GREEN]", "Colour colour");
        entity("@Default(\"2024-13-01\") LocalDate day").assertError("[DYN121] @Default(\"2024-13-01\") is not a valid java.time.LocalDate", "LocalDate day");
        entity("@Default(\"yes\") Boolean flag").assertError("[DYN121] @Default(\"yes\") is not a valid java.lang.Boolean: write true or false", "Boolean flag");
        entity("@Default(\"ab\") Character c").assertError("[DYN121] @Default(\"ab\") is not a valid java.lang.Character", "Character c");
        entity("@Default(\"NaN\") Double d").assertError("[DYN121] @Default(\"NaN\") is not a valid java.lang.Double: DynamoDB stores only finite numbers", "Double d");
        entity("@Default(\"1-1-1-1-1\") UUID u").assertError("[DYN121] @Default(\"1-1-1-1-1\") is not a valid java.util.UUID", "UUID u");
        entity("@Default(\"1.5\") BigInteger big").assertError("[DYN121] @Default(\"1.5\") is not a valid java.math.BigInteger", "BigInteger big");
    }

    @Test
    void nonForcedDefault_onAPrimitive_isAnError() {
        entity("@Default(\"1\") int count")
                .assertError("[DYN122] @Default on primitive count never applies, since a primitive is never null: "
                        + "use force = true, or its wrapper type", "int count");
        entity("@DefaultSupplier(Numbers.class) int count").assertError("[DYN122] @DefaultSupplier on primitive count", "int count");
    }

    @Test
    void twoDefaults_areAnError() {
        entity("@Default(\"a\") @DefaultSupplier(Texts.class) String s")
                .assertError("[DYN123] a field takes one default: @Default, @DefaultSupplier or @AutoId, not two", "String s");
    }

    @Test
    void autoId_onANonStringKey_isAnError() {
        compile("Bad", "@Entity public record Bad(\n@HashKey @AutoId(IdKind.UUID_V4) Long id) {}")
                .assertError("[DYN126] @AutoId(UUID_V4) makes a UUID; id is java.lang.Long: declare it String or "
                        + "java.util.UUID", "Long id")
                .assertNoCrash();
        compile("Bad", "@Entity public record Bad(\n@HashKey @AutoId(IdKind.ULID) UUID id) {}")
                .assertError("[DYN126] @AutoId(ULID) makes text; id is java.util.UUID: declare it String", "UUID id");
    }

    @Test
    void autoId_onStringAndUuidFields_compiles() {
        compile("Good", "@Entity public record Good(@HashKey @AutoId(IdKind.ULID) String id,\n"
                + "@AutoId(IdKind.UUID_V7) UUID trace, @AutoId(IdKind.UUID_V4) String token) {}").assertSuccess();
    }

    @Test
    void autoId_besideAnotherDefault_isAnError() {
        entity("@AutoId(IdKind.UUID_V7) @Default(\"x\") String s")
                .assertError("[DYN123] a field takes one default: @Default, @DefaultSupplier or @AutoId, not two", "String s");
    }

    @Test
    void supplier_ofTheWrongType_isAnError() {
        entity("@DefaultSupplier(Numbers.class) String s")
                .assertError("[DYN124] @DefaultSupplier class Numbers must implement Supplier<V> or Function<Bad, V>, "
                        + "with V assignable to java.lang.String", "String s");
        entity("@DefaultSupplier(FromOther.class) String s").assertError("[DYN124] @DefaultSupplier class FromOther", "String s");
    }

    @Test
    void supplier_thatCannotBeCreated_isAnError() {
        entity("@DefaultSupplier(Hidden.class) String s")
                .assertError("[DYN109] default supplier Hidden must be a public, non-abstract class", "String s");
    }

    // ---- converters

    @Test
    void converter_forATypeNotInTheField_isAnError() {
        entity("@Convert(MoneyConverter.class) String price")
                .assertError("[DYN132] converter MoneyConverter converts test.Money, which does not occur in the type "
                        + "java.lang.String of price", "String price")
                .assertNoCrash();
    }

    @Test
    void converter_storingAnUnstorableType_isAnError() {
        entity("@Convert(ObjectConverter.class) Money price")
                .assertError("[DYN131] converter ObjectConverter stores java.lang.Object, which cannot be stored", "Money price");
    }

    @Test
    void converter_thatCannotBeCreated_isAnError() {
        entity("@Convert(AbstractConverter.class) Money price")
                .assertError("[DYN109] converter AbstractConverter must be a public, non-abstract class", "Money price");
    }

    @Test
    void twoConverters_forOneType_areAnError() {
        entity("@Convert({MoneyConverter.class, OtherMoneyConverter.class})", "Money price")
                .assertError("[DYN133] converters MoneyConverter and OtherMoneyConverter both convert test.Money; keep one",
                        "@Convert({MoneyConverter.class");
    }

    @Test
    void userType_withoutAConverter_cannotBeStored() {
        entity("Money price").assertError("[DYN005] type test.Money of price cannot be stored", "Money price");
    }

    @Test
    void rawConverter_isRefusedByTheCompilerItself() {
        compile("Bad", "@Entity public record Bad(@HashKey String id, @Convert(Raw.class) Object thing) {}\n"
                + "class Raw implements AttributeConverter {\n"
                + "    public Object toStored(Object o) { return o; }\n"
                + "    public Object fromStored(Object o) { return o; }\n"
                + "}\n")
                .assertError("cannot be converted to java.lang.Class<? extends dev.dynamodel.AttributeConverter<?,?>>", "Raw.class");
    }

    // ---- timestamps

    @Test
    void timestamps_onADocument_isAnError() {
        compile("Bad", "@Document @Timestamps public record Bad(Instant createdAt, Instant updatedAt) {}")
                .assertError("[DYN140] @Timestamps is only meaningful on an @Entity; Bad is a @Document", "@Document");
    }

    @Test
    void timestamps_namingAMissingField_isAnError() {
        entity("@Timestamps(createdAt = \"created\")", "Instant updatedAt")
                .assertError("[DYN141] @Timestamps createdAt = \"created\" names no stored field of Bad", "@Timestamps");
    }

    @Test
    void timestampField_ofTheWrongType_isAnError() {
        entity("@Timestamps", "String createdAt, Instant updatedAt")
                .assertError("[DYN142] timestamp field createdAt must be Instant, long or Long; it is java.lang.String", "String createdAt");
    }

    @Test
    void isoTimestamps_onALong_isAnError() {
        entity("@Timestamps(storage = TimestampStorage.ISO_8601)", "long createdAt, Instant updatedAt")
                .assertError("[DYN143] ISO_8601 storage needs an Instant field; createdAt is long", "long createdAt");
    }

    @Test
    void createdAtAndUpdatedAt_onOneField_isAnError() {
        entity("@Timestamps(createdAt = \"at\", updatedAt = \"at\")", "Instant at")
                .assertError("[DYN144] @Timestamps createdAt and updatedAt must name different fields; both name at", "@Timestamps");
    }

    @Test
    void rules_onATimestampField_areErrors() {
        entity("@Timestamps", "@NotNull Instant createdAt, Instant updatedAt")
                .assertError("[DYN145] @NotNull cannot be on createdAt: @Timestamps sets and stores its value on every write",
                        "Instant createdAt");
        entity("@Timestamps", "Instant createdAt, @Default(\"2020-01-01T00:00:00Z\") Instant updatedAt")
                .assertError("[DYN145] @Default cannot be on updatedAt", "Instant updatedAt");
    }

    // ---- TTL

    @Test
    void ttl_onADocument_isAnError() {
        compile("Bad", "@Document public record Bad(@Ttl Instant expires) {}")
                .assertError("[DYN150] @Ttl is only meaningful on an @Entity; Bad is a @Document", "Instant expires");
    }

    @Test
    void ttl_ofTheWrongType_isAnError() {
        entity("@Ttl String expires").assertError("[DYN151] @Ttl field expires must be Instant, long or Long (epoch seconds); "
                + "it is java.lang.String", "String expires");
        entity("@Ttl LocalDate expires").assertError("[DYN151]", "LocalDate expires");
    }

    @Test
    void twoTtls_areAnError() {
        entity("@Ttl Instant first,\n@Ttl long second")
                .assertError("[DYN152] an @Entity has at most one @Ttl field; first already has it", "long second");
    }

    @Test
    void ttl_onAKey_isAnError() {
        entity("@RangeKey @Ttl long expires").assertError("[DYN153] @Ttl cannot be on a key attribute", "long expires");
    }

    @Test
    void converter_onATtlField_isAnError() {
        entity("@Ttl @Convert(EpochMillisConverter.class) Instant expires")
                .assertError("[DYN145] @Convert cannot be on expires: @Ttl stores it as epoch seconds", "Instant expires");
    }

    // ---- unknown attributes

    @Test
    void unknown_ofTheWrongType_isAnError() {
        entity("@Unknown Map<String, String> rest")
                .assertError("[DYN160] @Unknown field rest must be Map<String, AttributeValue>; it is "
                        + "java.util.Map<java.lang.String, java.lang.String>", "Map<String, String> rest");
    }

    @Test
    void twoUnknowns_areAnError() {
        entity("@Unknown Map<String, AttributeValue> one,\n@Unknown Map<String, AttributeValue> two")
                .assertError("[DYN161] a type has at most one @Unknown field; one already has it", "two");
    }

    @Test
    void unknown_withAnotherDynamodelAnnotation_isAnError() {
        entity("@Unknown @Attribute(\"x\") Map<String, AttributeValue> rest")
                .assertError("[DYN162] @Unknown cannot be combined with @Attribute", "rest");
        entity("@Unknown @NotEmpty Map<String, AttributeValue> rest")
                .assertError("[DYN162] @Unknown cannot be combined with @NotEmpty", "rest");
    }

    @Test
    void unknown_thatGeneratedCodeCannotSet_isAnError() {
        compile("Bad", """
                @Entity
                public class Bad {
                    @HashKey String id;
                    @Unknown private Map<String, AttributeValue> rest;
                    public Map<String, AttributeValue> getRest() { return rest; }
                }
                """).assertError("[DYN163] @Unknown field rest must be readable and writable by generated code", "rest;");
    }
}
