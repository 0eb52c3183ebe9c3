package dev.webstack.cli;

import dev.webstack.kit.naming.Naming;
import dev.webstack.plan.Alerting.Channel;
import dev.webstack.plan.Alerting;
import dev.webstack.settings.AlarmSettings;
import dev.webstack.settings.StackSettings;
import dev.webstack.settings.net.EmailAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a stack's alarms reach, and through which channel, from its settings: the plan's
 * "Alerts" section and JSON field {@code alerting}, and the warnings for alarms that reach
 * nobody. Production without a recipient never gets here: the settings refuse it.
 */
public final class AlertRoutes {

    /**
     * The Discord webhook secret is {@code <app>-<stack>/alarms-discord-webhook} (the observability
     * component creates it; StackWiringTest checks the name against the planned secret).
     */
    static final String DISCORD_SECRET = "/alarms-discord-webhook";

    private AlertRoutes() {
    }

    public static Alerting of(StackSettings settings) {
        return new Alerting(List.of(email(settings.alarms()), discord(settings)));
    }

    /** Alarms that reach nobody by email, or nobody at all: said plainly, never left to be found in an outage. */
    public static List<String> warnings(StackSettings settings) {
        var alarms = settings.alarms();
        var found = new ArrayList<String>();
        var environment = settings.identity().stack();
        if (alarms.emails().isEmpty() && !alarms.discord()) {
            found.add("alarms reach nobody: set webstack:alarms.emails or turn on webstack:alarms.discord.");
        } else if (alarms.emails().isEmpty() && alarms.noEmailReason().isEmpty()) {
            found.add("alerts: " + environment + "'s alarms reach nobody by email (webstack:alarms.emails is empty), only Discord "
                    + "once its webhook secret holds a URL; subscribe someone: " + subscribe(alarms) + ".");
        }
        for (var address : alarms.emails()) {
            EmailAddress.reservedDomain(address).ifPresent(reserved -> found.add("alerts: " + address + " can never receive mail: "
                    + reserved.domain() + " is reserved for documentation and testing (" + reserved.rfcSections()
                    + "), so nobody can own it and " + environment + "'s alarms reach nobody through this address; replace it "
                    + "with a mailbox someone reads before the first pulumi up: pulumi config set --path 'webstack:alarms.emails["
                    + alarms.emails().indexOf(address) + "]' <address>."
                    + (settings.environment().isProduction() ? " pulumi preview and up refuse production until then." : "")));
        }
        return found;
    }

    private static Channel email(AlarmSettings alarms) {
        var emails = alarms.emails();
        var undeliverable = emails.stream().filter(e -> EmailAddress.reservedDomain(e).isPresent()).toList();
        var add = "subscribe someone: " + subscribe(alarms);
        if (!emails.isEmpty()) {
            // Email subscriptions stay pending until the address clicks the link SNS mails it; SNS deletes
            // one left unconfirmed for 48 hours (AWS What's New, 10 May 2023, "Amazon SNS now supports
            // automatic deletion of unconfirmed subscriptions").
            var detail = (emails.size() == 1 ? "1 address" : emails.size() + " addresses") + " (" + String.join(", ", emails)
                    + "), " + (emails.size() == 1 ? "" : "each ") + "unconfirmed until the link in AWS's mail is clicked (within 48 hours)"
                    + (undeliverable.isEmpty() ? "" : "; never delivered to " + String.join(", ", undeliverable) + " (reserved domain)");
            return new Channel("email", "subscribed", emails, undeliverable, detail, add);
        }
        return alarms.noEmailReason()
                .map(reason -> new Channel("email", "opted-out", List.of(), List.of(), "nobody (alarms.noEmailReason: " + reason + ")", add))
                .orElseGet(() -> new Channel("email", "nobody", List.of(), List.of(),
                        "nobody: webstack:alarms.emails is empty", add));
    }

    private static Channel discord(StackSettings settings) {
        if (!settings.alarms().discord()) {
            return new Channel("discord", "off", List.of(), List.of(), "off (webstack:alarms.discord: false)",
                    "turn it on: pulumi config set webstack:alarms.discord true");
        }
        var secret = Naming.of(settings.identity()).prefix() + DISCORD_SECRET;
        return new Channel("discord", "forwarded", List.of(), List.of(), "through the forwarder; webhook secret " + secret
                + " is created empty, and until it holds the webhook URL no alarm reaches Discord",
                "set it: aws secretsmanager put-secret-value --secret-id " + secret + " --secret-string <webhook URL>");
    }

    /** The next free index, so the command adds an address instead of replacing the first. */
    private static String subscribe(AlarmSettings alarms) {
        return AlarmSettings.SUBSCRIBE_COMMAND.replace("[0]", "[" + alarms.emails().size() + "]");
    }
}
