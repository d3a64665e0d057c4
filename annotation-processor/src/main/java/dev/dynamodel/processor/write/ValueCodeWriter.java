package dev.dynamodel.processor.write;

import static dev.dynamodel.processor.write.RuntimeTypes.CODECS;
import static dev.dynamodel.processor.write.RuntimeTypes.TEMPORALS;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.ScalarKind;
import dev.dynamodel.processor.model.ValueType;

/**
 * The expressions that convert one value between its Java type and an {@code AttributeValue}.
 * Collections recurse with one lambda per level, its parameter named after the depth so that
 * nested lambdas never shadow each other.
 */
final class ValueCodeWriter {
    private final Names.Members members;

    ValueCodeWriter(Names.Members members) {
        this.members = members;
    }

    /** An expression of type {@code AttributeValue} for a non-null Java value. */
    CodeBlock encode(ValueType type, CodeBlock value, int depth) {
        if (type instanceof ValueType.Scalar scalar) {
            return encodeScalar(scalar, value);
        }
        String e = "e" + depth;
        if (isStringList(type)) {
            return CodeBlock.of("$T.stringList($L)", CODECS, value);
        }
        if (type instanceof ValueType.ListOf list) {
            return CodeBlock.of("$T.list($L,$W$L -> $L)", CODECS, value, e, encode(list.element(), CodeBlock.of(e), depth + 1));
        }
        if (type instanceof ValueType.MapOf map) {
            return CodeBlock.of("$T.map($L,$W$L -> $L)", CODECS, value, e, encode(map.value(), CodeBlock.of(e), depth + 1));
        }
        if (type instanceof ValueType.SetOf set) {
            String dynamoType = set.element().kind().dynamoType();
            if (dynamoType.equals("B")) {
                return CodeBlock.of("$T.binarySet($L)", CODECS, value);
            }
            String method = dynamoType.equals("N") ? "numberSet" : "stringSet";
            return CodeBlock.of("$T.$L($L,$W$L -> $L)", CODECS, method, value, e, setElementText(set.element(), CodeBlock.of(e)));
        }
        if (type instanceof ValueType.Converted converted) {
            return encode(converted.stored(), ConverterCode.toStored(converted, members.converter(converted.converter()), value),
                    depth);
        }
        ValueType.Nested nested = (ValueType.Nested) type;
        return CodeBlock.of("$T.INSTANCE.toAttributeValue($L)", nested.schema(), value);
    }

    /** An expression of the Java type for an {@code AttributeValue} that is present and not NULL. */
    CodeBlock decode(ValueType type, CodeBlock stored, int depth) {
        if (type instanceof ValueType.Scalar scalar) {
            return decodeScalar(scalar, stored);
        }
        String e = "e" + depth;
        if (isStringList(type)) {
            return CodeBlock.of("$T.toStringList($L)", CODECS, stored);
        }
        if (type instanceof ValueType.ListOf list) {
            return CodeBlock.of("$T.toList($L,$W$L -> $L)", CODECS, stored, e, decode(list.element(), CodeBlock.of(e), depth + 1));
        }
        if (type instanceof ValueType.MapOf map) {
            return CodeBlock.of("$T.toMap($L,$W$L -> $L)", CODECS, stored, e, decode(map.value(), CodeBlock.of(e), depth + 1));
        }
        if (type instanceof ValueType.SetOf set) {
            String dynamoType = set.element().kind().dynamoType();
            if (dynamoType.equals("B")) {
                return CodeBlock.of("$T.toBinarySet($L)", CODECS, stored);
            }
            String method = dynamoType.equals("N") ? "toNumberSet" : "toStringSet";
            return CodeBlock.of("$T.$L($L,$W$L -> $L)", CODECS, method, stored, e, setElementFromText(set.element(), CodeBlock.of(e)));
        }
        if (type instanceof ValueType.Converted converted) {
            return ConverterCode.fromStored(converted, members.converter(converted.converter()),
                    decode(converted.stored(), stored, depth));
        }
        ValueType.Nested nested = (ValueType.Nested) type;
        return CodeBlock.of("$T.INSTANCE.fromAttributeValue($L)", nested.schema(), stored);
    }

    /** {@code List<String>}, which has its own codec methods (see {@code Codecs.stringList}). */
    private static boolean isStringList(ValueType type) {
        return type instanceof ValueType.ListOf list
                && list.element() instanceof ValueType.Scalar element && element.kind() == ScalarKind.STRING;
    }

