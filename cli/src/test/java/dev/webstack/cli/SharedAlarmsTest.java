package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.webstack.plan.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GIVEN the worked example of the shared topology (examples/shared-topology: staging adopts production's load balancer,
 * ADR 0024), WHEN both stacks are planned offline, THEN each stack's 5xx rate alarm reads the shared load balancer's
 * metrics of its own target group only: the owner is not paged for the adopter's errors, nor for the 503s the load
 * balancer answers while the adopter's target group is empty at night, and the other way round.
 */
class SharedAlarmsTest {

    private static final ProjectDirectory EXAMPLE = ProjectDirectory.find(
            ProjectDirectory.find(Path.of("")).path().resolve("examples/shared-topology"));

    private static Plan owner;
    private static Plan adopter;

    @BeforeAll
    static void planTheExample() {
        owner = OfflinePlanner.plan(EXAMPLE, "production");
        adopter = OfflinePlanner.plan(EXAMPLE, "staging");
    }

    @Test
    void eachStacksErrorRateReadsItsOwnTargetGroupOnTheOneSharedLoadBalancer() {
        var ownersLoadBalancer = owner.named("aws:lb/loadBalancer:LoadBalancer", "edge-alb").outputText("arnSuffix");

        var ownerDimensions = errorRateDimensions(owner);
        var adopterDimensions = errorRateDimensions(adopter);

        assertEquals(Map.of("TargetGroup", targetGroup(owner), "LoadBalancer", ownersLoadBalancer), ownerDimensions);
        assertEquals(Map.of("TargetGroup", targetGroup(adopter), "LoadBalancer", ownersLoadBalancer), adopterDimensions,
                "the adopter's alarm reads the owner's load balancer, by its own target group");
        assertNotEquals(ownerDimensions.get("TargetGroup"), adopterDimensions.get("TargetGroup"));
    }

    /** The target group the stack's own service registers in: its arnSuffix is what CloudWatch names it by. */
    private static String targetGroup(Plan plan) {
        return plan.named("aws:lb/targetGroup:TargetGroup", "edge-tg").outputText("arnSuffix");
    }

    /** The dimensions every metric query of http-5xx-rate-high reads, checked to be one and the same set. */
    private static Map<?, ?> errorRateDimensions(Plan plan) {
        var alarm = plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").stream()
                .filter(a -> a.inputText("name").equals("webstack-" + plan.stack() + "-http-5xx-rate-high")).findFirst()
                .orElseThrow(() -> new AssertionError("no http-5xx-rate-high alarm in " + plan.stack()));
        var dimensions = alarm.inputList("metricQueries").stream().map(q -> (Map<?, ?>) q).filter(q -> q.get("metric") != null)
                .map(q -> (Map<?, ?>) ((Map<?, ?>) q.get("metric")).get("dimensions")).distinct().toList();
        assertEquals(3, alarm.inputList("metricQueries").size() - 1, "three metrics and the expression in " + plan.stack());
        assertEquals(1, dimensions.size(), "every metric of the rate by the same dimensions: " + dimensions);
        return List.copyOf(dimensions).get(0);
    }
}
