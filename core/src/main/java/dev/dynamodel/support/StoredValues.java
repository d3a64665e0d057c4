package dev.dynamodel.support;

import dev.dynamodel.exception.ValidationException;
import dev.dynamodel.exception.Violation;
import dev.dynamodel.condition.AttributePath;
import dev.dynamodel.support.Violations;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What DynamoDB refuses in a value that Java's types allow, checked on the converted value just
 * before a write is sent: text that is not valid Unicode (an unpaired UTF-16 surrogate has no UTF-8
 * form, and DynamoDB stores UTF-8), nesting deeper than {@value #MAX_LEVELS} levels, and null set
 * elements (a set has no {@code NULL}). Every write path comes here: whole items through
 * {@code internal.EntityWrites}, the values of updates through {@code internal.UpdateRules}; key values are checked
 * when a key is made ({@link Keys#require}).
 *
 * <p>For generated code only: not an API, may change in any release without notice.
 *
 * <p>A valid value costs one walk that allocates nothing (a scan of each string for surrogates);
 * paths are built only when something is wrong, by a second walk that lists every problem.
 */
public final class StoredValues {
    /** DynamoDB's nesting limit, counting the item: an attribute holds maps and lists 31 deep. */
    public static final int MAX_LEVELS = 32;

    public static final String DEPTH_RULE = "Depth";
    public static final String DEPTH_MESSAGE = "is nested deeper than DynamoDB allows (" + MAX_LEVELS
            + " levels of maps and lists, counting the item)";
    private static final String TEXT_RULE = "Unicode";
    private static final String TEXT_MESSAGE = "must be valid Unicode: it holds an unpaired UTF-16 surrogate, "
            + "which has no UTF-8 form";
    private static final String KEY_MESSAGE = "has a key that is not valid Unicode: it holds an unpaired UTF-16 "
            + "surrogate, which has no UTF-8 form";
    private static final String NAME_MESSAGE = "has an attribute name that is not valid Unicode: it holds an unpaired "
            + "UTF-16 surrogate, which has no UTF-8 form";
    private static final String NULL_RULE = "NotNull";
    private static final String NULL_MESSAGE = "must not be null: a DynamoDB set cannot hold null";

    /** Containers an attribute value can hold, itself included. */
    private static final int MAX_CONTAINERS = MAX_LEVELS - 1;

    private StoredValues() {
    }

    /**
     * Whether a string is valid Unicode, which is what DynamoDB's UTF-8 needs: every surrogate is
     * half of a pair. A scan of the characters, allocating nothing.
     */
    public static boolean isValidText(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == n || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** The violation of a key value that is not valid text, or null when it is fine. */
    static Violation textOfKey(String attribute, Object value) {
        boolean invalid = value instanceof String s ? !isValidText(s)
                : value instanceof Character c && Character.isSurrogate(c);
        return invalid ? new Violation(attribute, TEXT_RULE, TEXT_MESSAGE) : null;
    }

    /**
     * Checks an item about to be written.
     *
     * @throws ValidationException naming the path of every value DynamoDB would refuse
     */
    public static void check(String entity, Map<String, AttributeValue> item) {
        if (!storable(item)) {
            throw new ValidationException(entity, violations(item));
        }
    }

    /** Adds a violation for each problem of a value an update writes at {@code path}. */
    public static void check(AttributePath path, AttributeValue value, Violations violations) {
        List<Object> segments = path.segments();
        int enclosing = segments.size() - 1;
        if (storable(value, enclosing)) {
            return;
        }
        for (Object segment : segments) {
            if (segment instanceof String name) {
                violations.enter(name);
            } else {
                violations.enterIndex((Integer) segment);
            }
        }
        report(value, enclosing, violations);
        for (int i = 0; i < segments.size(); i++) {
            violations.leave();
        }
    }

    /** Every problem of an item, with its path; empty when there is none. */
    static List<Violation> violations(Map<String, AttributeValue> item) {
        Violations violations = new Violations(Clock.systemUTC());
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            if (!isValidText(attribute.getKey())) {
                violations.addHere(TEXT_RULE, NAME_MESSAGE);
                continue;
            }
            violations.enter(attribute.getKey());
            report(attribute.getValue(), 0, violations);
            violations.leave();
        }
        return violations.list();
    }

    // ---- the fast walk: a yes or no

    private static boolean storable(Map<String, AttributeValue> item) {
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            if (!isValidText(attribute.getKey()) || !storable(attribute.getValue(), 0)) {
                return false;
            }
        }
        return true;
    }

    /** @param enclosing how many maps and lists hold the value */
    private static boolean storable(AttributeValue value, int enclosing) {
        switch (value.type()) {
            case S:
                return isValidText(value.s());
            case SS:
                for (String element : value.ss()) {
                    if (element == null || !isValidText(element)) {
                        return false;
                    }
                }
                return true;
            case NS:
                return noNull(value.ns());
            case BS:
                return noNull(value.bs());
            case M:
                if (enclosing == MAX_CONTAINERS) {
                    return false;
                }
                for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
                    if (!isValidText(entry.getKey()) || !storable(entry.getValue(), enclosing + 1)) {
                        return false;
                    }
                }
                return true;
            case L:
                if (enclosing == MAX_CONTAINERS) {
                    return false;
                }
                for (AttributeValue element : value.l()) {
                    if (!storable(element, enclosing + 1)) {
                        return false;
                    }
                }
                return true;
            default:
                return true;
        }
    }

    private static boolean noNull(List<?> elements) {
        for (Object element : elements) {
            if (element == null) {
                return false;
            }
        }
        return true;
    }

    // ---- the slow walk: every problem, with its path

    private static void report(AttributeValue value, int enclosing, Violations violations) {
        switch (value.type()) {
            case S:
                if (!isValidText(value.s())) {
                    violations.addHere(TEXT_RULE, TEXT_MESSAGE);
                }
                break;
            case SS:
                List<String> strings = value.ss();
                for (int i = 0; i < strings.size(); i++) {
                    if (strings.get(i) == null) {
                        violations.addAt(i, NULL_RULE, NULL_MESSAGE);
                    } else if (!isValidText(strings.get(i))) {
                        violations.addAt(i, TEXT_RULE, TEXT_MESSAGE);
                    }
                }
                break;
            case NS:
                nullElements(value.ns(), violations);
                break;
            case BS:
                nullElements(value.bs(), violations);
                break;
            case M:
                if (enclosing == MAX_CONTAINERS) {
                    violations.addHere(DEPTH_RULE, DEPTH_MESSAGE);
                    break;
                }
                for (Map.Entry<String, AttributeValue> entry : value.m().entrySet()) {
                    if (!isValidText(entry.getKey())) {
                        violations.addHere(TEXT_RULE, KEY_MESSAGE);
                        continue;
                    }
                    violations.enter(entry.getKey());
                    report(entry.getValue(), enclosing + 1, violations);
                    violations.leave();
                }
                break;
            case L:
                if (enclosing == MAX_CONTAINERS) {
                    violations.addHere(DEPTH_RULE, DEPTH_MESSAGE);
                    break;
                }
                List<AttributeValue> elements = value.l();
                for (int i = 0; i < elements.size(); i++) {
                    violations.enterIndex(i);
                    report(elements.get(i), enclosing + 1, violations);
                    violations.leave();
                }
                break;
            default:
                break;
        }
    }

    private static void nullElements(List<?> elements, Violations violations) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == null) {
                violations.addAt(i, NULL_RULE, NULL_MESSAGE);
            }
        }
    }
}
