package dev.webstack.cost;

import dev.webstack.plan.Plan;
import dev.webstack.plan.aws.AwsTypes;
import java.util.List;
import java.util.Map;

/** Alarms by the metrics they read, the dashboard, logs ingested and kept, and Container Insights. */
final class ObservabilityCosts {

    static final String CATEGORY = "Observability";
    /** Custom metrics Container Insights publishes for a cluster with one service (cluster, service and task level). */
    static final int CONTAINER_INSIGHTS_METRICS = 30;

    private ObservabilityCosts() {
    }

    static void add(Plan plan, Lines lines, double logsGb) {
        var alarms = plan.ofType(AwsTypes.CLOUDWATCH_METRIC_ALARM);
        if (!alarms.isEmpty()) {
            var metrics = alarms.stream().mapToInt(ObservabilityCosts::metricsRead).sum();
            lines.add(CATEGORY, "CloudWatch alarms", alarms, metrics, "cloudwatch.alarmMetricMonth",
                    alarms.size() + " alarms reading " + metrics + " metrics (a metric-math alarm is billed per metric)");
        }
        var dashboards = plan.ofType(AwsTypes.CLOUDWATCH_DASHBOARD);
        if (!dashboards.isEmpty()) {
            lines.add(CATEGORY, "CloudWatch dashboard", dashboards, dashboards.size(), "cloudwatch.dashboardMonth",
                    "the first three of an account are free; counted here in case they are taken");
        }
        var groups = plan.ofType(AwsTypes.CLOUDWATCH_LOG_GROUP).stream().filter(g -> !EdgeCosts.isWafLogGroup(g)).toList();
        if (!groups.isEmpty()) {
            lines.add(CATEGORY, "CloudWatch Logs ingestion", groups, logsGb, "logs.ingestGb",
                    ComputeCosts.format(logsGb) + " GB a month across " + groups.size() + " log groups (cost.logsGbPerMonth)");
            var averageDays = groups.stream().mapToDouble(g -> ((Number) g.input("retentionInDays").orElse(365)).doubleValue())
                    .average().orElse(30);
            lines.add(CATEGORY, "CloudWatch Logs storage", groups, logsGb * averageDays / 30, "logs.storageGbMonth",
                    "kept " + Math.round(averageDays) + " days on average, before compression");
        }
        for (var cluster : plan.ofType(AwsTypes.ECS_CLUSTER)) {
            var insights = cluster.inputList("settings").stream().map(s -> (Map<?, ?>) s)
                    .anyMatch(s -> "containerInsights".equals(s.get("name")) && !"disabled".equals(s.get("value")));
            if (insights) {
                lines.add(CATEGORY, "Container Insights metrics", List.of(cluster), CONTAINER_INSIGHTS_METRICS,
                        "cloudwatch.customMetricMonth", "about " + CONTAINER_INSIGHTS_METRICS + " custom metrics for one service");
            } else {
                lines.account(List.of(cluster));
            }
        }
        var functions = plan.ofType(AwsTypes.LAMBDA_FUNCTION);
        if (!functions.isEmpty()) {
            lines.free(CATEGORY, "Lambda (alarm forwarder)", functions, "a few invocations a month, within the free tier");
        }
        var topics = plan.ofType(AwsTypes.SNS_TOPIC);
        if (!topics.isEmpty()) {
            lines.free(CATEGORY, "SNS", topics, "alarm notifications, within the free tier (1,000 emails, 1 million deliveries)");
        }
        // The filter itself is free; the metric it publishes is a custom metric like any other.
        var filters = plan.ofType(AwsTypes.CLOUDWATCH_LOG_METRIC_FILTER);
        if (!filters.isEmpty()) {
            lines.add(CATEGORY, "Log metric filters", filters, filters.size(), "cloudwatch.customMetricMonth",
                    filters.size() + " custom metric(s) counted from the logs (error-log alarm)");
        }
        var checks = plan.ofType(AwsTypes.ROUTE53_HEALTH_CHECK);
        if (!checks.isEmpty()) {
            lines.add(CATEGORY, "Route 53 health checks", checks, checks.size(), "route53.healthCheckMonth",
                    checks.size() + " check(s) of the site, standard 30-second interval");
            var https = checks.stream().filter(c -> String.valueOf(c.input("type").orElse("")).startsWith("HTTPS")).toList();
            if (!https.isEmpty()) {
                lines.add(CATEGORY, "Route 53 health checks over HTTPS", https, https.size(), "route53.healthCheckFeatureMonth",
                        "HTTPS is an optional feature, billed per check");
            }
        }
        var schedules = plan.ofType(AwsTypes.SCHEDULER_SCHEDULE);
        if (!schedules.isEmpty()) {
            lines.free(CATEGORY, "EventBridge Scheduler", schedules, "a few hundred invocations a month, within 14 million free");
        }
    }

    private static int metricsRead(dev.webstack.plan.PlannedResource alarm) {
        var queries = alarm.inputList("metricQueries");
        return queries.isEmpty() ? 1 : (int) queries.stream().filter(q -> ((Map<?, ?>) q).get("metric") != null).count();
    }
}
