package dev.dynamodel.batch;

import java.util.ArrayList;
import java.util.List;

/** Splits a call's operations into requests of at most DynamoDB's per-request limit, in order. */
final class Chunks {
    /** BatchWriteItem takes at most 25 put or delete requests. */
    static final int WRITE_LIMIT = 25;
    /** BatchGetItem takes at most 100 keys. */
    static final int GET_LIMIT = 100;

    private Chunks() {
    }

    static <E> List<List<E>> of(List<E> items, int size) {
        List<List<E>> chunks = new ArrayList<>((items.size() + size - 1) / size);
        for (int from = 0; from < items.size(); from += size) {
            chunks.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
        }
        return chunks;
    }
}
