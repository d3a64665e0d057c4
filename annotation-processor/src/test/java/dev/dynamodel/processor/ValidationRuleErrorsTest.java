package dev.dynamodel.processor;

import static dev.dynamodel.processor.RulesCompilation.compile;

import org.junit.jupiter.api.Test;

/** Misapplied validation annotations fail the build with the rule, on the line of the annotated element. */
class ValidationRuleErrorsTest {

    private static RulesCompilation entity(String components) {
        return compile("Bad", "@Entity public record Bad(@HashKey String id,\n" + components + ") {}\n"
                + "enum Colour { RED, GREEN }\n"
                + "class IntValidator implements Validator<Integer> { public boolean isValid(Integer v) { return true; } }\n"
                + "class NoConstructor implements Validator<String> { NoConstructor(int x) {} public boolean isValid(String v) { return true; } }\n");
    }

    @Test
    void pattern_onAnInteger_isAnError() {
        entity("@Pattern(regexp = \"[0-9]+\") Integer count")
                .assertError("[DYN100] @Pattern applies to strings; field count is java.lang.Integer", "Integer count")
                .assertNoCrash();
    }

    @Test
    void constraints_onTypesTheyDoNotFit_areErrors() {
        entity("@Min(1) String name").assertError("[DYN100] @Min applies to numbers; field name is java.lang.String", "String name");
        entity("@NotBlank List<String> tags").assertError("[DYN100] @NotBlank applies to strings", "List<String> tags");
        entity("@Size(max = 3) Integer n").assertError("[DYN100] @Size applies to strings, lists, sets, maps and binaries", "Integer n");
        entity("@Past String when").assertError("[DYN100] @Past applies to Instant, LocalDate", "String when");
        entity("@AssertTrue String flag").assertError("[DYN100] @AssertTrue applies to booleans", "String flag");
        entity("@Digits(integer = 2, fraction = 1) Double d").assertError("[DYN100] @Digits applies to integers, BigDecimal and BigInteger", "Double d");
        entity("@Email Colour c").assertError("[DYN100] @Email applies to strings", "Colour c");
        entity("@OneOf({\"a\"}) Integer code").assertError("[DYN100] @OneOf applies to strings and enums", "Integer code");
    }

    @Test
    void constraint_onAListElementOfTheWrongType_isAnError() {
        entity("List<@Email Integer> codes")
                .assertError("[DYN100] @Email applies to strings; an element of codes is java.lang.Integer", "codes");
        entity("Map<String, @Positive String> byName")
                .assertError("[DYN100] @Positive applies to numbers; a value of byName is", "byName");
    }

    @Test
    void nullChecks_onPrimitives_areErrors() {
        entity("@NotNull int count").assertError("[DYN101] @NotNull on field count can never fail: a primitive int is never null", "int count");
        entity("@Null boolean flag").assertError("[DYN101] @Null on field flag", "boolean flag");
    }

    @Test
    void badSizeBounds_areErrors() {
        entity("@Size(min = 5, max = 2) String s").assertError("[DYN102] @Size needs 0 <= min <= max; found min = 5, max = 2", "String s");
        entity("@Size(min = -1) String s").assertError("[DYN102] @Size needs 0 <= min <= max; found min = -1", "String s");
    }

    @Test
    void decimalBound_thatIsNotANumber_isAnError() {
        entity("@DecimalMin(\"abc\") BigDecimal price").assertError("[DYN103] @DecimalMin value \"abc\" is not a decimal number", "BigDecimal price");
    }

    @Test
    void pattern_thatDoesNotCompile_isAnError() {
        entity("@Pattern(regexp = \"[a-\") String s").assertError("[DYN104] @Pattern regexp does not compile", "String s");
        entity("@Email(regexp = \"(\") String s").assertError("[DYN104] @Email regexp does not compile", "String s");
    }