    private CodeBlock encodeScalar(ValueType.Scalar scalar, CodeBlock v) {
        return switch (scalar.kind()) {
            case STRING -> CodeBlock.of("$T.string($L)", CODECS, v);
            case CHAR -> CodeBlock.of("$T.character($L)", CODECS, v);
            case ENUM -> CodeBlock.of("$T.string($L.name())", CODECS, v);
            case UUID -> CodeBlock.of("$T.string($L.toString())", CODECS, v);
            case INSTANT -> CodeBlock.of("$T.instant($L)", TEMPORALS, v);
            case LOCAL_DATE -> CodeBlock.of("$T.localDate($L)", TEMPORALS, v);
            case LOCAL_DATE_TIME -> CodeBlock.of("$T.localDateTime($L)", TEMPORALS, v);
            case OFFSET_DATE_TIME -> CodeBlock.of("$T.offsetDateTime($L)", TEMPORALS, v);
            case BOOLEAN -> CodeBlock.of("$T.bool($L)", CODECS, v);
            case INT, LONG, SHORT, BYTE, DOUBLE, FLOAT, BIG_DECIMAL, BIG_INTEGER -> CodeBlock.of("$T.number($L)", CODECS, v);
            case BYTES -> CodeBlock.of("$T.bytes($L)", CODECS, v);
            case SDK_BYTES -> CodeBlock.of("$T.sdkBytes($L)", CODECS, v);
        };
    }

    private CodeBlock decodeScalar(ValueType.Scalar scalar, CodeBlock a) {
        TypeName type = scalar.javaType();
        return switch (scalar.kind()) {
            case STRING -> CodeBlock.of("$T.toString($L)", CODECS, a);
            case CHAR -> CodeBlock.of("$T.toChar($L)", CODECS, a);
            case ENUM -> CodeBlock.of("$T.toEnum($L, $T::valueOf)", CODECS, a, type);
            case UUID -> CodeBlock.of("$T.toUuid($L)", CODECS, a);
            case INSTANT -> CodeBlock.of("$T.toInstant($L)", TEMPORALS, a);
            case LOCAL_DATE -> CodeBlock.of("$T.toLocalDate($L)", TEMPORALS, a);
            case LOCAL_DATE_TIME -> CodeBlock.of("$T.toLocalDateTime($L)", TEMPORALS, a);
            case OFFSET_DATE_TIME -> CodeBlock.of("$T.toOffsetDateTime($L)", TEMPORALS, a);
            case BOOLEAN -> CodeBlock.of("$T.toBoolean($L)", CODECS, a);
            case INT -> CodeBlock.of("$T.toInt($L)", CODECS, a);
            case LONG -> CodeBlock.of("$T.toLong($L)", CODECS, a);
            case SHORT -> CodeBlock.of("$T.toShort($L)", CODECS, a);
            case BYTE -> CodeBlock.of("$T.toByte($L)", CODECS, a);
            case DOUBLE -> CodeBlock.of("$T.toDouble($L)", CODECS, a);
            case FLOAT -> CodeBlock.of("$T.toFloat($L)", CODECS, a);
            case BIG_DECIMAL -> CodeBlock.of("$T.toBigDecimal($L)", CODECS, a);
            case BIG_INTEGER -> CodeBlock.of("$T.toBigInteger($L)", CODECS, a);
            case BYTES -> CodeBlock.of("$T.toBytes($L)", CODECS, a);
            case SDK_BYTES -> CodeBlock.of("$T.toSdkBytes($L)", CODECS, a);
        };
    }

    /** A set element as the string DynamoDB keeps in an SS or NS. */
    private CodeBlock setElementText(ValueType.Scalar element, CodeBlock v) {
        return switch (element.kind()) {
            case STRING -> v;
            case ENUM -> CodeBlock.of("$L.name()", v);
            case CHAR -> CodeBlock.of("String.valueOf($L)", v);
            case INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, OFFSET_DATE_TIME -> CodeBlock.of("$L.s()", encodeScalar(element, v));
            case DOUBLE, FLOAT -> CodeBlock.of("$T.text($L)", CODECS, v);
            default -> CodeBlock.of("$L.toString()", v);
        };
    }

    /** A set element read back from its SS or NS string. */
    private CodeBlock setElementFromText(ValueType.Scalar element, CodeBlock s) {
        TypeName type = element.javaType();
        return switch (element.kind()) {
            case STRING -> s;
            case ENUM -> CodeBlock.of("$T.parseEnum($L, $T::valueOf)", CODECS, s, type);
            case CHAR -> CodeBlock.of("$T.toChar($T.string($L))", CODECS, CODECS, s);
            case UUID -> CodeBlock.of("$T.parseUuid($L)", CODECS, s);
            case INT -> CodeBlock.of("$T.parseInt($L)", CODECS, s);
            case LONG -> CodeBlock.of("$T.parseLong($L)", CODECS, s);
            case SHORT -> CodeBlock.of("$T.parseShort($L)", CODECS, s);
            case BYTE -> CodeBlock.of("$T.parseByte($L)", CODECS, s);
            case DOUBLE -> CodeBlock.of("$T.parseDouble($L)", CODECS, s);
            case FLOAT -> CodeBlock.of("$T.parseFloat($L)", CODECS, s);
            case BIG_DECIMAL -> CodeBlock.of("$T.parseBigDecimal($L)", CODECS, s);
            case BIG_INTEGER -> CodeBlock.of("$T.parseBigInteger($L)", CODECS, s);
            case INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, OFFSET_DATE_TIME ->
                    decodeScalar(element, CodeBlock.of("$T.string($L)", CODECS, s));
            case BOOLEAN, BYTES, SDK_BYTES -> throw new IllegalStateException("not a string or number set element: " + element);
        };
    }
}
