package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.Alerting;
import dev.webstack.settings.Environment;
import dev.webstack.settings.StackSettings;
import dev.webstack.testkit.ComponentHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GIVEN a stack's alarm recipients, WHEN it is planned, THEN the plan says who each channel reaches and warns when nobody. */
class AlertRoutesTest {

    private static StackSettings production(String... lines) {
        return ComponentHarness.settings(Environment.PRODUCTION, lines);
    }

    private static List<String> alertWarnings(StackSettings settings) {
        return AlertRoutes.warnings(settings);
    }

    private static Alerting.Channel channel(StackSettings settings, String name) {
        return AlertRoutes.of(settings).channels().stream().filter(c -> c.channel().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} warns, citing {1}")
    @CsvSource(delimiter = '|', value = {
            "oncall@example.com         | example.com | RFC 2606 section 3, RFC 6761 section 6.5",
            "oncall@example.net         | example.net | RFC 2606 section 3, RFC 6761 section 6.5",
            "oncall@alerts.example.org  | example.org | RFC 2606 section 3, RFC 6761 section 6.5",
            "oncall@corp.example        | example     | RFC 2606 section 2, RFC 6761 section 6.5",
            "oncall@ops.test            | test        | RFC 2606 section 2, RFC 6761 section 6.2",
            "oncall@nowhere.invalid     | invalid     | RFC 2606 section 2, RFC 6761 section 6.4",
            "oncall@box.localhost       | localhost   | RFC 2606 section 2, RFC 6761 section 6.3",
    })
    void anAddressAtAReservedDomainWarnsThatItNeverReceivesMail(String address, String domain, String rfcs) {
        var settings = production("webstack:alarms.emails: [someone@example-corp.com, " + address + "]");

        var warnings = alertWarnings(settings);

        assertEquals(List.of("alerts: " + address + " can never receive mail: " + domain + " is reserved for documentation and testing ("
                + rfcs + "), so nobody can own it and production's alarms reach nobody through this address; replace it with a "
                + "mailbox someone reads before the first pulumi up: pulumi config set --path 'webstack:alarms.emails[1]' <address>. "
                + "pulumi preview and up refuse production until then."), warnings);
        assertEquals(List.of(address), channel(settings, "email").undeliverable());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"oncall@example-corp.com", "oncall@example.co.jp", "oncall@test.com", "oncall@notexample.org",
            "oncall@localhost.example-corp.com"})
    void anAddressAtADomainSomeoneMayOwnDoesNotWarn(String address) {
        var settings = production("webstack:alarms.emails: [" + address + "]");

        assertEquals(List.of(), alertWarnings(settings));
        assertEquals(List.of(), channel(settings, "email").undeliverable());
    }

    @Test
    void stagingWithoutAnAddressSaysItsAlarmsReachNobodyByEmail() {
        var settings = ComponentHarness.settings(Environment.STAGING, "webstack:alarms.emails: []");

        assertEquals(List.of("alerts: staging's alarms reach nobody by email (webstack:alarms.emails is empty), only Discord once "
                + "its webhook secret holds a URL; subscribe someone: pulumi config set --path 'webstack:alarms.emails[0]' <address>."),
                alertWarnings(settings));
        var email = channel(settings, "email");
        assertEquals("nobody", email.state());
        assertEquals(List.of(), email.recipients());
    }

    @Test
    void withoutAddressOrDiscordNothingIsAlerted() {
        var settings = ComponentHarness.settings(Environment.STAGING, "webstack:alarms.discord: false");

        assertEquals(List.of("alarms reach nobody: set webstack:alarms.emails or turn on webstack:alarms.discord."), alertWarnings(settings));
        assertEquals("off", channel(settings, "discord").state());
    }

    @Test
    void aNamedOptOutIsShownWithItsReasonAndDoesNotWarn() {
        var settings = production("webstack:alarms.noEmailReason: 'PagerDuty subscribes to the topic; on-call: platform rota'");

        var email = channel(settings, "email");

        assertEquals("opted-out", email.state());
        assertEquals("nobody (alarms.noEmailReason: PagerDuty subscribes to the topic; on-call: platform rota)", email.detail());
        assertEquals(List.of(), alertWarnings(settings));
    }

    @Test
    void subscribedAddressesAreListedUnconfirmedAndTheCommandAddsTheNextOne() {
        var settings = production("webstack:alarms.emails: [a@example-corp.com, b@example-corp.com]");

        var email = channel(settings, "email");

        assertEquals("subscribed", email.state());
        assertEquals(List.of("a@example-corp.com", "b@example-corp.com"), email.recipients());
        assertEquals("2 addresses (a@example-corp.com, b@example-corp.com), each unconfirmed until the link in AWS's mail is clicked "
                + "(within 48 hours)", email.detail());
        assertEquals("subscribe someone: pulumi config set --path 'webstack:alarms.emails[2]' <address>", email.action());
    }

    @Test
    void discordNamesTheSecretCreatedEmptyAndHowToFillIt() {
        var discord = channel(production("webstack:alarms.emails: [a@example-corp.com]"), "discord");

        assertEquals("forwarded", discord.state());
        assertTrue(discord.detail().contains("webhook secret webstack-production/alarms-discord-webhook is created empty"), discord.detail());
        assertEquals("set it: aws secretsmanager put-secret-value --secret-id webstack-production/alarms-discord-webhook "
                + "--secret-string <webhook URL>", discord.action());
    }
}
