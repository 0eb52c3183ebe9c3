package dev.webstack.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertFormatterTest {

    static String alarm(String state, String previous) {
        return "{\"AlarmName\":\"webstack-production ecs cpu high\",\"AlarmDescription\":\"Service CPU above 80% for 5 minutes\","
                + "\"AWSAccountId\":\"123456789012\",\"NewStateValue\":\"" + state + "\",\"OldStateValue\":\"" + previous + "\","
                + "\"NewStateReason\":\"Threshold Crossed: 5 datapoints were greater than the threshold (80.0).\","
                + "\"StateChangeTime\":\"2026-11-24T03:15:00.000+0000\",\"Region\":\"Asia Pacific (Tokyo)\","
                + "\"AlarmArn\":\"arn:aws:cloudwatch:ap-northeast-1:123456789012:alarm:webstack-production ecs cpu high\"}";
    }

    static final String MIGRATION_FAILED = "{\"version\":\"0\",\"detail-type\":\"ECS Task State Change\",\"source\":\"aws.ecs\","
            + "\"account\":\"123456789012\",\"time\":\"2026-11-24T03:20:00Z\",\"region\":\"ap-northeast-1\",\"detail\":{"
            + "\"clusterArn\":\"arn:aws:ecs:ap-northeast-1:123456789012:cluster/webstack-production\","
            + "\"taskArn\":\"arn:aws:ecs:ap-northeast-1:123456789012:task/webstack-production/0a1b2c3d\","
            + "\"taskDefinitionArn\":\"arn:aws:ecs:ap-northeast-1:123456789012:task-definition/webstack-production-migration:7\","
            + "\"lastStatus\":\"STOPPED\",\"stoppedReason\":\"Essential container in task exited\","
            + "\"stoppedAt\":\"2026-11-24T03:19:58Z\",\"containers\":[{\"name\":\"migration\",\"exitCode\":1}]}}";

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ALARM, OK, TROUBLE", "OK, ALARM, RECOVERED", "INSUFFICIENT_DATA, OK, INFORMATION"})
    void anAlarmSaysWhatWhereWhyAndWhereToLook(String state, String previous, Alert.Severity severity) {
        var alert = AlertFormatter.format(alarm(state, previous), "ALARM: ...", "webstack-production");
        assertEquals(severity, alert.severity());
        assertEquals(state + ": webstack-production ecs cpu high", alert.title());
        assertEquals("Service CPU above 80% for 5 minutes\nThreshold Crossed: 5 datapoints were greater than the threshold (80.0).",
                alert.detail());
        assertEquals("https://ap-northeast-1.console.aws.amazon.com/cloudwatch/home?region=ap-northeast-1"
                + "#alarmsV2:alarm/webstack-production%20ecs%20cpu%20high", alert.link());
        assertEquals(List.of(new Alert.Field("Stack", "webstack-production"), new Alert.Field("State", previous + " -> " + state),
                new Alert.Field("Since", "2026-11-24T03:15:00.000+0000")), alert.fields());
    }

    @Test
    void aFailedMigrationNamesTheTaskItsExitCodeAndWhatDidNotHappen() {
        var alert = AlertFormatter.format(MIGRATION_FAILED, null, "webstack-production");
        assertEquals(Alert.Severity.TROUBLE, alert.severity());
        assertEquals("Migration failed: webstack-production-migration:7", alert.title());
        assertTrue(alert.detail().startsWith("migration exited with 1\nEssential container in task exited"), alert.detail());
        assertTrue(alert.detail().endsWith("Runbook: docs/runbook.md#migration-failed"), alert.detail());
        assertEquals("https://ap-northeast-1.console.aws.amazon.com/ecs/v2/clusters/webstack-production/tasks/0a1b2c3d?region=ap-northeast-1",
                alert.link());
    }

    @Test
    void anythingElseIsPassedOnAsText() {
        var alert = AlertFormatter.format("Hello from a test publish", "Test", "webstack-staging");
        assertEquals(Alert.Severity.INFORMATION, alert.severity());
        assertEquals("Test", alert.title());
        assertEquals("Hello from a test publish", alert.detail());
        assertEquals("Notification", AlertFormatter.format("{\"unrelated\":1}", null, "s").title());
    }

    @Test
    void discordGetsOneEmbedWithinItsLimitsAndNoMentions() {
        var long4k = "x".repeat(5000);
        var alert = new Alert(Alert.Severity.TROUBLE, "t".repeat(300), long4k, "https://example.com", List.of(new Alert.Field("Stack", "s")));
        var message = JsonText.object(DiscordMessage.json(alert));
        var embed = (java.util.Map<?, ?>) ((List<?>) message.get("embeds")).get(0);
        assertEquals(256, ((String) embed.get("title")).length());
        assertEquals(4096, ((String) embed.get("description")).length());
        assertTrue(((String) embed.get("description")).endsWith("…"));
        assertEquals((double) 0xE74C3C, embed.get("color"));
        assertEquals(java.util.Map.of("parse", List.of()), message.get("allowed_mentions"));
    }
}
