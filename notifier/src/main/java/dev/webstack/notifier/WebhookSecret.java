package dev.webstack.notifier;

import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * The webhook URL's secret, read with {@code GetSecretValue} through the AWS SDK (which signs
 * the request with the function's role). Failures say how to fix the secret without printing
 * its value.
 */
final class WebhookSecret implements Supplier<String> {

    private final Supplier<SecretsManagerClient> client;
    private final String arn;

    /** The client is made on first use: a container that never forwards never pays for it. */
    WebhookSecret(Supplier<SecretsManagerClient> client, String arn) {
        this.client = client;
        this.arn = arn;
    }

    @Override
    public String get() {
        String value;
        try {
            value = client.get().getSecretValue(request -> request.secretId(arn)).secretString();
        } catch (ResourceNotFoundException noValue) {
            // A secret created without a value has no AWSCURRENT version: GetSecretValue answers
            // ResourceNotFoundException ("can't find the specified secret value"), the same as for a missing secret.
            throw new DeliveryException("cannot read the webhook secret: it has no value yet: put the webhook URL with "
                    + "aws secretsmanager put-secret-value --secret-id " + arn, noValue);
        } catch (SdkException refused) {
            throw new DeliveryException("cannot read the webhook secret " + arn + ": " + refused.getMessage(), refused);
        }
        if (value == null || value.isBlank()) {
            throw new DeliveryException("the webhook secret " + arn + " is empty: put the webhook URL into it");
        }
        return value;
    }
}
