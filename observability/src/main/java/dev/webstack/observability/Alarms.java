package dev.webstack.observability;

import com.pulumi.aws.cloudwatch.Dashboard;
import com.pulumi.aws.cloudwatch.DashboardArgs;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.cloudwatch.inputs.MetricAlarmMetricQueryArgs;
import com.pulumi.aws.cloudwatch.inputs.MetricAlarmMetricQueryMetricArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.webstack.kit.Children;
import dev.webstack.kit.StackFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Alarms that reach people. One topic, encrypted with a customer-managed key whose policy
 * lets CloudWatch and EventBridge publish (with the AWS-managed SNS key their notifications
 * are silently dropped); email subscriptions and the Discord forwarder; the alarms of requirements R4.1 on
 * the service, the load balancer and the database, each with alarm and OK actions and
 * dimensions exactly as CloudWatch publishes them; an EventBridge rule for failed migrations;
 * and a dashboard.
 */
public final class Alarms extends ComponentResource {

    public static final String TYPE = "webstack:observability:Alarms";

    /** Where each alarm's "what to do" is written. */
    static final String RUNBOOK = "docs/runbook.md";
    static final String NO_HEALTHY_TARGETS = "no-healthy-targets";
    static final String ERROR_LOGS = "error-logs-high";
    static final String MIGRATION_ALERT_UNDELIVERED = "migration-alert-undelivered";

    private final Output<String> topicArn;
    private final List<Output<String>> alarmNames = new ArrayList<>();
    /** The alarms whose actions an off-hours schedule may pause: all but those that judge the night themselves. */
    private final List<Output<String>> pausedAlarmNames = new ArrayList<>();
    private final Output<String> dashboardName;
    private final Output<String> dashboardUrl;
    private final AlarmsArgs args;
    /** The forwarder's queue of undelivered notifications, when there is a forwarder. */
    private Output<String> undeliveredQueue;


