package dev.dynamodel.internal;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * An existing table as DynamoDB describes it, for {@link TablePlanner}.
 *
 * @param table               DescribeTable's answer
 * @param ttl                 DescribeTimeToLive's answer
 * @param pointInTimeRecovery from DescribeContinuousBackups; null when not read (not managed)
 * @param tags                from ListTagsOfResource; null when not read (no tag declared)
 */
record TableState(TableDescription table, TimeToLiveDescription ttl, Boolean pointInTimeRecovery,
                  Map<String, String> tags) {

    /** The attribute time to live is on (or turning on) for, if any. */
    Optional<String> ttlAttribute() {
        boolean on = ttl != null && (ttl.timeToLiveStatus() == TimeToLiveStatus.ENABLED
                || ttl.timeToLiveStatus() == TimeToLiveStatus.ENABLING);
        return on ? Optional.ofNullable(ttl.attributeName()) : Optional.empty();
    }
}
