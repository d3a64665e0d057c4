package dev.dynamodel.tests.entities;

import dev.dynamodel.annotation.Entity;
import dev.dynamodel.annotation.HashKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;

/** Text in every position DynamoDB stores it, and sets of every stored kind: for bad input. */
@Entity(table = "notes")
public record Note(
        @HashKey String id,
        String text,
        Character mark,
        List<String> lines,
        Map<String, String> labels,
        Set<String> tags,
        Set<BigDecimal> amounts,
        Set<Long> counts,
        Set<SdkBytes> blobs,
        Set<Colour> colours,
        Address address) {

    /** A note with only its key. */
    public static Note of(String id) {
        return new Note(id, null, null, null, null, null, null, null, null, null, null);
    }

    public Note withText(String value) {
        return new Note(id, value, mark, lines, labels, tags, amounts, counts, blobs, colours, address);
    }

    public Note withMark(Character value) {
        return new Note(id, text, value, lines, labels, tags, amounts, counts, blobs, colours, address);
    }

    public Note withLines(List<String> value) {
        return new Note(id, text, mark, value, labels, tags, amounts, counts, blobs, colours, address);
    }

    public Note withLabels(Map<String, String> value) {
        return new Note(id, text, mark, lines, value, tags, amounts, counts, blobs, colours, address);
    }

    public Note withTags(Set<String> value) {
        return new Note(id, text, mark, lines, labels, value, amounts, counts, blobs, colours, address);
    }

    public Note withAmounts(Set<BigDecimal> value) {
        return new Note(id, text, mark, lines, labels, tags, value, counts, blobs, colours, address);
    }

    public Note withCounts(Set<Long> value) {
        return new Note(id, text, mark, lines, labels, tags, amounts, value, blobs, colours, address);
    }

    public Note withBlobs(Set<SdkBytes> value) {
        return new Note(id, text, mark, lines, labels, tags, amounts, counts, value, colours, address);
    }

    public Note withColours(Set<Colour> value) {
        return new Note(id, text, mark, lines, labels, tags, amounts, counts, blobs, value, address);
    }

    public Note withAddress(Address value) {
        return new Note(id, text, mark, lines, labels, tags, amounts, counts, blobs, colours, value);
    }
}
