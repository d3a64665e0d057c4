package dev.dynamodel.condition;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The rules for expression text: where parentheses go when conditions combine, and what the text of
 * a {@link Condition#raw raw} condition may hold.
 *
 * <p>DynamoDB expressions have no string literals: user values only ever appear as {@code :value}
 * placeholders and names as {@code #name} ones. So a {@code #} or {@code :} always starts a
 * placeholder, and every parenthesis in a text is syntax; counting them is sound.
 */
final class ExpressionText {
    private static final Pattern PLACEHOLDER = Pattern.compile("[#:][A-Za-z0-9_]+");

    private ExpressionText() {
    }

    /**
     * The text as one operand of {@code AND}, {@code OR} or {@code NOT}: in parentheses, unless one
     * pair already encloses all of it (DynamoDB refuses {@code ((a = :v))} as redundant).
     */
    static String group(String text) {
        String operand = text.strip(); // DynamoDB ignores the spaces in "( (a = :v) )" and refuses it too
        return isEnclosed(operand) ? operand : "(" + operand + ")";
    }

    /** Whether the first character opens a parenthesis that the last one closes. */
    private static boolean isEnclosed(String text) {
        if (text.isEmpty() || text.charAt(0) != '(') {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i == text.length() - 1;
                }
            }
        }
        return false;
    }

    /**
     * Refuses raw text that could change the conditions around it or bind what it did not declare.
     *
     * @throws IllegalArgumentException naming the first problem found
     */
    static void check(String expression, Map<String, String> names, Map<String, AttributeValue> values) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("A raw condition needs an expression, not a blank text");
        }
        checkParentheses(expression);
        names.forEach((placeholder, name) -> {
            requireForm(placeholder, '#', "name");
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("Raw condition name placeholder " + placeholder
                        + " must stand for a non-empty attribute name");
            }
        });
        values.keySet().forEach(placeholder -> requireForm(placeholder, ':', "value"));
        Set<String> unused = new TreeSet<>(names.keySet());
        unused.addAll(values.keySet());
        Matcher m = PLACEHOLDER.matcher(expression);
        int end = 0;
        while (m.find()) {
            requireNoStraySign(expression, end, m.start());
            String placeholder = m.group();
            if (!names.containsKey(placeholder) && !values.containsKey(placeholder)) {
                throw new IllegalArgumentException("Raw condition uses placeholder " + placeholder
                        + " but does not declare it; put it in its " + (placeholder.charAt(0) == '#' ? "names" : "values")
                        + " map (a raw condition binds only its own placeholders)");
            }
            unused.remove(placeholder);
            end = m.end();
        }
        requireNoStraySign(expression, end, expression.length());
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("Raw condition declares placeholders it does not use: " + unused
                    + " (DynamoDB refuses unused placeholders)");
        }
    }

    /**
     * The raw text with each of its placeholders replaced by one of the writer's, so a raw
     * condition never shares a placeholder with generated ones or with another raw condition.
     */
    static String rewrite(String expression, Map<String, String> names, Map<String, AttributeValue> values,
                          ExpressionWriter writer) {
        Map<String, String> renamed = new HashMap<>();
        Matcher m = PLACEHOLDER.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String own = m.group();
            String generated = renamed.computeIfAbsent(own, p -> p.charAt(0) == '#'
                    ? writer.name(names.get(p)) : writer.value(values.get(p)));
            m.appendReplacement(out, Matcher.quoteReplacement(generated));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Balanced, and never closing a parenthesis it did not open: the text stays one group. */
    private static void checkParentheses(String expression) {
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                throw new IllegalArgumentException("Raw condition closes a parenthesis it did not open (at character "
                        + i + "); a raw condition must be one balanced group");
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("Raw condition leaves " + depth + " parenthes" + (depth == 1 ? "is" : "es")
                    + " open; a raw condition must be one balanced group");
        }
    }

    private static void requireForm(String placeholder, char sign, String kind) {
        if (placeholder.isEmpty() || placeholder.charAt(0) != sign || !PLACEHOLDER.matcher(placeholder).matches()) {
            throw new IllegalArgumentException("Raw condition " + kind + " placeholder " + placeholder + " must be '"
                    + sign + "' followed by letters, digits or '_'");
        }
    }

    /** A '#' or ':' that starts no placeholder is a mistake DynamoDB would report less clearly. */
    private static void requireNoStraySign(String expression, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = expression.charAt(i);
            if (c == '#' || c == ':') {
                throw new IllegalArgumentException("Raw condition has a '" + c + "' at character " + i
                        + " that starts no placeholder; placeholders are '" + c + "' followed by letters, digits or '_'");
            }
        }
    }
}
