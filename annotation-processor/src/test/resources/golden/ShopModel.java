package fixtures;

import dev.dynamodel.Dynamo;
import dev.dynamodel.FamilyModel;
import javax.annotation.processing.Generated;

/**
 * Collections and the table of family {@link Shop},
 * table {@code Shop} (plus the runtime's prefix).
 */
@Generated("dev.dynamodel.processor.DynamodelProcessor")
public final class ShopModel extends FamilyModel<Shop> {
    private ShopModel(Dynamo dynamo) {
        super(dynamo, ShopSchema.INSTANCE);
    }

    /**
     * A family model over the runtime's client and options.
     */
    public static ShopModel of(Dynamo dynamo) {
        return new ShopModel(dynamo);
    }
}
