package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TimestampRules;
import dev.dynamodel.processor.model.TypeDeclaration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes an entity's {@code applyTimestamps(T, WriteKind, Instant)} and {@code ttlAttribute()}.
 * Created-at is set on create, and on save when the entity carries none; updated-at on every
 * write. Values are truncated to what their storage keeps, so the returned entity equals what a
 * later read gives back.
 */
final class TimestampsWriter {
    private static final ClassName CHRONO_UNIT = ClassName.get("java.time.temporal", "ChronoUnit");

    MethodSpec applyTimestamps(TypeDeclaration declaration, TimestampRules timestamps) {
        NameAllocator names = new NameAllocator();
        names.newName("entity");
        names.newName("kind");
        names.newName("now");
        boolean immutable = Rebuild.immutable(declaration);
        CodeBlock.Builder body = CodeBlock.builder();
        Map<String, String> replaced = new HashMap<>();
        timestamps.createdAt().ifPresent(stamp -> {
            Property property = stamp.property();
            String local = names.newName(property.javaName());
            body.addStatement("$T $L = $L", property.type().javaType(), local, Accessors.read(property.read(), "entity"));
            CodeBlock unset = property.type().javaType().isPrimitive()
                    ? CodeBlock.of("$L == 0L", local) : CodeBlock.of("$L == null", local);
            body.beginControlFlow("if (kind == $T.CREATE || kind == $T.SAVE && $L)", RuntimeTypes.WRITE_KIND,
                    RuntimeTypes.WRITE_KIND, unset);
            body.addStatement("$L = $L", local, value(stamp.form()));
            if (!immutable) {
                body.addStatement(Accessors.write(property.write(), "entity", CodeBlock.of("$L", local)));
            }
            body.endControlFlow();
            replaced.put(property.javaName(), local);
        });
        timestamps.updatedAt().ifPresent(stamp -> {
            Property property = stamp.property();
            String local = names.newName(property.javaName());
            body.addStatement("$T $L = $L", property.type().javaType(), local, value(stamp.form()));
            if (!immutable) {
                body.addStatement(Accessors.write(property.write(), "entity", CodeBlock.of("$L", local)));
            }
            replaced.put(property.javaName(), local);
        });
        body.addStatement("return $L", immutable ? Rebuild.construct(declaration, "entity", replaced) : "entity");
        return MethodSpec.methodBuilder("applyTimestamps")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(declaration.type())
                .addParameter(declaration.type(), "entity")
                .addParameter(RuntimeTypes.WRITE_KIND, "kind")
                .addParameter(RuntimeTypes.INSTANT, "now")
                .addCode(body.build())
                .build();
    }

    /**
     * {@code timestampActions(now)}: what every update adds, created-at with {@code if_not_exists}
     * so that an upsert gets one and an existing item keeps its own, updated-at always.
     */
    MethodSpec timestampActions(TimestampRules timestamps, Names.Members members) {
        ClassName action = RuntimeTypes.UPDATE_ACTION;
        ClassName path = RuntimeTypes.ATTRIBUTE_PATH;
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T<$T> actions = new $T<>(2)", java.util.List.class, action, java.util.ArrayList.class);
        timestamps.createdAt().ifPresent(stamp -> body.addStatement("actions.add($T.setIfNotExists($T.of($S),$W$L($L)))",
                action, path, stamp.property().storedName(), members.encoder(stamp.property().javaName()),
                value(stamp.form())));
        timestamps.updatedAt().ifPresent(stamp -> body.addStatement("actions.add($T.set($T.of($S),$W$L($L)))", action,
                path, stamp.property().storedName(), members.encoder(stamp.property().javaName()), value(stamp.form())));
        return MethodSpec.methodBuilder("timestampActions")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(java.util.List.class), action))
                .addParameter(RuntimeTypes.INSTANT, "now")
                .addCode(body.addStatement("return actions").build())
                .build();
    }

    private static CodeBlock value(TimestampRules.Form form) {
        return switch (form) {
            case INSTANT -> CodeBlock.of("now");
            case INSTANT_MILLIS -> CodeBlock.of("now.truncatedTo($T.MILLIS)", CHRONO_UNIT);
            case INSTANT_SECONDS -> CodeBlock.of("now.truncatedTo($T.SECONDS)", CHRONO_UNIT);
            case EPOCH_MILLIS -> CodeBlock.of("now.toEpochMilli()");
            case EPOCH_SECONDS -> CodeBlock.of("now.getEpochSecond()");
        };
    }

    MethodSpec ttlAttribute(String attribute) {
        return MethodSpec.methodBuilder("ttlAttribute")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, ClassName.get(String.class)))
                .addStatement("return $T.of($S)", Optional.class, attribute)
                .build();
    }
}
