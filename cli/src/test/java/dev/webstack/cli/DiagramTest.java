package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GIVEN a stack's plan, WHEN drawn, THEN each box and arrow is one the recorded graph holds, and only those. */
class DiagramTest {

    private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();

    private static Plan plan(String stack) {
        return PLANS.computeIfAbsent(stack, s -> OfflinePlanner.plan(ProjectDirectory.find(Path.of("")), s));
    }

    private static List<String> lines(Plan plan) {
        return Diagram.mermaid(plan).lines().map(String::strip).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void trafficFlowsFromTheViewerThroughCloudFrontAndTheLoadBalancerToTheService(String stack) {
        var lines = lines(plan(stack));
        assertEquals("flowchart LR", lines.get(0));
        var port = OfflinePlanner.settings(ProjectDirectory.find(Path.of("")), stack).service().containerPort();
        for (var edge : List.of("viewer -->|HTTPS| edge_cdn", "edge_cdn -->|origin + secret header| edge_vpc_origin",
                "edge_vpc_origin -->|inside the VPC| edge_alb",
                "edge_alb -->|port " + port + "| app_service", "app_service -->|PostgreSQL, TLS| db_instance",
                "app_service -->|objects| documents_bucket", "secrets_secrets -.->|injected| app_service",
                "app_repository -.->|image| app_service", "release([Release]) -->|1. migration task| db_instance",
                "alarms_alarms -->|ALARM / OK| alarms_topic", "alarms_topic --> alarms_forwarder")) {
            assertTrue(lines.contains(edge), "missing " + edge + " in\n" + String.join("\n", lines));
        }
        for (var component : List.of("Network_main[\"Network main\"]", "Database_db[\"Database db\"]", "Edge_edge[\"Edge edge\"]",
                "Registry_app[\"Registry app\"]", "Service_app[\"Service app\"]")) {
            assertTrue(lines.contains("subgraph " + component), component);
        }
        assertTrue(lines.indexOf("subgraph Network_main[\"Network main\"]") < lines.indexOf("subgraph Service_app[\"Service app\"]"),
                "build order");
    }

    /** GIVEN the adopting stack of the worked example, WHEN drawn, THEN what it adopts is one node each, named after its owner. */
    @Test
    void anAdoptersTrafficGoesThroughTheOwnersLoadBalancerAndItsImageComesFromTheRepositoryHeldForIt() {
        var example = ProjectDirectory.find(Path.of("").toAbsolutePath().resolve(ProjectDirectory.find(Path.of("")).path()
                .resolve("examples/shared-topology")));
        var lines = lines(OfflinePlanner.plan(example, "staging"));
        var loadBalancer = "shared_load_balancer([\"load balancer and VPC origin of acme/webstack/production\"])";

        for (var edge : List.of("edge_cdn -->|origin + secret header| " + loadBalancer, loadBalancer + " -->|own rule, port 3000| app_service",
                "shared_registry([\"repository held for this stack of acme/webstack/production\"]) -.->|image| app_service",
                "app_service -->|PostgreSQL, TLS| db_instance")) {
            assertTrue(lines.contains(edge), "missing " + edge + " in\n" + String.join("\n", lines));
        }
        assertTrue(lines.stream().noneMatch(l -> l.contains("edge_alb") || l.contains("app_repository")), "nothing of the owner's drawn as this stack's");
    }

    @Test
    void onlyProductionHasTheWafAndOnlyStagingSleeps() {
        var production = lines(plan("production"));
        var staging = lines(plan("staging"));
        assertTrue(production.contains("edge_cdn_waf -.->|filters| edge_cdn"), "the web ACL is on the distribution");
        assertFalse(production.stream().anyMatch(l -> l.contains("|filters| edge_alb")), "no regional ACL on the load balancer");
        assertFalse(staging.stream().anyMatch(l -> l.contains("_waf")));
        assertTrue(staging.contains("off_hours_schedules -.->|stop / start| db_instance"));
        assertTrue(staging.contains("app_scaling_schedules -.->|to zero / back| app_service"));
        assertFalse(production.stream().anyMatch(l -> l.contains("schedules")));
        assertTrue(staging.contains("db_instance[\"RDS<br/>db.t4g.micro, single-AZ\"]"));
        assertTrue(production.contains("db_instance[\"RDS<br/>db.t4g.small, Multi-AZ\"]"));
    }

    @Test
    void anArrowDisappearsWithTheResourceThatMadeIt() {
        var full = plan("staging");
        var withoutRule = new Plan(full.project(), full.stack(), full.environment(), full.region(), full.account(),
                full.where(r -> !r.name().equals("main-db-from-app")), full.outputs(), full.warnings());
        assertTrue(lines(full).contains("app_service -->|PostgreSQL, TLS| db_instance"));
        assertFalse(lines(withoutRule).contains("app_service -->|PostgreSQL, TLS| db_instance"),
                "no security group rule, no connection drawn");
    }
}
