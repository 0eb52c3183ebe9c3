package dev.webstack.notifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The Lambda entry point ({@code dev.webstack.notifier.Handler::handleRequest}): reads the SNS
 * event, forwards it. Configuration comes from the function's environment: the webhook
 * secret's ARN (never the URL itself) and the stack's name.
 */
public final class Handler {

    static final String SECRET_VARIABLE = "WEBHOOK_SECRET_ARN";
    static final String STACK_VARIABLE = "STACK";

    private Forwarder forwarder;

    public void handleRequest(InputStream input, OutputStream output) throws IOException {
        if (forwarder == null) {
            var environment = System.getenv();
            var arn = environment.get(SECRET_VARIABLE);
            forwarder = new Forwarder(Http.jdk(), new WebhookSecret(() -> secretsManager(arn), arn),
                    environment.getOrDefault(STACK_VARIABLE, "unknown stack"));
        }
        var delivered = forwarder.handle(new String(input.readAllBytes(), StandardCharsets.UTF_8));
        output.write(("{\"delivered\":" + delivered + "}").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Region and credentials named outright rather than discovered by the SDK's provider chains,
     * and the JDK-based HTTP client: the SDK's advice for a short Lambda cold start. The region is
     * the secret's own (its ARN's fourth field); Lambda puts the role's credentials in the environment.
     */
    static SecretsManagerClient secretsManager(String secretArn) {
        return SecretsManagerClient.builder()
                .region(Region.of(secretArn.split(":")[3]))
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(3))
                        .socketTimeout(Duration.ofSeconds(5))
                        .build())
                .build();
    }
}
