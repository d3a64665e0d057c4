package dev.dynamodel.benchmarks.coldstart;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The two ways the first-request subjects build their {@link DynamoDbClient}: the SDK's defaults,
 * or the set-up AWS recommends for Lambda cold starts. Both read the region and the credentials
 * from the environment variables Lambda sets ({@code AWS_REGION}, {@code AWS_ACCESS_KEY_ID}, ...);
 * only the endpoint is this harness's (DynamoDB Local's server on loopback).
 *
 * <pre>{@code
 * DynamoDbClient client = LambdaClients.of("fast", URI.create("http://localhost:8000"));
 * }</pre>
 */
public final class LambdaClients {
    private LambdaClients() {
    }

    /** {@code "default"} or {@code "fast"}. */
    public static DynamoDbClient of(String kind, URI endpoint) {
        return switch (kind) {
            case "default" -> defaultClient(endpoint);
            case "fast" -> fastClient(endpoint);
            default -> throw new IllegalArgumentException("client kind must be default or fast, not " + kind);
        };
    }

    /** What {@code DynamoDbClient.create()} does: the HTTP client, region and credentials found by the SDK's chains. */
    static DynamoDbClient defaultClient(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .build();
    }

    /**
     * The fast set-up: nothing for the SDK to look for. The URL-connection HTTP client (the JDK's
     * own, no connection-pool library to load; add {@code software.amazon.awssdk:url-connection-client}
     * and exclude {@code apache5-client}, {@code apache-client} and {@code netty-nio-client} from
     * {@code dynamodb}), the region named, and the credentials read from the environment only.
     */
    static DynamoDbClient fastClient(URI endpoint) {
        // tag::fast-client[]
        DynamoDbClient client = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.builder().build())
                .region(Region.of(System.getenv(SdkSystemSetting.AWS_REGION.environmentVariable())))
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .endpointOverride(endpoint)   // DynamoDB Local here; leave it out on AWS
                .build();
        // end::fast-client[]
        return client;
    }
}
