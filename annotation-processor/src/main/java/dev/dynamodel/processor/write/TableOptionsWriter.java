package dev.dynamodel.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.dynamodel.processor.model.TableOptions;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes an entity schema's {@code tableOptions()}: the declared {@code @Table} options as one
 * chain of {@code TableOptions} calls, only when they differ from DynamoDB's defaults.
 */
final class TableOptionsWriter {
    private static final ClassName TABLE_OPTIONS = ClassName.get("dev.dynamodel.table", "TableOptions");
    private static final String SDK_MODEL = "software.amazon.awssdk.services.dynamodb.model";

    private TableOptionsWriter() {
    }

    static MethodSpec tableOptions(TableOptions options) {
        CodeBlock.Builder chain = CodeBlock.builder().add("return $T.defaults()", TABLE_OPTIONS);
        if (options.readCapacity() > 0) {
            chain.add("\n.provisioned($LL, $LL)", options.readCapacity(), options.writeCapacity());
        }
        for (Map.Entry<String, long[]> index : options.indexCapacity().entrySet()) {
            chain.add("\n.indexThroughput($S, $LL, $LL)", index.getKey(), index.getValue()[0], index.getValue()[1]);
        }
        if (!options.tableClass().equals("STANDARD")) {
            chain.add("\n.tableClass($T.$L)", ClassName.get(SDK_MODEL, "TableClass"), options.tableClass());
        }
        if (!options.stream().equals("NONE")) {
            chain.add("\n.stream($T.$L)", ClassName.get(SDK_MODEL, "StreamViewType"), options.stream());
        }
        if (options.pointInTimeRecovery()) {
            chain.add("\n.pointInTimeRecovery(true)");
        }
        if (options.deletionProtection()) {
            chain.add("\n.deletionProtection(true)");
        }
        if (options.encryption().equals("AWS_MANAGED")) {
            chain.add("\n.encryption($T.Encryption.AWS_MANAGED)", TABLE_OPTIONS);
        } else if (options.encryption().equals("CUSTOMER_MANAGED")) {
            chain.add("\n.customerManagedKey($S)", options.kmsKey());
        }
        for (Map.Entry<String, String> tag : options.tags()) {
            chain.add("\n.tag($S, $S)", tag.getKey(), tag.getValue());
        }
        return MethodSpec.methodBuilder("tableOptions")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TABLE_OPTIONS)
                .addJavadoc("The options declared with {@code @Table}.\n")
                .addStatement(chain.build())
                .build();
    }
}
