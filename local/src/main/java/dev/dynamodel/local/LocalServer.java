package dev.dynamodel.local;

import dev.dynamodel.Dynamo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.main.CommandLineInput;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/**
 * DynamoDB Local's HTTP server, in memory, on a free loopback port. Requests go through the SDK's
 * real HTTP client, signing and JSON protocol, as they would to AWS.
 *
 * <pre>{@code
 * try (LocalServer server = DynamoLocal.server(); Dynamo dynamo = server.dynamo()) {
 *     MovieModel.of(dynamo).createTable();
 * }
 * }</pre>
 */
public final class LocalServer implements AutoCloseable {
    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private LocalServer(DynamoDBProxyServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    static LocalServer start() {
        int port = freePort();
        try {
            // Without -disableTelemetry the server reports to AWS and writes
            // dynamodb-local-metadata.json into the working directory.
            CommandLineInput options = new CommandLineInput(
                    new String[] {"-inMemory", "-disableTelemetry", "-port", Integer.toString(port)});
            if (!options.init()) {
                throw new IllegalStateException("DynamoDB Local refused the options -inMemory -disableTelemetry -port " + port);
            }
            // createServer, unlike createServerFromCommandLineArgs, prints no banner to System.out.
            DynamoDBProxyServer server = ServerRunner.createServer(options);
            server.start();
            return new LocalServer(server, URI.create("http://localhost:" + port));
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local server did not start on port " + port, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's address, such as {@code http://localhost:41234}. */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * A new SDK client for this server, with dummy credentials and the given interceptors (such as a
     * {@link FaultInjector}); the caller closes it.
     */
    public DynamoDbClient newClient(ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(o -> o.executionInterceptors(List.of(interceptors)))
                .build();
    }

    /**
     * A new asynchronous SDK client for this server, as {@link #newClient} (a {@link FaultInjector}
     * works on it the same way); the caller closes it. It needs an asynchronous HTTP implementation
     * on the class path ({@code netty-nio-client} or {@code aws-crt-client}), which this module does
     * not bring.
     */
    public DynamoDbAsyncClient newAsyncClient(ExecutionInterceptor... interceptors) {
        return DynamoDbAsyncClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .overrideConfiguration(o -> o.executionInterceptors(List.of(interceptors)))
                .build();
    }

    /** A runtime over a new HTTP client for this server; closing it closes that client. */
    public Dynamo dynamo() {
        DynamoDbClient client = newClient();
        return Dynamo.builder(client).onClose(client::close).build();
    }

    /** Stops the server. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local server did not stop", e);
        }
    }
}
