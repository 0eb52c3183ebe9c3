package dev.webstack.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * GIVEN the real SDK client pointed at a stand-in for Secrets Manager on the loopback address,
 * WHEN the secret is read, THEN the SDK makes the signed GetSecretValue call the function relies
 * on, and Secrets Manager's answers become the messages a person can act on.
 */
class WebhookSecretTest {

    static final String ARN = ForwarderTest.SECRET_ARN;

    record Request(Map<String, List<String>> headers, String body) {
    }

    private final List<Request> requests = new ArrayList<>();
    private HttpServer server;

    /** Serves one canned answer to every request (the shape of Secrets Manager's JSON 1.1 protocol). */
    private SecretsManagerClient answering(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(new Request(exchange.getRequestHeaders(), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return SecretsManagerClient.builder()
                .region(Region.AP_NORTHEAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials.create("ASIAEXAMPLE", "secret", "session")))
                .endpointOverride(URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static String header(Request request, String name) {
        return request.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse("");
    }

    @Test
    void theSdkSignsAGetSecretValueCallForTheSecretsArn() throws IOException {
        var client = answering(200, "{\"ARN\":\"" + ARN + "\",\"SecretString\":\"" + ForwarderTest.WEBHOOK + "\"}");

        assertEquals(ForwarderTest.WEBHOOK, new WebhookSecret(() -> client, ARN).get());

        assertEquals(1, requests.size());
        var call = requests.get(0);
        assertEquals("secretsmanager.GetSecretValue", header(call, "X-Amz-Target"));
        assertTrue(header(call, "Authorization").startsWith("AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/"), header(call, "Authorization"));
        assertTrue(header(call, "Authorization").contains("/ap-northeast-1/secretsmanager/aws4_request"), header(call, "Authorization"));
        assertEquals("session", header(call, "X-Amz-Security-Token"));
        assertEquals(Map.of("SecretId", ARN), JsonText.object(call.body()));
    }

    @Test
    void aSecretWithoutValueSaysHowToPutOne() throws IOException {
        var client = answering(400, "{\"__type\":\"ResourceNotFoundException\",\"Message\":\"Secrets Manager can't find the specified secret value for staging label: AWSCURRENT\"}");
        var error = assertThrows(DeliveryException.class, () -> new WebhookSecret(() -> client, ARN).get());
        assertEquals("cannot read the webhook secret: it has no value yet: put the webhook URL with aws secretsmanager "
                + "put-secret-value --secret-id " + ARN, error.getMessage());
    }

    @Test
    void aRefusedReadNamesTheSecretAndTheReason() throws IOException {
        var client = answering(400, "{\"__type\":\"AccessDeniedException\",\"Message\":\"not authorized to perform: secretsmanager:GetSecretValue\"}");
        var error = assertThrows(DeliveryException.class, () -> new WebhookSecret(() -> client, ARN).get());
        assertTrue(error.getMessage().startsWith("cannot read the webhook secret " + ARN + ": "), error.getMessage());
        assertTrue(error.getMessage().contains("secretsmanager:GetSecretValue"), error.getMessage());
    }

    @Test
    void theFunctionsClientTakesItsRegionFromTheSecretsArn() {
        try (var client = Handler.secretsManager(ARN)) {
            assertEquals(Region.AP_NORTHEAST_1, client.serviceClientConfiguration().region());
        }
    }
}
