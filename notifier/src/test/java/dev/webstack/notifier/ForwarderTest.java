package dev.webstack.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole path up to the HTTP calls: SNS event in, a signed secret lookup, one webhook post per record. */
class ForwarderTest {

    static final String WEBHOOK = "https://discord.com/api/webhooks/123456789012345678/abcDEF-ghi_jkl";
    static final String SECRET_ARN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:webstack-production/alarms-discord-webhook-AbCdEf";

    record Call(URI uri, Map<String, String> headers, String body) {
    }

    /** Answers Secrets Manager with the given secret value and Discord with the given status, recording every call. */
    static final class FakeHttp implements Http {
        final List<Call> calls = new ArrayList<>();
        final String secretValue;
        final int discordStatus;

        FakeHttp(String secretValue, int discordStatus) {
            this.secretValue = secretValue;
            this.discordStatus = discordStatus;
        }

        @Override
        public Response post(URI uri, Map<String, String> headers, String body) {
            calls.add(new Call(uri, headers, body));
            if (uri.getHost().startsWith("secretsmanager.")) {
                return secretValue == null
                        ? new Response(400, "{\"__type\":\"ResourceNotFoundException\",\"message\":\"can't find the specified secret value\"}")
                        : new Response(200, Json.write(Map.of("ARN", SECRET_ARN, "SecretString", secretValue)));
            }
            return new Response(discordStatus, discordStatus == 204 ? "" : "{\"message\":\"nope\"}");
        }
    }

    static String snsEvent(String... messages) {
        var records = new ArrayList<Object>();
        for (var message : messages) {
            records.add(Map.of("EventSource", "aws:sns", "Sns", Map.of("Subject", "ALARM", "Message", message)));
        }
        return Json.write(Map.of("Records", records));
    }

    static Forwarder forwarder(FakeHttp http) {
        var secrets = new SecretsManager(http, new SigV4.Credentials("ASIAEXAMPLE", "secret", "session"),
                Clock.fixed(Instant.parse("2026-11-24T03:15:00Z"), ZoneOffset.UTC));
        return new Forwarder(http, () -> secrets.secretString(SECRET_ARN), "webstack-production");
    }

    @Test
    void readsTheSecretWithASignedRequestThenPostsEachAlertToDiscord() {
        var http = new FakeHttp(WEBHOOK, 204);
        var delivered = forwarder(http).handle(snsEvent(AlertFormatterTest.alarm("ALARM", "OK"), AlertFormatterTest.alarm("OK", "ALARM")));
        assertEquals(2, delivered);
        assertEquals(3, http.calls.size(), "one secret lookup, then one post per record");

        var lookup = http.calls.get(0);
        assertEquals(URI.create("https://secretsmanager.ap-northeast-1.amazonaws.com/"), lookup.uri());
        assertEquals("secretsmanager.GetSecretValue", lookup.headers().get("X-Amz-Target"));
        assertTrue(lookup.headers().get("Authorization").startsWith(
                "AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20261124/ap-northeast-1/secretsmanager/aws4_request"), lookup.headers().toString());
        assertEquals("session", lookup.headers().get("X-Amz-Security-Token"));
        assertEquals(Map.of("SecretId", SECRET_ARN), Json.parseObject(lookup.body()));

        var post = http.calls.get(1);
        assertEquals(URI.create(WEBHOOK), post.uri());
        var embed = (Map<?, ?>) ((List<?>) Json.parseObject(post.body()).get("embeds")).get(0);
        assertEquals("ALARM: webstack-production ecs cpu high", embed.get("title"));
        assertTrue(String.valueOf(embed.get("url")).startsWith("https://ap-northeast-1.console.aws.amazon.com/cloudwatch/"));
        assertEquals("OK: webstack-production ecs cpu high",
                ((Map<?, ?>) ((List<?>) Json.parseObject(http.calls.get(2).body()).get("embeds")).get(0)).get("title"));
    }

    @Test
    void acceptsTheUrlInAJsonSecret() {
        var http = new FakeHttp("{\"url\":\"" + WEBHOOK + "\"}", 204);
        forwarder(http).handle(snsEvent("hello"));
        assertEquals(URI.create(WEBHOOK), http.calls.get(1).uri());
    }

    @Test
    void failsSoLambdaRetriesWhenDiscordRefuses() {
        for (var status : List.of(429, 500)) {
            var error = assertThrows(DeliveryException.class, () -> forwarder(new FakeHttp(WEBHOOK, status)).handle(snsEvent("hello")));
            assertTrue(error.getMessage().startsWith("Discord answered " + status), error.getMessage());
        }
    }

    @Test
    void sendsNothingAnywhereElse() {
        var http = new FakeHttp("https://attacker.example/collect", 204);
        var error = assertThrows(DeliveryException.class, () -> forwarder(http).handle(snsEvent("hello")));
        assertTrue(error.getMessage().contains("does not hold a Discord webhook URL"));
        assertEquals(1, http.calls.size(), "only the secret lookup happened");
    }

    @Test
    void saysHowToFixASecretWithoutValue() {
        var error = assertThrows(DeliveryException.class, () -> forwarder(new FakeHttp(null, 204)).handle(snsEvent("hello")));
        assertEquals("cannot read the webhook secret: it has no value yet: put the webhook URL with aws secretsmanager "
                + "put-secret-value --secret-id " + SECRET_ARN, error.getMessage());
    }

    @Test
    void readsTheSecretOncePerContainer() {
        var http = new FakeHttp(WEBHOOK, 204);
        var forwarder = forwarder(http);
        forwarder.handle(snsEvent("one"));
        forwarder.handle(snsEvent("two"));
        assertEquals(1, http.calls.stream().filter(c -> c.uri().getHost().startsWith("secretsmanager.")).count());
    }
}