    @Test
    void negativeDigits_areErrors() {
        entity("@Digits(integer = -1, fraction = 0) BigDecimal p")
                .assertError("[DYN105] @Digits needs integer >= 0 and fraction >= 0", "BigDecimal p");
    }

    @Test
    void oneOf_withoutValues_orWithAMissingEnumConstant_isAnError() {
        entity("@OneOf({}) String s").assertError("[DYN106] @OneOf needs at least one value", "String s");
        entity("@OneOf({\"RED\", \"PINK\"}) Colour c").assertError("[DYN107] @OneOf value \"PINK\" is not a constant of enum Colour", "Colour c");
    }

    @Test
    void validator_ofAnotherType_isAnError() {
        entity("@ValidateWith(IntValidator.class) String s")
                .assertError("[DYN108] validator IntValidator checks java.lang.Integer, which does not accept java.lang.String", "String s");
    }

    @Test
    void validator_thatCannotBeCreated_isAnError() {
        entity("@ValidateWith(NoConstructor.class) String s")
                .assertError("[DYN109] validator NoConstructor must be a public, non-abstract class with an accessible no-argument constructor", "String s");
    }

    @Test
    void typeLevelValidator_ofAnotherType_isAnError() {
        compile("Bad", "@Entity @ValidateWith(IntValidator.class) public record Bad(@HashKey String id) {}\n"
                + "class IntValidator implements Validator<Integer> { public boolean isValid(Integer v) { return true; } }\n")
                .assertError("[DYN108] validator IntValidator checks java.lang.Integer, which does not accept test.Bad", "@Entity");
    }

    @Test
    void rule_onAnIgnoredField_isAnError() {
        entity("@Ignore @NotNull String cached").assertError("[DYN110] @NotNull on an @Ignore'd field is never applied", "String cached");
        entity("@Ignore @Default(\"x\") String cached").assertError("[DYN110] @Default on an @Ignore'd field", "String cached");
    }

    @Test
    void rawValidator_isRefusedByTheCompilerItself() {
        compile("Bad", "@Entity public record Bad(@HashKey String id, @ValidateWith(Raw.class) String s) {}\n"
                + "class Raw implements Validator { public boolean isValid(Object v) { return true; } }\n")
                .assertError("cannot be converted to java.lang.Class<? extends dev.dynamodel.Validator<?>>", "Raw.class");
    }

    @Test
    void everyRuleUsedWell_compiles() {
        compile("Good", """
                @Entity @ValidateWith(GoodRule.class)
                public record Good(
                        @HashKey @DefaultSupplier(Ids.class) String id,
                        @NotBlank @Email @Size(max = 100) String email,
                        @Pattern(regexp = "[a-z]+", flags = Pattern.Flag.CASE_INSENSITIVE) String word,
                        @Min(1) @Max(9) int level, @DecimalMin(value = "0", inclusive = false) BigDecimal price,
                        @Digits(integer = 5, fraction = 0) Long whole, @Positive BigInteger big, @NegativeOrZero short s,
                        @Past Instant at, @FutureOrPresent LocalDate day, @AssertFalse boolean off, @Null String gone,
                        @OneOf({"a", "b"}) String ab, @OneOf("RED") Colour red, @Default("GREEN") Colour colour,
                        @NotEmpty List<@NotNull @Size(min = 1) String> tags, Map<String, List<@Email String>> mails,
                        @ValidateWith(Even.class) Integer even, @Default(value = "7", force = true) int seven,
                        @Ttl @Default("2030-01-01T00:00:00Z") Instant expires, @Unknown Map<String, AttributeValue> rest) {}
                enum Colour { RED, GREEN }
                class Ids implements Supplier<String> { public String get() { return "x"; } }
                class Even implements Validator<Number> { public boolean isValid(Number n) { return n.intValue() % 2 == 0; } }
                class GoodRule implements Validator<Good> { public boolean isValid(Good g) { return true; } }
                """).assertSuccess();
    }
}
