package dev.dynamodel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/** How a request is stamped as it is sent: the API name always, the runtime's capacity setting unless the call chose. */
class CallTest {
    private static final Map<String, AttributeValue> KEY = Map.of("id", AttributeValue.fromS("a"));

    private static GetItemRequest.Builder get() {
        return GetItemRequest.builder().tableName("t").key(KEY);
    }

    private static List<String> apiNames(GetItemRequest request) {
        return request.overrideConfiguration().map(AwsRequestOverrideConfiguration::apiNames).orElse(List.of())
                .stream().map(n -> n.name() + "/" + n.version()).toList();
    }

    @Test
    void aRequestBuiltWithTheApiName_andNoRuntimeSetting_goesOutAsItIs() {
        GetItemRequest built = get().overrideConfiguration(Call.OVERRIDE).build();
        assertSame(built, Call.get("t", built).stamped(null), "no copy on the usual path");
    }

    @Test
    void aRequestWithoutTheApiName_getsIt() {
        GetItemRequest sent = Call.get("t", get().build()).stamped(null);
        assertEquals(List.of("hll/dynamodel"), apiNames(sent));
        assertEquals(KEY, sent.key());
        assertNull(sent.returnConsumedCapacity());
    }

    @Test
    void theRuntimeSetting_appliesWhereTheCallChoseNone_andTheCallsOwnWins() {
        GetItemRequest plain = get().overrideConfiguration(Call.OVERRIDE).build();
        GetItemRequest sent = Call.get("t", plain).stamped(ReturnConsumedCapacity.TOTAL);
        assertEquals(ReturnConsumedCapacity.TOTAL, sent.returnConsumedCapacity());
        assertEquals(List.of("hll/dynamodel"), apiNames(sent));

        GetItemRequest own = get().overrideConfiguration(Call.OVERRIDE).returnConsumedCapacity(ReturnConsumedCapacity.NONE)
                .build();
        assertSame(own, Call.get("t", own).stamped(ReturnConsumedCapacity.INDEXES));
    }

    @Test
    void tableOperations_getTheApiNameToo() {
        DescribeTableRequest sent = TableCalls.describe("t", null).stamped(ReturnConsumedCapacity.TOTAL);
        assertEquals("t", sent.tableName());
        assertEquals(List.of("hll/dynamodel"), sent.overrideConfiguration().orElseThrow().apiNames().stream()
                .map(n -> n.name() + "/" + n.version()).toList());
    }
}
