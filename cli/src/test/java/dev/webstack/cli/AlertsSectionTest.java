package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlanJson;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GIVEN the repository's two stack files, WHEN they are planned, THEN the text and the JSON say who
 * the alarms reach, and what they say matches the resources the plan creates.
 */
class AlertsSectionTest {

    private static Plan plan(String stack) {
        return StackWiringTest.plan(stack);
    }

    private static String text(String stack) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var code = new WebstackCli(ProjectDirectory.find(Path.of("")).path(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run("plan", stack);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The lines of the text report's Alerts section, without its heading. */
    private static List<String> alertsSection(String stack) {
        var lines = text(stack).lines().toList();
        var start = lines.indexOf("Alerts");
        assertTrue(start > 0, "no Alerts section in the plan of " + stack);
        var rest = lines.subList(start + 1, lines.size());
        var end = rest.indexOf("");
        return rest.subList(0, end < 0 ? rest.size() : end);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> jsonChannels(String stack) {
        var alerting = (Map<String, Object>) Json.parseObject(PlanJson.write(plan(stack))).get("alerting");
        return (List<Map<String, Object>>) alerting.get("channels");
    }

    /** The addresses the plan subscribes, from its email subscriptions. */
    private static List<Object> subscribedAddresses(Plan plan) {
        return plan.ofType(AwsTypes.SNS_TOPIC_SUBSCRIPTION).stream().filter(s -> "email".equals(s.inputText("protocol")))
                .map(s -> s.input("endpoint").orElseThrow()).toList();
    }

    @Test
    void productionNamesItsPlaceholderAddressAsUnconfirmedAndUndeliverable() {
        var section = alertsSection("production");

        assertEquals("  email    1 address (oncall@example.com), unconfirmed until the link in AWS's mail is clicked (within 48 hours); "
                + "never delivered to oncall@example.com (reserved domain)", section.get(0));
        assertTrue(section.get(2).startsWith("  discord  through the forwarder; webhook secret webstack-production/alarms-discord-webhook"
                + " is created empty"), section.get(2));
        assertEquals(4, section.size(), String.join("\n", section));
        var email = jsonChannels("production").get(0);
        assertEquals("subscribed", email.get("state"));
        assertEquals(List.of("oncall@example.com"), email.get("recipients"));
        assertEquals(List.of("oncall@example.com"), email.get("undeliverable"));
    }

    @Test
    void productionWarnsOnlyThatItsPlaceholderNeverReceivesMail() {
        var warnings = plan("production").warnings();

        assertEquals(1, warnings.size(), String.join("\n", warnings));
        assertTrue(warnings.get(0).startsWith("alerts: oncall@example.com can never receive mail: example.com is reserved for "
                + "documentation and testing (RFC 2606 section 3, RFC 6761 section 6.5)"), warnings.get(0));
    }

    @Test
    void stagingSaysPlainlyThatNobodyGetsMailAndWarnsOfIt() {
        var section = alertsSection("staging");

        assertEquals("  email    nobody: webstack:alarms.emails is empty", section.get(0));
        assertEquals("             subscribe someone: pulumi config set --path 'webstack:alarms.emails[0]' <address>", section.get(1));
        assertEquals("nobody", jsonChannels("staging").get(0).get("state"));
        assertEquals(1, plan("staging").warnings().stream().filter(w -> w.startsWith("alerts: staging's alarms reach nobody by email"))
                .count(), String.join("\n", plan("staging").warnings()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theRecipientsListedAreExactlyTheAddressesThePlanSubscribes(String stack) {
        var plan = plan(stack);

        assertEquals(subscribedAddresses(plan), jsonChannels(stack).get(0).get("recipients"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theDiscordSecretNamedIsTheOneThePlanCreates(String stack) {
        var plan = plan(stack);
        var secret = plan.named(AwsTypes.SECRETSMANAGER_SECRET, "alarms-discord-webhook").inputText("name");

        var discord = jsonChannels(stack).get(1);

        assertEquals("discord", discord.get("channel"));
        assertEquals("set it: aws secretsmanager put-secret-value --secret-id " + secret + " --secret-string <webhook URL>",
                discord.get("action"));
    }

    @Test
    void theJsonFieldReadsBackAsThePlansAlerting() {
        var plan = plan("production");

        assertEquals(plan.alerting(), PlanJson.read(PlanJson.write(plan)).alerting());
    }
}
