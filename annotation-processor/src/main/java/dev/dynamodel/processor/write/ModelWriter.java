package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.dynamodel.processor.Names;
import dev.dynamodel.processor.model.Property;
import dev.dynamodel.processor.model.TypeDeclaration;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Model}: the entity's {@code Model} with the methods that take its typed key.
 */
public final class ModelWriter {
    private static final ClassName UPDATE = RuntimeTypes.UPDATE;
    private static final ClassName CONDITION = RuntimeTypes.CONDITION;
    private static final ClassName GET = RuntimeTypes.GET;
    private static final ClassName ASYNC_GET = RuntimeTypes.ASYNC_GET;
    private static final ClassName ASYNC_MODEL = RuntimeTypes.ASYNC_MODEL;
    private static final ClassName COMPLETABLE_FUTURE = RuntimeTypes.COMPLETABLE_FUTURE;

    private final boolean markGenerated;

    /**
     * @param markGenerated whether to annotate the class {@code @Generated}: false when the user's
     *                      module does not read {@code java.compiler}, where the annotation lives
     */
    public ModelWriter(boolean markGenerated) {
        this.markGenerated = markGenerated;
    }

    public JavaFile write(TypeDeclaration declaration) {
        TypeDeclaration.Table table = declaration.table().orElseThrow();
        ClassName type = declaration.type();
        ClassName schema = Names.schemaClass(type);
        ClassName model = Names.modelClass(type);
        List<Property> keys = KeyMethods.keyProperties(table);

        TypeSpec.Builder spec = TypeSpec.classBuilder(model)
                .addJavadoc("Reads and writes {@link $T} items in table {@code $L} (plus the runtime's prefix).\n",
                        type, table.name())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.MODEL, type))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(RuntimeTypes.DYNAMO, "dynamo")
                        .addStatement("super(dynamo, $T.INSTANCE)", schema)
                        .build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addJavadoc("A model over the runtime's client and options.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(model)
                        .addParameter(RuntimeTypes.DYNAMO, "dynamo")
                        .addStatement("return new $T(dynamo)", model)
                        .build());
        Generated.addTo(spec, markGenerated);

        addKeyMethods(spec, type, schema, keys, false);
        // The non-blocking face: the same key methods, returning futures (see docs/async.md).
        ClassName async = model.nestedClass("Async");
        TypeSpec.Builder asyncSpec = TypeSpec.classBuilder(async)
                .addJavadoc("The operations of {@link $T} without blocking,\nthrough the runtime's {@code DynamoDbAsyncClient}.\n",
                        model)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(ASYNC_MODEL, type))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(model, "model")
                        .addStatement("super(model)")
                        .build());
        addKeyMethods(asyncSpec, type, schema, keys, true);
        spec.addMethod(MethodSpec.methodBuilder("async")
                .addJavadoc("The same operations without blocking: futures, and publishers for queries and scans.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(async)
                .addStatement("return new $T(this)", async)
                .build());
        spec.addType(asyncSpec.build());
        spec.addType(factory(model));
        return JavaFile.builder(model.packageName(), spec.build()).skipJavaLangImports(true).indent("    ").build();
    }

    /**
     * {@code XModel.Factory}: what the model index (META-INF/services, see ModelIndexWriter) names, so
     * that integrations make the model by a plain call to {@code of}, not by reflection.
     */
    private static TypeSpec factory(ClassName model) {
        return TypeSpec.classBuilder(Names.modelFactoryClass(model))
                .addJavadoc("Makes {@link $T}s for integrations such as the Spring Boot starter, which find\n"
                        + "this class in the model index, {@code META-INF/services/$L}.\n"
                        + "In your own code, call {@link $T#of} instead.\n", model,
                        RuntimeTypes.MODEL_FACTORY.canonicalName(), model)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.MODEL_FACTORY, model))
                // Explicit: ServiceLoader calls it, and -Xlint:all warns of an implicit one in an exported package.
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Called by {@code ServiceLoader}.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .build())
                .addMethod(MethodSpec.methodBuilder("modelType")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), model))
                        .addStatement("return $T.class", model)
                        .build())
                .addMethod(MethodSpec.methodBuilder("create")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(model)
                        .addParameter(RuntimeTypes.DYNAMO, "dynamo")
                        .addStatement("return of(dynamo)")
                        .build())
                .build();
    }

    /** get, find, delete, delete-if and update by typed key; as futures on the async face. */
    private static void addKeyMethods(TypeSpec.Builder spec, ClassName type, ClassName schema, List<Property> keys,
                                      boolean async) {
        CodeBlock keyArguments = CodeBlock.of("$L", String.join(", ", keys.stream().map(Property::javaName).toList()));
        MethodSpec.Builder get = MethodSpec.methodBuilder("get")
                .addJavadoc("The item with this key, if there is one.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(future(ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, type), async));
        MethodSpec.Builder find = MethodSpec.methodBuilder("find")
                .addJavadoc("A read of the item with this key that takes options:\n{@code consistentRead()}, {@code select(...)}.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(async ? ASYNC_GET : GET, type));
        MethodSpec.Builder delete = MethodSpec.methodBuilder("delete")
                .addJavadoc("Deletes the item with this key; a missing item is not an error.\n")
                .addModifiers(Modifier.PUBLIC);
        MethodSpec.Builder deleteIf = MethodSpec.methodBuilder("delete")
                .addJavadoc("Deletes the item with this key if the condition holds;\nelse {@code ConditionFailedException}.\n")
                .addModifiers(Modifier.PUBLIC);
        MethodSpec.Builder update = MethodSpec.methodBuilder("update")
                .addJavadoc("Updates the item with this key in one request;\nit must exist unless the actions ask for upsert.\n")
                .addJavadoc("Returns the entity after the update, unless the actions choose another return mode.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(future(type, async));
        if (async) {
            delete.returns(future(ClassName.get(Void.class), true));
            deleteIf.returns(future(ClassName.get(Void.class), true));
        }
        for (Property key : keys) {
            get.addParameter(key.type().javaType(), key.javaName());
            find.addParameter(key.type().javaType(), key.javaName());
            delete.addParameter(key.type().javaType(), key.javaName());
            deleteIf.addParameter(key.type().javaType(), key.javaName());
            update.addParameter(key.type().javaType(), key.javaName());
        }
        ParameterizedTypeName actions = ParameterizedTypeName.get(ClassName.get("java.util.function", "Consumer"),
                ParameterizedTypeName.get(UPDATE, type));
        // The key parameters keep the fields' names; the other parameters take what is left.
        Names.Members parameters = new Names.Members(keys.stream().map(Property::javaName).toArray(String[]::new));
        String conditionName = parameters.name("condition", "condition");
        String actionsName = parameters.name("actions", "actions");
        deleteIf.addParameter(CONDITION, conditionName);
        update.addParameter(actions, actionsName);
        String deleteReturn = async ? "return " : "";
        // The async face gets the key as a lambda: a refused key value must fail the future, not throw.
        CodeBlock key = async ? CodeBlock.of("() -> $T.INSTANCE.key($L)", schema, keyArguments)
                : CodeBlock.of("$T.INSTANCE.key($L)", schema, keyArguments);
        spec.addMethod(get.addStatement("return getByKey($L)", key).build());
        spec.addMethod(find.addStatement("return findByKey($L)", key).build());
        spec.addMethod(delete.addStatement("$LdeleteByKey($L, null)", deleteReturn, key).build());
        spec.addMethod(deleteIf.addStatement("$LdeleteByKey($L, $L)", deleteReturn, key, conditionName).build());
        spec.addMethod(update.addStatement("return updateByKey($L, $L)", key, actionsName).build());
    }

    /** {@code CompletableFuture<type>} on the async face, the type itself on the blocking one. */
    private static TypeName future(TypeName type, boolean async) {
        return async ? ParameterizedTypeName.get(COMPLETABLE_FUTURE, type) : type;
    }
}
