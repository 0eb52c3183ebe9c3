package dev.webstack.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.json.Json;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GIVEN resolved names, WHEN the dashboard is rendered, THEN widgets tile the 24-column grid without overlapping. */
class DashboardBodyTest {

    static final DashboardBody.Names NAMES = new DashboardBody.Names("ap-northeast-1", "c", "s", "app/lb/1", "targetgroup/tg/2", "db");
    static final DashboardBody.Signals SIGNALS = new DashboardBody.Signals(2, new ErrorLogs.CountedMetric("webstack/w-s", "ErrorLogEvents"),
            java.util.Optional.empty());

    private static List<Map<?, ?>> widgets(boolean containerInsights, boolean burstableDatabase) {
        return ((List<?>) Json.parseObject(DashboardBody.render(NAMES, containerInsights, burstableDatabase, SIGNALS)).get("widgets")).stream()
                .<Map<?, ?>>map(w -> (Map<?, ?>) w).toList();
    }

    private static int at(Map<?, ?> widget, String key) {
        return ((Number) widget.get(key)).intValue();
    }

    @ParameterizedTest
    @CsvSource({"true, true", "true, false", "false, true", "false, false"})
    void widgetsStayInsideTheGridAndNeverOverlap(boolean containerInsights, boolean burstableDatabase) {
        var taken = new HashSet<List<Integer>>();
        for (var widget : widgets(containerInsights, burstableDatabase)) {
            assertTrue(at(widget, "x") >= 0 && at(widget, "x") + at(widget, "width") <= 24, widget.toString());
            for (int x = at(widget, "x"); x < at(widget, "x") + at(widget, "width"); x++) {
                for (int y = at(widget, "y"); y < at(widget, "y") + at(widget, "height"); y++) {
                    assertTrue(taken.add(List.of(x, y)), "two widgets share cell " + x + "," + y);
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theSiteHealthCheckIsChartedFromUsEast1WhereRoute53PublishesIt() {
        var signals = new DashboardBody.Signals(2, SIGNALS.errorLogs(), java.util.Optional.of("hc-1"));
        var widgets = ((List<?>) Json.parseObject(DashboardBody.render(NAMES, false, false, signals)).get("widgets")).stream()
                .map(w -> (Map<?, ?>) ((Map<?, ?>) w).get("properties")).toList();
        var site = widgets.stream().filter(p -> String.valueOf(p.get("metrics")).contains("HealthCheckStatus")).toList();
        assertEquals(1, site.size());
        assertEquals("us-east-1", site.get(0).get("region"));
        assertEquals(List.of(List.of("AWS/Route53", "HealthCheckStatus", "HealthCheckId", "hc-1")), site.get(0).get("metrics"));
        assertEquals(widgets(false, false).size() + 1, widgets.size());
        assertTrue(widgets.stream().filter(p -> p != site.get(0)).allMatch(p -> NAMES.region().equals(p.get("region"))));
    }

    @org.junit.jupiter.api.Test
    void theFloorAndTheErrorLogMetricHaveTheirWidgets() {
        var body = DashboardBody.render(NAMES, false, false, SIGNALS);
        assertTrue(body.contains("floor 2"), body);
        assertTrue(body.contains("[\"webstack/w-s\",\"ErrorLogEvents\"]"), body);
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, false"})
    void everyMetricRowIsANamespaceANameAndDimensionPairs(boolean containerInsights, boolean burstableDatabase) {
        for (var widget : widgets(containerInsights, burstableDatabase)) {
            var properties = (Map<?, ?>) widget.get("properties");
            assertEquals(NAMES.region(), properties.get("region"));
            for (var row : (List<?>) properties.get("metrics")) {
                var metric = (List<?>) row;
                assertEquals(0, metric.size() % 2, "unpaired dimension in " + metric);
                assertTrue(String.valueOf(metric.get(0)).contains("/"), "namespace first: " + metric);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void runningTasksAreShownOnlyWhereContainerInsightsPublishesThem(boolean containerInsights) {
        var body = DashboardBody.render(NAMES, containerInsights, false, SIGNALS);
        assertEquals(containerInsights, body.contains("RunningTaskCount"));
        assertTrue(body.contains("UnHealthyHostCount"));
        assertFalse(body.contains("null"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void undeliveredNotificationsTakeTheNextFreeCell(boolean burstableDatabase) {
        var before = widgets(false, burstableDatabase);
        var body = DashboardBody.withUndeliveredNotifications(DashboardBody.render(NAMES, false, burstableDatabase, SIGNALS),
                NAMES.region(), "q-failed");
        var after = ((List<?>) Json.parseObject(body).get("widgets")).stream().<Map<?, ?>>map(w -> (Map<?, ?>) w).toList();

        assertEquals(before, after.subList(0, before.size()), "the other widgets stay where they were");
        assertEquals(before.size() + 1, after.size());
        var added = after.get(before.size());
        assertEquals((before.size() % 2) * 12, at(added, "x"));
        assertEquals((before.size() / 2) * 6, at(added, "y"));
        var properties = (Map<?, ?>) added.get("properties");
        assertEquals(NAMES.region(), properties.get("region"));
        assertEquals(List.of(List.of("AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", "q-failed")), properties.get("metrics"));
    }
    @ParameterizedTest
    @ValueSource(strings = {"RequestCount", "HTTPCode_Target_5XX_Count", "TargetConnectionErrorCount", "TargetResponseTime"})
    void trafficIsChartedForThisStacksTargetGroupOnASharedLoadBalancer(String metric) {
        // GIVEN a stack's load balancer and its own target group; WHEN the dashboard is rendered
        var rows = widgets(false, false).stream().flatMap(w -> ((List<?>) ((Map<?, ?>) w.get("properties")).get("metrics")).stream())
                .map(r -> (List<?>) r).filter(r -> metric.equals(r.get(1))).toList();
        // THEN the metric appears once, by both dimensions: by LoadBalancer alone it would sum every stack on it
        assertEquals(List.of(List.of("AWS/ApplicationELB", metric, "TargetGroup", NAMES.targetGroup(), "LoadBalancer", NAMES.loadBalancer())),
                rows);
    }
}
