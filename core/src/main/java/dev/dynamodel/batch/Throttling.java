package dev.dynamodel.batch;

import dev.dynamodel.exception.DynamoRequestException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;

/**
 * Tells a refusal for lack of capacity, which is worth retrying after a pause, from every other
 * failure, which is not.
 */
final class Throttling {
    private Throttling() {
    }

    static boolean is(DynamoRequestException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ProvisionedThroughputExceededException
                || cause instanceof RequestLimitExceededException
                || cause instanceof ThrottlingException) {
            return true;
        }
        // Some paths (an HTTP 400 with only an error code) arrive as a plain service exception.
        if (cause instanceof AwsServiceException service) {
            AwsErrorDetails details = service.awsErrorDetails();
            String code = details == null ? null : details.errorCode();
            return service.isThrottlingException()
                    || "ThrottlingException".equals(code)
                    || "ProvisionedThroughputExceededException".equals(code)
                    || "RequestLimitExceeded".equals(code);
        }
        return false;
    }
}