    public Alarms(String name, AlarmsArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        this.args = args;
        var naming = args.naming();
        var settings = args.settings();
        var watched = args.watched();
        var account = StackFacts.account(this);
        var region = StackFacts.region(this);

        var topic = AlarmTopic.create(this, AlarmTopic.Placement.regional(name, region), args, account);
        this.topicArn = topic.arn();
        var forwarder = settings.discord() ? Optional.of(DiscordForwarder.subscribe(this, name, args, topic, account))
                : Optional.<DiscordForwarder.Forwarder>empty();
        forwarder.ifPresent(discord -> undeliveredQueue = discord.queueName());
        if (forwarder.isPresent()) {
            // A record in the queue is a notification Discord never got, after Lambda's retries. The alarm
            // reaches email through the same topic; while Discord is down its own Discord copy fails too and
            // adds one record, but the alarm is already in ALARM, so nothing is notified again (no loop).
            alarm(name + "-forwarder-failed", "alarm-forwarder-failed", "An alarm notification could not be delivered to Discord",
                    new Metric("AWS/SQS", "ApproximateNumberOfMessagesVisible", "Maximum",
                            forwarder.get().queueName().applyValue(queue -> dimensions("QueueName", queue))),
                    Breach.above(0, 300, 1), Quiet.NEVER);
        }

        var ecs = Output.tuple(watched.clusterName(), watched.serviceName())
                .applyValue(t -> dimensions("ClusterName", t.t1, "ServiceName", t.t2));
        var rds = watched.databaseIdentifier().applyValue(id -> dimensions("DBInstanceIdentifier", id));
        var targets = Output.tuple(watched.targetGroupArnSuffix(), watched.loadBalancerArnSuffix())
                .applyValue(t -> dimensions("TargetGroup", t.t1, "LoadBalancer", t.t2));

        // No data means no tasks (off-hours) or a stopped database: not trouble by itself.
        // An outage shows in the load balancer's 5xx and unhealthy-target alarms.
        alarm(name + "-service-cpu", "service-cpu-high", "Service CPU above " + settings.serviceCpuPercent() + "% for 5 minutes",
                new Metric("AWS/ECS", "CPUUtilization", "Average", ecs), Breach.above(settings.serviceCpuPercent(), 60, 5));
        alarm(name + "-service-memory", "service-memory-high", "Service memory above " + settings.serviceMemoryPercent() + "% for 5 minutes",
                new Metric("AWS/ECS", "MemoryUtilization", "Average", ecs), Breach.above(settings.serviceMemoryPercent(), 60, 5));
        alarm(name + "-db-cpu", "db-cpu-high", "Database CPU above " + settings.databaseCpuPercent() + "% for 10 minutes",
                new Metric("AWS/RDS", "CPUUtilization", "Average", rds), Breach.above(settings.databaseCpuPercent(), 60, 10));
        alarm(name + "-db-storage", "db-free-storage-low", "Database free storage below " + settings.databaseFreeStorageGb() + " GiB",
                new Metric("AWS/RDS", "FreeStorageSpace", "Minimum", rds),
                Breach.below(settings.databaseFreeStorageGb() * 1024.0 * 1024 * 1024, 300, 1));
        alarm(name + "-db-connections", "db-connections-high", "Database connections above " + settings.databaseConnections()
                        + " (80% of max_connections) for 5 minutes",
                new Metric("AWS/RDS", "DatabaseConnections", "Maximum", rds), Breach.above(settings.databaseConnections(), 60, 5));
        if (args.burstableDatabase()) {
            // Unlimited mode never throttles a burstable class: load above its baseline spends
            // earned credits, then surplus ones that may be billed, while the CPU alarm stays quiet.
            alarm(name + "-db-cpu-credits", "db-cpu-surplus-charged", "Database billed for CPU surplus credits this hour",
                    new Metric("AWS/RDS", "CPUSurplusCreditsCharged", "Sum", rds), Breach.above(0, 3600, 1));
        }
        alarm(name + "-unhealthy-targets", "unhealthy-targets", "A task failed its load balancer health checks for 2 minutes",
                new Metric("AWS/ApplicationELB", "UnHealthyHostCount", "Maximum", targets), Breach.above(0, 60, 2));
        errorRateAlarm(name, targets);
        noHealthyTargetsAlarm(name, targets);
        var errorLogs = ErrorLogs.count(this, name, args);
        alarm(name + "-error-logs", ERROR_LOGS, "More than " + settings.errorLogThreshold() + " error log events in 5 minutes",
                new Metric(errorLogs.namespace(), errorLogs.name(), "Sum", null),
                Breach.above(settings.errorLogThreshold(), 300, 1));
        var healthCheck = args.publicEndpoint().map(endpoint -> PublicHealthCheck.watch(this, name, args, endpoint, account, forwarder));
        healthCheck.ifPresent(check -> alarmNames.add(check.alarmName()));

        var migrationRule = MigrationFailure.alert(this, name, args, topic, account, region);
        // EventBridge delivers the failed-migration alert itself; if it cannot (the topic's key
        // policy, a deleted topic), only this metric says so. It is published for the default bus
        // by RuleName, and only when not zero ("Monitoring Amazon EventBridge", EventBridge User Guide).
        alarm(name + "-migration-alert-undelivered", MIGRATION_ALERT_UNDELIVERED,
                "EventBridge could not deliver a failed-migration alert to the alarm topic",
                new Metric("AWS/Events", "FailedInvocations", "Sum", migrationRule.applyValue(rule -> dimensions("RuleName", rule))),
                Breach.above(0, 300, 1), Quiet.NEVER_UNLESS_FAILING);

        var dashboard = new Dashboard(name + "-dashboard", DashboardArgs.builder()
                .dashboardName(naming.prefix())
                .dashboardBody(Output.tuple(region, watched.clusterName(), watched.serviceName(), watched.loadBalancerArnSuffix(),
                                watched.targetGroupArnSuffix(), watched.databaseIdentifier(),
                                healthCheck.map(PublicHealthCheck.Watching::healthCheckId).orElse(Output.of("")))
                        .applyValue(t -> DashboardBody.render(new DashboardBody.Names(t.t1, t.t2, t.t3, t.t4, t.t5, t.t6),
                                args.containerInsights(), args.burstableDatabase(), new DashboardBody.Signals(watched.serviceFloor(),
                                        errorLogs, t.t7.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(t.t7))))
                        .apply(body -> withUndeliveredNotifications(body, region)))
                .build(), Children.of(this));
        this.dashboardName = dashboard.dashboardName();
        this.dashboardUrl = Output.tuple(region, dashboard.dashboardName()).applyValue(t -> "https://" + t.t1
                + ".console.aws.amazon.com/cloudwatch/home?region=" + t.t1 + "#dashboards/dashboard/" + t.t2);

        var outputs = new LinkedHashMap<String, Output<?>>();
        outputs.put("topicArn", topicArn);
        outputs.put("dashboardName", dashboardName);
        registerOutputs(outputs);
    }

