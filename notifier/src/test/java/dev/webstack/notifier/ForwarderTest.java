package dev.webstack.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/** GIVEN an SNS event and a webhook secret, WHEN the forwarder handles it, THEN each record is one Discord post, or a failure that says why. */
class ForwarderTest {

    static final String WEBHOOK = "https://discord.com/api/webhooks/123456789012345678/abcDEF-ghi_jkl";
    static final String SECRET_ARN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:webstack-production/alarms-discord-webhook-AbCdEf";

    record Call(URI uri, Map<String, String> headers, String body) {
    }

    /** Answers Discord with the given status, recording every post. */
    static final class FakeDiscord implements Http {
        final List<Call> calls = new ArrayList<>();
        final int status;

        FakeDiscord(int status) {
            this.status = status;
        }

        @Override
        public Response post(URI uri, Map<String, String> headers, String body) {
            calls.add(new Call(uri, headers, body));
            return new Response(status, status == 204 ? "" : "{\"message\":\"nope\"}");
        }
    }

    /** Secrets Manager as the SDK client shows it: the value, or no value yet (null), counting lookups. */
    static final class FakeSecretsManager implements SecretsManagerClient {
        final String value;
        final List<String> lookups = new ArrayList<>();

        FakeSecretsManager(String value) {
            this.value = value;
        }

        @Override
        public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
            lookups.add(request.secretId());
            if (value == null) {
                throw ResourceNotFoundException.builder().message("Secrets Manager can't find the specified secret value for staging label: AWSCURRENT").build();
            }
            return GetSecretValueResponse.builder().arn(SECRET_ARN).secretString(value).build();
        }

        @Override
        public String serviceName() {
            return SERVICE_NAME;
        }

        @Override
        public void close() {
        }
    }

    static String snsEvent(String... messages) {
        var records = new ArrayList<Object>();
        for (var message : messages) {
            records.add(Map.of("EventSource", "aws:sns", "Sns", Map.of("Subject", "ALARM", "Message", message)));
        }
        return JsonText.write(Map.of("Records", records));
    }

    static Forwarder forwarder(FakeDiscord discord, FakeSecretsManager secrets) {
        return new Forwarder(discord, new WebhookSecret(() -> secrets, SECRET_ARN), "webstack-production");
    }

    private static String title(Call post) {
        var embeds = (List<?>) JsonText.object(post.body()).get("embeds");
        return String.valueOf(((Map<?, ?>) embeds.get(0)).get("title"));
    }

    @Test
    void readsTheSecretByItsArnThenPostsEachAlertToDiscord() {
        var discord = new FakeDiscord(204);
        var secrets = new FakeSecretsManager(WEBHOOK);
        var delivered = forwarder(discord, secrets).handle(snsEvent(AlertFormatterTest.alarm("ALARM", "OK"), AlertFormatterTest.alarm("OK", "ALARM")));

        assertEquals(2, delivered);
        assertEquals(List.of(SECRET_ARN), secrets.lookups, "one lookup, by the ARN the function was given");
        assertEquals(2, discord.calls.size(), "one post per record");
        var post = discord.calls.get(0);
        assertEquals(URI.create(WEBHOOK), post.uri());
        assertEquals("application/json", post.headers().get("Content-Type"));
        assertEquals("ALARM: webstack-production ecs cpu high", title(post));
        var embed = (Map<?, ?>) ((List<?>) JsonText.object(post.body()).get("embeds")).get(0);
        assertTrue(String.valueOf(embed.get("url")).startsWith("https://ap-northeast-1.console.aws.amazon.com/cloudwatch/"));
        assertEquals("OK: webstack-production ecs cpu high", title(discord.calls.get(1)));
    }

    @Test
    void acceptsTheUrlInAJsonSecret() {
        var discord = new FakeDiscord(204);
        forwarder(discord, new FakeSecretsManager("{\"url\":\"" + WEBHOOK + "\"}")).handle(snsEvent("hello"));
        assertEquals(URI.create(WEBHOOK), discord.calls.get(0).uri());
    }

    @Test
    void failsSoLambdaRetriesWhenDiscordRefusesOrLimitsTheRate() {
        for (var status : List.of(400, 404, 429, 500, 503)) {
            var error = assertThrows(DeliveryException.class,
                    () -> forwarder(new FakeDiscord(status), new FakeSecretsManager(WEBHOOK)).handle(snsEvent("hello")));
            assertTrue(error.getMessage().startsWith("Discord answered " + status + " for \"ALARM\""), error.getMessage());
        }
    }

    @Test
    void sendsNothingAnywhereElse() {
        var discord = new FakeDiscord(204);
        var error = assertThrows(DeliveryException.class,
                () -> forwarder(discord, new FakeSecretsManager("https://attacker.example/collect")).handle(snsEvent("hello")));
        assertTrue(error.getMessage().contains("does not hold a Discord webhook URL"));
        assertTrue(discord.calls.isEmpty(), "nothing was posted");
    }

    @Test
    void saysHowToFixASecretWithoutValue() {
        var discord = new FakeDiscord(204);
        var error = assertThrows(DeliveryException.class, () -> forwarder(discord, new FakeSecretsManager(null)).handle(snsEvent("hello")));
        assertEquals("cannot read the webhook secret: it has no value yet: put the webhook URL with aws secretsmanager "
                + "put-secret-value --secret-id " + SECRET_ARN, error.getMessage());
        assertTrue(discord.calls.isEmpty());
    }

    @Test
    void refusesABlankSecret() {
        var error = assertThrows(DeliveryException.class, () -> forwarder(new FakeDiscord(204), new FakeSecretsManager("  ")).handle(snsEvent("hello")));
        assertEquals("the webhook secret " + SECRET_ARN + " is empty: put the webhook URL into it", error.getMessage());
    }

    @Test
    void readsTheSecretOncePerContainer() {
        var secrets = new FakeSecretsManager(WEBHOOK);
        var forwarder = forwarder(new FakeDiscord(204), secrets);
        forwarder.handle(snsEvent("one"));
        forwarder.handle(snsEvent("two"));
        assertEquals(1, secrets.lookups.size());
    }

    @Test
    void refusesAnEventThatIsNotFromSns() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> forwarder(new FakeDiscord(204), new FakeSecretsManager(WEBHOOK)).handle("{\"detail-type\":\"Scheduled Event\"}"));
        assertEquals("not an SNS event: no Records", error.getMessage());
    }
}
