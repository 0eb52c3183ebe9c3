package dev.webstack.notifier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads what the topic delivers: a CloudWatch alarm state change, an EventBridge event about
 * the migration task, or any other text, and makes it an {@link Alert} a person can act on.
 */
final class AlertFormatter {

    private AlertFormatter() {
    }

    static Alert format(String message, String subject, String stack) {
        Map<String, Object> json;
        try {
            json = JsonText.object(message);
        } catch (IllegalArgumentException notJson) {
            return plain(message, subject, stack);
        }
        if (json.containsKey("AlarmName") && json.containsKey("NewStateValue")) {
            return alarm(json, stack);
        }
        if ("aws.ecs".equals(json.get("source")) && "ECS Task State Change".equals(json.get("detail-type"))) {
            return taskStopped(json, stack);
        }
        return plain(message, subject, stack);
    }

    private static Alert alarm(Map<String, Object> alarm, String stack) {
        var name = text(alarm.get("AlarmName"));
        var state = text(alarm.get("NewStateValue"));
        var previous = text(alarm.get("OldStateValue"));
        var arn = text(alarm.get("AlarmArn"));
        var region = arn.split(":").length > 3 ? arn.split(":")[3] : "";
        var severity = switch (state) {
            case "ALARM" -> Alert.Severity.TROUBLE;
            case "OK" -> Alert.Severity.RECOVERED;
            default -> Alert.Severity.INFORMATION;
        };
        var detail = text(alarm.get("AlarmDescription"));
        var reason = text(alarm.get("NewStateReason"));
        var fields = new ArrayList<Alert.Field>();
        fields.add(new Alert.Field("Stack", stack));
        fields.add(new Alert.Field("State", previous.isEmpty() ? state : previous + " -> " + state));
        fields.add(new Alert.Field("Since", text(alarm.get("StateChangeTime"))));
        var link = region.isEmpty() ? "" : "https://" + region + ".console.aws.amazon.com/cloudwatch/home?region=" + region
                + "#alarmsV2:alarm/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return new Alert(severity, state + ": " + name, detail.isEmpty() ? reason : detail + "\n" + reason, link, fields);
    }

    /** The alarms carry their runbook in their description; an ECS event cannot, so it is named here. */
    static final String MIGRATION_RUNBOOK = "docs/runbook.md#migration-failed";

    private static Alert taskStopped(Map<String, Object> event, String stack) {
        var detail = map(event.get("detail"));
        var region = text(event.get("region"));
        var taskArn = text(detail.get("taskArn"));
        var cluster = text(detail.get("clusterArn")).replaceAll(".*/", "");
        var taskId = taskArn.replaceAll(".*/", "");
        var family = text(detail.get("taskDefinitionArn")).replaceAll(".*task-definition/", "");
        var containers = detail.get("containers") instanceof List<?> list ? list : List.of();
        var exit = containers.stream().map(AlertFormatter::map)
                .map(c -> text(c.get("name")) + " exited with " + exitCode(c.get("exitCode"))
                        + (c.get("reason") != null ? " (" + text(c.get("reason")) + ")" : ""))
                .reduce((a, b) -> a + "; " + b).orElse("no container reported an exit code");
        var fields = List.of(
                new Alert.Field("Stack", stack),
                new Alert.Field("Task definition", family),
                new Alert.Field("Stopped", text(detail.get("stoppedAt")).isEmpty() ? text(event.get("time")) : text(detail.get("stoppedAt"))));
        var link = "https://" + region + ".console.aws.amazon.com/ecs/v2/clusters/" + cluster + "/tasks/" + taskId + "?region=" + region;
        return new Alert(Alert.Severity.TROUBLE, "Migration failed: " + family,
                exit + "\n" + text(detail.get("stoppedReason")) + "\nThe release stopped before updating the service. Runbook: " + MIGRATION_RUNBOOK, link, fields);
    }

    private static Alert plain(String message, String subject, String stack) {
        return new Alert(Alert.Severity.INFORMATION, subject == null || subject.isBlank() ? "Notification" : subject, message, "",
                List.of(new Alert.Field("Stack", stack)));
    }

    private static String exitCode(Object code) {
        return code instanceof Number n ? String.valueOf(n.longValue()) : "no exit code";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
