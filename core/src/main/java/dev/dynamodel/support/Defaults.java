package dev.dynamodel.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies defaults to the documents inside lists and maps. Returns the very same collection when
 * no element changed, so that the generated code can tell, by identity, whether an immutable
 * owner must be rebuilt. For generated code only: not an API, may change in any release without notice.
 */
public final class Defaults {
    private Defaults() {
    }

    public static <E> List<E> list(List<E> values, UnaryOperator<E> apply) {
        List<E> out = null;
        int i = 0;
        for (E value : values) {
            E applied = value == null ? null : apply.apply(value);
            if (applied != value && out == null) {
                out = new ArrayList<>(values.subList(0, i));
            }
            if (out != null) {
                out.add(applied);
            }
            i++;
        }
        return out == null ? values : out;
    }

    public static <V> Map<String, V> map(Map<String, V> values, UnaryOperator<V> apply) {
        Map<String, V> out = null;
        for (Map.Entry<String, V> entry : values.entrySet()) {
            V value = entry.getValue();
            V applied = value == null ? null : apply.apply(value);
            if (applied != value && out == null) {
                out = new LinkedHashMap<>(values);
            }
            if (out != null) {
                out.put(entry.getKey(), applied);
            }
        }
        return out == null ? values : out;
    }
}