    /** Adds the forwarder's widget where there is a forwarder. */
    private Output<String> withUndeliveredNotifications(String body, Output<String> region) {
        return undeliveredQueue == null ? Output.of(body)
                : Output.tuple(region, undeliveredQueue).applyValue(t -> DashboardBody.withUndeliveredNotifications(body, t.t1, t.t2));
    }

    /** A CloudWatch metric as an alarm reads it: one statistic over the given dimensions (null: a metric without any). */
    private record Metric(String namespace, String name, String statistic, Output<Map<String, String>> dimensions) {
    }

    /** When an alarm fires: the threshold crossed in every one of {@code periods} consecutive periods. */
    private record Breach(String comparison, double threshold, int periodSeconds, int periods) {

        static Breach above(double threshold, int periodSeconds, int periods) {
            return new Breach("GreaterThanThreshold", threshold, periodSeconds, periods);
        }

        static Breach below(double threshold, int periodSeconds, int periods) {
            return new Breach("LessThanThreshold", threshold, periodSeconds, periods);
        }
    }

    /**
     * How an alarm treats silence. Most read metrics that stop while the environment sleeps, so
     * missing data is no breach and off-hours pause their actions. A lost alert is not about the
     * service: its alarm is never paused (a state entered while actions are paused is never
     * announced when they resume), and it ignores missing data, because SQS stops publishing for
     * a queue nobody touched in six hours while the records it holds are still there (Amazon SQS
     * Developer Guide, "Available CloudWatch metrics for Amazon SQS").
     */
    private record Quiet(String missingData, boolean pausedAtNight) {
        static final Quiet AT_NIGHT = new Quiet("notBreaching", true);
        static final Quiet NEVER = new Quiet("ignore", false);
        /** Never paused; the metric is published only when something failed, so silence is health. */
        static final Quiet NEVER_UNLESS_FAILING = new Quiet("notBreaching", false);
    }

    private void alarm(String logicalName, String symptom, String description, Metric metric, Breach breach) {
        alarm(logicalName, symptom, description, metric, breach, Quiet.AT_NIGHT);
    }

    private void alarm(String logicalName, String symptom, String description, Metric metric, Breach breach, Quiet quiet) {
        var builder = MetricAlarmArgs.builder();
        if (metric.dimensions() != null) {
            builder.dimensions(metric.dimensions());
        }
        notifying(logicalName, builder
                .name(args.naming().physical(symptom))
                .alarmDescription(description + ". Runbook: " + RUNBOOK + "#" + symptom)
                .namespace(metric.namespace())
                .metricName(metric.name())
                .statistic(metric.statistic())
                .period(breach.periodSeconds())
                .evaluationPeriods(breach.periods())
                .datapointsToAlarm(breach.periods())
                .threshold(breach.threshold())
                .comparisonOperator(breach.comparison()), quiet);
    }

    /**
     * This stack's own error rate: (its tasks' 5xx + failed connections to them) / its requests, all by
     * TargetGroup and LoadBalancer, judged only above a minimum of requests.
     *
     * <p>Why per target group: on a shared load balancer (ADR 0024) the LoadBalancer dimension alone sums
     * every stack's traffic, so the owner would be paged for an adopter's errors. RequestCount,
     * HTTPCode_Target_5XX_Count and TargetConnectionErrorCount are published per (LoadBalancer,
     * TargetGroup); HTTPCode_ELB_5XX_Count and its 502/503/504 breakdown per LoadBalancer (and
     * AvailabilityZone) only ("CloudWatch metrics for your Application Load Balancer", ELB User Guide,
     * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html,
     * the Dimensions of each metric). The load balancer's own 5xx cannot be told apart by stack, and
     * include the 503s it answers for an adopter's empty target group all night, so they are left out.
     * What stays attributable: TargetConnectionErrorCount counts the connections to this group's targets
     * that failed, which the load balancer answers 502 (RST, unreachable) or 504 (10 s connect timeout)
     * ("Troubleshoot your Application Load Balancers", HTTP 502 and HTTP 504); the 503 of an empty target
     * group is no-healthy-targets' job. Not seen here any more: 504 after the idle timeout, 502 on a
     * malformed response or a connection the task closed mid-request (docs/runbook.md#http-5xx-rate-high).
     */
    private void errorRateAlarm(String name, Output<Map<String, String>> targets) {
        var settings = args.settings();
        var rate = "IF(requests >= " + settings.http5xxMinimumRequests()
                + ", 100 * (FILL(target5xx, 0) + FILL(connectionErrors, 0)) / requests, 0)";
        notifying(name + "-http-5xx", MetricAlarmArgs.builder()
                .name(args.naming().physical("http-5xx-rate-high"))
                .alarmDescription("More than " + settings.http5xxPercent() + "% of this stack's requests (its target group) answered 5xx"
                        + " by its tasks or failed to connect to them over 5 minutes; the load balancer's own 503/504 are not counted."
                        + " Runbook: " + RUNBOOK + "#http-5xx-rate-high")
                .metricQueries(
                        sum("target5xx", "HTTPCode_Target_5XX_Count", targets),
                        sum("connectionErrors", "TargetConnectionErrorCount", targets),
                        sum("requests", "RequestCount", targets),
                        MetricAlarmMetricQueryArgs.builder().id("rate").label("5xx rate (%)").expression(rate).returnData(true).build())
                .evaluationPeriods(1)
                .datapointsToAlarm(1)
                .threshold((double) settings.http5xxPercent())
                .comparisonOperator("GreaterThanThreshold"), Quiet.AT_NIGHT);
    }

