package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.offline.catalog.MockResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** EventBridge Scheduler: groups and schedules, refusing what the service refuses. */
public final class SchedulerMocks {

    private static final Pattern NAME = Pattern.compile("[0-9a-zA-Z_.-]{1,64}");
    /** cron(minutes hours day-of-month month day-of-week year), with exactly one of the two day fields '?'. */
    private static final Pattern CRON = Pattern.compile("cron\\((\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+)\\)");
    private static final Pattern RATE = Pattern.compile("rate\\(\\d+ (minute|minutes|hour|hours|day|days)\\)");
    private static final Pattern UNIVERSAL_TARGET = Pattern.compile("arn:aws:scheduler:::aws-sdk:[a-z0-9]+:[a-z][A-Za-z0-9]+");
    private static final Set<String> READ_ONLY_PREFIXES = Set.of("get", "describe", "list", "poll", "receive", "search", "scan",
            "query", "select", "read", "lookup", "discover", "validate");

    private SchedulerMocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource(AwsTypes.SCHEDULER_SCHEDULE_GROUP, r -> {
            var name = checkedName(r);
            r.id(name).set("arn", r.facts().arn("scheduler", "schedule-group/" + name)).set("state", "ACTIVE");
        });
        catalog.resource(AwsTypes.SCHEDULER_SCHEDULE, SchedulerMocks::schedule);
    }

    private static String checkedName(MockResource r) {
        var name = r.autoName("name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("EventBridge Scheduler refuses the name '" + name + "': 1-64 of [0-9a-zA-Z-_.]");
        }
        return name;
    }

    private static void schedule(MockResource r) {
        var name = checkedName(r);
        var group = String.valueOf(r.input("groupName").orElse("default"));
        var expression = r.inputText("scheduleExpression");
        var cron = CRON.matcher(expression);
        if (cron.matches()) {
            if (!"?".equals(cron.group(3)) == !"?".equals(cron.group(5))) {
                throw new IllegalArgumentException("schedule " + name + ": " + expression + " needs '?' in exactly one of day-of-month and day-of-week");
            }
        } else if (!RATE.matcher(expression).matches() && !expression.startsWith("at(")) {
            throw new IllegalArgumentException("schedule " + name + ": '" + expression + "' is not cron(...), rate(...) or at(...)");
        }
        r.input("scheduleExpressionTimezone").ifPresent(zone -> {
            try {
                ZoneId.of(String.valueOf(zone));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("schedule " + name + ": unknown time zone " + zone, e);
            }
        });
        var mode = r.input("flexibleTimeWindow").map(w -> String.valueOf(((Map<?, ?>) w).get("mode"))).orElse("");
        if (!Set.of("OFF", "FLEXIBLE").contains(mode)) {
            throw new IllegalArgumentException("schedule " + name + ": flexibleTimeWindow.mode must be OFF or FLEXIBLE");
        }
        var target = (Map<?, ?>) r.input("target").orElseThrow(() -> new IllegalArgumentException("schedule " + name + " has no target"));
        var arn = String.valueOf(target.get("arn"));
        if (arn.startsWith("arn:aws:scheduler:::")) {
            if (!UNIVERSAL_TARGET.matcher(arn).matches()) {
                throw new IllegalArgumentException("schedule " + name + ": '" + arn + "' is not arn:aws:scheduler:::aws-sdk:<service>:<apiAction>");
            }
            var action = arn.substring(arn.lastIndexOf(':') + 1);
            if (READ_ONLY_PREFIXES.stream().anyMatch(action::startsWith)) {
                throw new IllegalArgumentException("schedule " + name + ": Scheduler does not call read-only actions such as " + action);
            }
        }
        if (target.get("roleArn") == null) {
            throw new IllegalArgumentException("schedule " + name + ": a target needs the role Scheduler assumes");
        }
        if (target.get("input") != null) {
            Json.parse(String.valueOf(target.get("input")));
        }
        r.id(group + "/" + name).set("arn", r.facts().arn("scheduler", "schedule/" + group + "/" + name))
                .setIfAbsent("groupName", group).setIfAbsent("state", "ENABLED");
    }
}
