package dev.webstack.observability;

import dev.webstack.plan.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stack's dashboard: the service, the traffic, the database, two widgets a row. Built
 * from resolved names so that it shows exactly the metrics the alarms watch.
 */
final class DashboardBody {

    /** Resolved dimension values. */
    record Names(String region, String cluster, String service, String loadBalancer, String targetGroup, String database) {
    }

    /**
     * What the newer alarms watch: the service's floor of healthy targets, the error-log metric
     * the stack counts itself, and the Route 53 health check where the site has a domain.
     */
    record Signals(int serviceFloor, ErrorLogs.CountedMetric errorLogs, Optional<String> healthCheckId) {
    }

    private DashboardBody() {
    }

    static String render(Names n, boolean containerInsights, boolean burstableDatabase, Signals signals) {
        var widgets = new ArrayList<Map<String, Object>>();
        add(widgets, "Service CPU and memory (%)", "Average", List.of(
                List.of("AWS/ECS", "CPUUtilization", "ClusterName", n.cluster(), "ServiceName", n.service()),
                List.of("AWS/ECS", "MemoryUtilization", "ClusterName", n.cluster(), "ServiceName", n.service())), n);
        var tasks = new ArrayList<List<String>>();
        if (containerInsights) {
            tasks.add(List.of("ECS/ContainerInsights", "RunningTaskCount", "ClusterName", n.cluster(), "ServiceName", n.service()));
        }
        tasks.add(List.of("AWS/ApplicationELB", "HealthyHostCount", "TargetGroup", n.targetGroup(), "LoadBalancer", n.loadBalancer()));
        tasks.add(List.of("AWS/ApplicationELB", "UnHealthyHostCount", "TargetGroup", n.targetGroup(), "LoadBalancer", n.loadBalancer()));
        add(widgets, containerInsights ? "Tasks (running, healthy, unhealthy)" : "Tasks (healthy, unhealthy)", "Maximum", tasks, n);
        // Traffic is this stack's target group: on a shared load balancer (ADR 0024) the LoadBalancer
        // dimension alone would chart every stack's requests as this one's.
        add(widgets, "Requests (this stack's target group)", "Sum", List.of(ofTargetGroup("RequestCount", n)), n);
        add(widgets, "5xx of this stack's tasks, failed connections to them", "Sum", List.of(
                ofTargetGroup("HTTPCode_Target_5XX_Count", n), ofTargetGroup("TargetConnectionErrorCount", n)), n);
        add(widgets, "Response time p95 (s, this stack's target group)", "p95", List.of(ofTargetGroup("TargetResponseTime", n)), n);
        // The load balancer's own 5xx are published per load balancer only: every stack on it, labelled so.
        add(widgets, "Whole load balancer, every stack on it: its own 5xx (502, 503, 504)", "Sum", List.of(
                List.of("AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", "LoadBalancer", n.loadBalancer()),
                List.of("AWS/ApplicationELB", "HTTPCode_ELB_502_Count", "LoadBalancer", n.loadBalancer()),
                List.of("AWS/ApplicationELB", "HTTPCode_ELB_503_Count", "LoadBalancer", n.loadBalancer()),
                List.of("AWS/ApplicationELB", "HTTPCode_ELB_504_Count", "LoadBalancer", n.loadBalancer())), n);
        add(widgets, "Database CPU (%)", "Average", List.of(List.of("AWS/RDS", "CPUUtilization", "DBInstanceIdentifier", n.database())), n);
        add(widgets, "Database free storage (bytes)", "Minimum",
                List.of(List.of("AWS/RDS", "FreeStorageSpace", "DBInstanceIdentifier", n.database())), n);
        add(widgets, "Database connections", "Maximum",
                List.of(List.of("AWS/RDS", "DatabaseConnections", "DBInstanceIdentifier", n.database())), n);
        if (burstableDatabase) {
            add(widgets, "Database CPU credits (balance, surplus charged)", "Maximum", List.of(
                    List.of("AWS/RDS", "CPUCreditBalance", "DBInstanceIdentifier", n.database()),
                    List.of("AWS/RDS", "CPUSurplusCreditsCharged", "DBInstanceIdentifier", n.database())), n);
        }
        add(widgets, "Healthy targets (minimum; floor " + signals.serviceFloor() + ")", "Minimum", List.of(
                List.of("AWS/ApplicationELB", "HealthyHostCount", "TargetGroup", n.targetGroup(), "LoadBalancer", n.loadBalancer())), n);
        add(widgets, "Error log events (per 5 minutes)", "Sum",
                List.of(List.of(signals.errorLogs().namespace(), signals.errorLogs().name())), n.region(), 300);
        // Route 53 publishes health-check metrics in us-east-1 only: the widget reads that region.
        signals.healthCheckId().ifPresent(id -> add(widgets, "Site health check (1 healthy, 0 not)", "Minimum",
                List.of(List.of("AWS/Route53", "HealthCheckStatus", "HealthCheckId", id)), PublicHealthCheck.GLOBAL_REGION, 60));
        return Json.compact(Json.object("widgets", widgets));
    }

    /**
     * The body with one more widget, in the next free cell: the alarm forwarder's notifications
     * that Discord never got (the queue its alarm watches, with the same dimension).
     */
    static String withUndeliveredNotifications(String body, String region, String queueName) {
        var widgets = new ArrayList<Map<String, Object>>();
        for (var widget : (List<?>) Json.parseObject(body).get("widgets")) {
            @SuppressWarnings("unchecked")
            var existing = (Map<String, Object>) widget;
            widgets.add(existing);
        }
        add(widgets, "Alarm notifications not delivered to Discord", "Maximum",
                List.of(List.of("AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", queueName)), region, 60);
        return Json.compact(Json.object("widgets", widgets));
    }

    /** An AWS/ApplicationELB metric of this stack's target group, with both dimensions CloudWatch publishes it by. */
    private static List<String> ofTargetGroup(String metric, Names n) {
        return List.of("AWS/ApplicationELB", metric, "TargetGroup", n.targetGroup(), "LoadBalancer", n.loadBalancer());
    }

    private static void add(List<Map<String, Object>> widgets, String title, String stat, List<List<String>> metrics, Names n) {
        add(widgets, title, stat, metrics, n.region(), 60);
    }

    private static void add(List<Map<String, Object>> widgets, String title, String stat, List<List<String>> metrics, String region,
                            int period) {
        int index = widgets.size();
        widgets.add(Json.object(
                "type", "metric",
                "x", (index % 2) * 12,
                "y", (index / 2) * 6,
                "width", 12,
                "height", 6,
                "properties", Json.object("title", title, "region", region, "stat", stat, "period", period, "view", "timeSeries",
                        "metrics", metrics)));
    }
}
