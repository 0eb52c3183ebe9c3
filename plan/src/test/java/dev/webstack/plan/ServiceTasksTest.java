package dev.webstack.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GIVEN a service and the scalable targets of a plan, WHEN its task floor is read, THEN the scaler's minimum wins. */
class ServiceTasksTest {

    private static final String CLUSTER_ARN = "arn:aws:ecs:ap-northeast-1:123456789012:cluster/shop";

    private static PlannedResource service(Map<String, Object> inputs) {
        var all = new java.util.HashMap<String, Object>(inputs);
        all.put("cluster", CLUSTER_ARN);
        return new PlannedResource("urn:s", "aws:ecs/service:Service", "app-service", null, null, "s-1", ResourceOptions.NONE,
                List.of(), all, Map.of("name", "shop-app"));
    }

    private static PlannedResource target(String name, String resourceId, Object minCapacity) {
        return new PlannedResource("urn:" + name, "aws:appautoscaling/target:Target", name, null, null, name, ResourceOptions.NONE,
                List.of(), Map.of("resourceId", resourceId, "minCapacity", minCapacity), Map.of());
    }

    private static int fewest(PlannedResource service, PlannedResource... targets) {
        var resources = new ArrayList<PlannedResource>(List.of(targets));
        resources.add(service);
        return ServiceTasks.fewest(new Plan("shop", "production", "production", "ap-northeast-1", "123456789012", resources,
                Map.of(), List.of()), service);
    }

    @Test
    void theScalersMinimumWinsOverTheDesiredCount() {
        assertEquals(2, fewest(service(Map.of("desiredCount", 3L)), target("t", "service/shop/shop-app", 2.0)));
    }

    @Test
    void onlyTheTargetNamingThisServiceCountsAndTheLowestOfThemWins() {
        var service = service(Map.of("desiredCount", 4L));
        assertEquals(4, fewest(service, target("other", "service/shop/shop-worker", 1L)), "another service's target");
        assertEquals(1, fewest(service, target("a", "service/shop/shop-app", 3L), target("b", "service/shop/shop-app", 1L)));
    }

    @Test
    void withoutAScalerTheDesiredCountAndWithoutThatNone() {
        assertEquals(3, fewest(service(Map.of("desiredCount", 3L))));
        assertEquals(0, fewest(service(Map.of())), "the provider creates a service with no tasks by default");
    }

    @Test
    void aCapacityRecordedAsTextIsReadAsANumber() {
        assertEquals(2, fewest(service(Map.of()), target("t", "service/shop/shop-app", "2")));
    }
}
