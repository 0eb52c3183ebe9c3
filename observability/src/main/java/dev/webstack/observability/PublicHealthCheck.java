package dev.webstack.observability;

import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.route53.HealthCheck;
import com.pulumi.aws.route53.HealthCheckArgs;
import com.pulumi.aws.scheduler.Schedule;
import com.pulumi.aws.scheduler.ScheduleArgs;
import com.pulumi.aws.scheduler.inputs.ScheduleFlexibleTimeWindowArgs;
import com.pulumi.aws.scheduler.inputs.ScheduleTargetArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.kit.iam.PolicyDocument;
import dev.webstack.kit.naming.NameLimit;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.OffHours;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site as a user sees it: a Route 53 health check probes the custom domain over HTTPS, and
 * an alarm on its {@code HealthCheckStatus} tells the same people.
 *
 * <p>Route 53 publishes health-check metrics in US East (N. Virginia) only (Route 53 Developer
 * Guide, "Monitoring health checks using CloudWatch": https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/monitoring-health-checks.html),
 * so the alarm lives there; CloudWatch cannot alarm in one region on another's metric
 * (aws/aws-cdk#30483) and an alarm's SNS action must be a topic of the alarm's region
 * (PutMetricAlarm, AlarmActions: "arn:aws:sns:region:account-id:sns-topic-name" of the alarm's
 * region). Hence a second, small encrypted topic in us-east-1 with the same email subscribers,
 * created through the stack's us-east-1 provider.
 *
 * <p>Where off-hours stop the service the site answers 503 at night and the check fails; the
 * stack's pause schedules call CloudWatch in the stack's region and cannot reach this alarm, so
 * two schedules in us-east-1, on the same cron expressions and time zone, pause and resume it.
 */
final class PublicHealthCheck {

    static final String SYMPTOM = "site-unreachable";
    /** Route 53's standard interval (10 s costs extra) and its default threshold: unhealthy after about 90 s. */
    static final int REQUEST_INTERVAL_SECONDS = 30;
    static final int FAILURE_THRESHOLD = 3;
    static final String GLOBAL_REGION = "us-east-1";
    static final String PAUSE = "arn:aws:scheduler:::aws-sdk:cloudwatch:disableAlarmActions";
    static final String RESUME = "arn:aws:scheduler:::aws-sdk:cloudwatch:enableAlarmActions";

    /** What the dashboard and the contract need: the check's id and the alarm's name. */
    record Watching(Output<String> healthCheckId, Output<String> alarmName) {
    }

    private PublicHealthCheck() {
    }

    static Watching watch(Resource parent, String name, AlarmsArgs args, PublicEndpoint endpoint, Output<String> account,
                          Optional<DiscordForwarder.Forwarder> forwarder) {
        var naming = args.naming();
        var global = endpoint.globalProvider();
        // Route 53 is a global service: the check needs no particular provider; its metrics appear in us-east-1.
        var check = new HealthCheck(name + "-site-check", HealthCheckArgs.builder()
                .type("HTTPS")
                .fqdn(endpoint.domain())
                .port(443)
                .resourcePath(endpoint.healthCheckPath())
                .enableSni(true)
                .requestInterval(REQUEST_INTERVAL_SECONDS)
                .failureThreshold(FAILURE_THRESHOLD)
                .tags(Map.of("Name", naming.physical("site")))
                .build(), Children.of(parent));

        var topic = AlarmTopic.create(parent, new AlarmTopic.Placement(name + "-" + GLOBAL_REGION, Output.of(GLOBAL_REGION), false,
                o -> o.provider(global)), args, account);
        // The site alarm reaches Discord like every other: the forwarder in the stack's Region serves this topic too.
        forwarder.ifPresent(discord -> DiscordForwarder.subscribeTo(parent, name + "-" + GLOBAL_REGION, discord, topic, o -> o.provider(global)));
        var paused = endpoint.offHours().isPresent();
        var alarm = new MetricAlarm(name + "-site-unreachable", MetricAlarmArgs.builder()
                .name(naming.physical(SYMPTOM))
                .alarmDescription("Route 53 health checkers cannot load https://" + endpoint.domain() + endpoint.healthCheckPath()
                        + " for 2 minutes. Runbook: " + Alarms.RUNBOOK + "#" + SYMPTOM)
                .namespace("AWS/Route53")
                .metricName("HealthCheckStatus")
                .dimensions(check.id().applyValue(id -> Map.of("HealthCheckId", id)))
                .statistic("Minimum")
                .period(60)
                .evaluationPeriods(2)
                .datapointsToAlarm(2)
                .threshold(1.0)
                .comparisonOperator("LessThanThreshold")
                .treatMissingData("notBreaching")
                .actionsEnabled(true)
                .alarmActions(topic.arn().applyValue(List::of))
                .okActions(topic.arn().applyValue(List::of))
                .build(), Children.of(parent, o -> paused ? o.provider(global).ignoreChanges("actionsEnabled") : o.provider(global)));
        endpoint.offHours().ifPresent(schedule -> pauseAtNight(parent, name, args, schedule, alarm, account));
        return new Watching(check.id(), alarm.name());
    }

    /** The stack's off-hours, applied to this one alarm in its own region. */
    private static void pauseAtNight(Resource parent, String name, AlarmsArgs args, OffHours schedule, MetricAlarm alarm,
                                     Output<String> account) {
        var naming = args.naming();
        var role = new Role(name + "-site-pause-role", RoleArgs.builder()
                .name(naming.physical("site-alarm-pause", NameLimit.IAM_ROLE))
                .description("EventBridge Scheduler in us-east-1: pause and resume the site health check alarm outside running hours")
                .assumeRolePolicy(account.applyValue(id -> PolicyDocument.of(Statement.assumedBy("scheduler.amazonaws.com", id)).toJson()))
                .build(), Children.of(parent));
        var policy = new RolePolicy(name + "-site-pause-policy", RolePolicyArgs.builder()
                .role(role.id())
                .name("site-alarm-pause")
                .policy(alarm.arn().applyValue(arn -> PolicyDocument.of(
                        Statement.allow("cloudwatch:DisableAlarmActions", "cloudwatch:EnableAlarmActions").sid("PauseTheSiteAlarm")
                                .on(arn).build()).toJson()))
                .build(), Children.of(parent));
        var input = alarm.name().applyValue(alarmName -> Json.compact(Json.object("AlarmNames", List.of(alarmName))));
        var provider = args.publicEndpoint().orElseThrow().globalProvider();
        for (var step : List.of(new Step("pause", schedule.alarmsPauseCron(), PAUSE, "Pauses the site alarm's actions while the environment sleeps"),
                new Step("resume", schedule.alarmsResumeCron(), RESUME, "Resumes the site alarm's actions "
                        + OffHours.ALARMS_RESUME_DELAY.toMinutes() + " minutes after the service starts"))) {
            new Schedule(name + "-site-alarm-" + step.what(), ScheduleArgs.builder()
                    .name(naming.physical("site-alarm-" + step.what()))
                    .description(step.description())
                    .scheduleExpression(step.cron())
                    .scheduleExpressionTimezone(schedule.zone().getId())
                    .flexibleTimeWindow(ScheduleFlexibleTimeWindowArgs.builder().mode("OFF").build())
                    .target(ScheduleTargetArgs.builder().arn(step.target()).roleArn(role.arn()).input(input).build())
                    .build(), Children.of(parent, o -> o.provider(provider).dependsOn(List.of(policy))));
        }
    }

    private record Step(String what, String cron, String target, String description) {
    }
}
