package dev.dynamodel.processor.read;

import dev.dynamodel.processor.ClassNames;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TypeDeclaration;
import dev.dynamodel.processor.model.ValueType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * The tables the entities of one compilation declare, and the key each gave its table. Several
 * entities may share a table (single-table design), but only with the same key attribute names and
 * types: otherwise the first write of one of them would fail against the table the other created.
 * The first entity processed claims the table; a later one with another key is reported, naming it.
 * Entities compiled separately (an incremental build, another module) are not compared.
 */
public final class SharedTables {
    private record Claim(String entity, String key) {
    }

    private final Map<String, Claim> claims = new HashMap<>();

    /** Claims the entity's table, or reports on its {@code @Entity} that an earlier entity gave it another key. */
    public void claim(TypeElement type, TypeDeclaration declaration, Report report) {
        TypeDeclaration.Table table = declaration.table().orElseThrow();
        String key = describe(table.hashKey(), table.rangeKey());
        Claim earlier = claims.putIfAbsent(table.name(), new Claim(type.getQualifiedName().toString(), key));
        if (earlier != null && !earlier.key().equals(key)) {
            Optional<AnnotationMirror> entity = Annotations.find(type, ClassNames.ENTITY);
            report.error(type, entity.orElse(null), entity.map(e -> Annotations.member(e, "table")).orElse(null),
                    Message.TABLE_KEY_CONFLICT, table.name(), earlier.entity(), earlier.key(), type.getSimpleName(), key);
        }
    }

    /** Such as {@code (pk S, sk S)} or {@code (id N)}: the stored names and DynamoDB types, which are what must agree. */
    private static String describe(Property hash, Optional<Property> range) {
        return "(" + attribute(hash) + range.map(r -> ", " + attribute(r)).orElse("") + ")";
    }

    private static String attribute(Property key) {
        return key.storedName() + " " + ((ValueType.Scalar) key.type()).kind().dynamoType();
    }
}
