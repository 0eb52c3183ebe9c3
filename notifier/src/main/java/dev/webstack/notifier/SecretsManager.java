package dev.webstack.notifier;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

/** GetSecretValue, signed with the function's role. */
final class SecretsManager {

    private final Http http;
    private final SigV4.Credentials credentials;
    private final Clock clock;

    SecretsManager(Http http, SigV4.Credentials credentials, Clock clock) {
        this.http = http;
        this.credentials = credentials;
        this.clock = clock;
    }

    /** The secret's current string value. */
    String secretString(String arn) {
        var region = arn.split(":")[3];
        var host = "secretsmanager." + region + ".amazonaws.com";
        var body = Json.write(Map.of("SecretId", arn));
        var headers = SigV4.sign("POST", host, "/", "", Map.of(
                        "Content-Type", "application/x-amz-json-1.1",
                        "X-Amz-Target", "secretsmanager.GetSecretValue"),
                body, credentials, region, "secretsmanager", clock.instant());
        var response = http.post(URI.create("https://" + host + "/"), headers, body);
        if (!response.ok()) {
            var type = response.body().contains("ResourceNotFoundException")
                    ? "it has no value yet: put the webhook URL with aws secretsmanager put-secret-value --secret-id " + arn
                    : "Secrets Manager answered " + response.status() + " " + response.body();
            throw new DeliveryException("cannot read the webhook secret: " + type);
        }
        var value = Json.parseObject(response.body()).get("SecretString");
        if (!(value instanceof String text) || text.isBlank()) {
            throw new DeliveryException("the webhook secret " + arn + " is empty: put the webhook URL into it");
        }
        return text;
    }
}