    /** Registers an alarm that notifies the topic on alarm and on recovery. */
    private void notifying(String logicalName, MetricAlarmArgs.Builder alarm, Quiet quiet) {
        var created = new MetricAlarm(logicalName, alarm
                .treatMissingData(quiet.missingData())
                .actionsEnabled(true)
                .alarmActions(topicArn.applyValue(List::of))
                .okActions(topicArn.applyValue(List::of))
                .build(), alarmOptions(quiet));
        alarmNames.add(created.name());
        if (quiet.pausedAtNight()) {
            pausedAlarmNames.add(created.name());
        }
    }

    /** With off-hours a schedule owns actionsEnabled; a night-time update must not turn actions back on. */
    private CustomResourceOptions alarmOptions(Quiet quiet) {
        return quiet.pausedAtNight() && args.pausedOffHours() ? Children.of(this, o -> o.ignoreChanges("actionsEnabled"))
                : Children.of(this);
    }

    /**
     * Fewer healthy targets than the service's floor (service.minCount) for 3 minutes: the case
     * UnHealthyHostCount misses, since with no targets left nothing is unhealthy. AWS/ApplicationELB
     * HealthyHostCount by TargetGroup and LoadBalancer, Minimum (CloudWatch metrics for your
     * Application Load Balancer: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html).
     *
     * <p>Once every target is deregistered the metric is not published at all (cds-snc/forms-terraform#918
     * saw it at shutdown), so missing data is the outage itself where the service should always
     * run: breaching. Where off-hours scale the service to zero, missing data is the night:
     * not breaching, so the alarm is OK at night without pausing, and it is left out of the
     * pause so that a morning start that fails notifies (a state entered while actions are
     * paused is never announced when they resume).
     */
    private void noHealthyTargetsAlarm(String name, Output<Map<String, String>> targets) {
        var floor = args.watched().serviceFloor();
        var created = new MetricAlarm(name + "-no-healthy-targets", MetricAlarmArgs.builder()
                .name(args.naming().physical(NO_HEALTHY_TARGETS))
                .alarmDescription("Fewer than " + floor + " healthy task(s) behind the load balancer for 3 minutes. Runbook: "
                        + RUNBOOK + "#" + NO_HEALTHY_TARGETS)
                .namespace("AWS/ApplicationELB")
                .metricName("HealthyHostCount")
                .dimensions(targets)
                .statistic("Minimum")
                .period(60)
                .evaluationPeriods(3)
                .datapointsToAlarm(3)
                .threshold((double) floor)
                .comparisonOperator("LessThanThreshold")
                .treatMissingData(args.pausedOffHours() ? "notBreaching" : "breaching")
                .actionsEnabled(true)
                .alarmActions(topicArn.applyValue(List::of))
                .okActions(topicArn.applyValue(List::of))
                .build(), Children.of(this));
        alarmNames.add(created.name());
    }

    private static MetricAlarmMetricQueryArgs sum(String id, String metric, Output<Map<String, String>> dimensions) {
        return MetricAlarmMetricQueryArgs.builder()
                .id(id)
                .returnData(false)
                .metric(MetricAlarmMetricQueryMetricArgs.builder()
                        .namespace("AWS/ApplicationELB")
                        .metricName(metric)
                        .dimensions(dimensions)
                        .stat("Sum")
                        .period(300)
                        .build())
                .build();
    }

    private static Map<String, String> dimensions(String... namesAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }


    public AlarmsContract contract() {
        return new AlarmsContract(topicArn, Output.all(alarmNames), dashboardName, dashboardUrl, Output.all(pausedAlarmNames));
    }
}
