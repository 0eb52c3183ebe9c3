package dev.webstack.notifier;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Forwards each SNS record to the Discord webhook whose URL is kept in Secrets Manager. The
 * URL is read once per container; only Discord's webhook endpoints are accepted, so a wrong
 * secret cannot send alarm text anywhere else.
 */
final class Forwarder {

    private static final Pattern WEBHOOK = Pattern.compile("https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d+/[\\w-]+");

    private final Http http;
    private final Supplier<String> secret;
    private final String stack;
    private String webhook;

    Forwarder(Http http, Supplier<String> secret, String stack) {
        this.http = http;
        this.secret = secret;
        this.stack = stack;
    }

    /** Delivers every record of an SNS event; returns how many. Throws when one fails. */
    int handle(String snsEvent) {
        var records = JsonText.object(snsEvent).get("Records");
        if (!(records instanceof List<?> list)) {
            throw new IllegalArgumentException("not an SNS event: no Records");
        }
        for (var record : list) {
            var sns = (Map<?, ?>) ((Map<?, ?>) record).get("Sns");
            var alert = AlertFormatter.format(String.valueOf(sns.get("Message")), (String) sns.get("Subject"), stack);
            var response = http.post(URI.create(webhook()), Map.of("Content-Type", "application/json"), DiscordMessage.json(alert));
            if (!response.ok()) {
                throw new DeliveryException("Discord answered " + response.status() + " for \"" + alert.title() + "\": "
                        + DiscordMessage.cut(response.body(), 300));
            }
        }
        return list.size();
    }

    private String webhook() {
        if (webhook == null) {
            var value = secret.get().trim();
            if (value.startsWith("{")) {
                value = String.valueOf(JsonText.object(value).get("url"));
            }
            if (!WEBHOOK.matcher(value).matches()) {
                throw new DeliveryException("the webhook secret does not hold a Discord webhook URL "
                        + "(https://discord.com/api/webhooks/<id>/<token>); nothing was sent");
            }
            webhook = value;
        }
        return webhook;
    }
}
