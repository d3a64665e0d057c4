package dev.dynamodel.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsStatus;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeContinuousBackupsResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTimeToLiveResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TagResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.TagResourceResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateContinuousBackupsResponse;

/**
 * DynamoDB Local for the table operations it has, and stand-ins for those it lacks: it answers
 * ListTagsOfResource and DescribeContinuousBackups with the tags and point-in-time recovery given
 * here, and records TagResource and UpdateContinuousBackups instead of sending them. DescribeTable
 * answers can be altered ({@link #describeAs}) to show a table that stays busy.
 */
public final class TableStubClient implements DynamoDbClient {
    private final DynamoDbClient local;
    private final List<DynamoDbRequest> recorded = new ArrayList<>();
    private volatile Map<String, String> tags = Map.of();
    private volatile boolean pointInTimeRecovery;
    private volatile UnaryOperator<TableDescription> describeAs = UnaryOperator.identity();
    private volatile int describes;

    public TableStubClient(DynamoDbClient local) {
        this.local = local;
    }

    public TableStubClient tags(Map<String, String> tags) {
        this.tags = tags;
        return this;
    }

    public TableStubClient pointInTimeRecovery(boolean on) {
        this.pointInTimeRecovery = on;
        return this;
    }

    public TableStubClient describeAs(UnaryOperator<TableDescription> change) {
        this.describeAs = change;
        return this;
    }

    /**
     * The TagResource and UpdateContinuousBackups requests received, in order, without their
     * override configuration (the API name every request carries, which RequestListenerTest checks).
     */
    public List<DynamoDbRequest> recorded() {
        return recorded;
    }

    public int describes() {
        return describes;
    }

    @Override
    public CreateTableResponse createTable(CreateTableRequest request) {
        return local.createTable(request);
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        describes++;
        DescribeTableResponse response = local.describeTable(request);
        return response.toBuilder().table(describeAs.apply(response.table())).build();
    }

    @Override
    public DescribeTimeToLiveResponse describeTimeToLive(DescribeTimeToLiveRequest request) {
        return local.describeTimeToLive(request);
    }

    @Override
    public ListTagsOfResourceResponse listTagsOfResource(ListTagsOfResourceRequest request) {
        return ListTagsOfResourceResponse.builder().tags(tags.entrySet().stream()
                .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList()).build();
    }

    @Override
    public TagResourceResponse tagResource(TagResourceRequest request) {
        recorded.add(request.toBuilder().overrideConfiguration((AwsRequestOverrideConfiguration) null).build());
        return TagResourceResponse.builder().build();
    }

    @Override
    public DescribeContinuousBackupsResponse describeContinuousBackups(DescribeContinuousBackupsRequest request) {
        return DescribeContinuousBackupsResponse.builder().continuousBackupsDescription(d -> d
                .continuousBackupsStatus(ContinuousBackupsStatus.ENABLED)
                .pointInTimeRecoveryDescription(p -> p.pointInTimeRecoveryStatus(pointInTimeRecovery
                        ? PointInTimeRecoveryStatus.ENABLED : PointInTimeRecoveryStatus.DISABLED))).build();
    }

    @Override
    public UpdateContinuousBackupsResponse updateContinuousBackups(UpdateContinuousBackupsRequest request) {
        recorded.add(request.toBuilder().overrideConfiguration((AwsRequestOverrideConfiguration) null).build());
        return UpdateContinuousBackupsResponse.builder().build();
    }

    @Override
    public String serviceName() {
        return local.serviceName();
    }

    @Override
    public void close() {
    }
}
