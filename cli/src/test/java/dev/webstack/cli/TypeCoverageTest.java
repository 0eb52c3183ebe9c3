package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webstack.cost.Estimate;
import dev.webstack.delivery.DeployGrants;
import dev.webstack.offline.aws.AwsServices;
import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.ResourceOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * GIVEN every cloud resource type of the real stacks' plans, THEN each place that must know a
 * type knows it: the offline engine can create it, the deploy role may manage it, the plan
 * summarises it, the estimate prices it or says why it is free, the diagram draws it or says
 * why not. A type added to the program without these fails here by name, not later as a
 * silent fallback.
 */
class TypeCoverageTest {

    private static final List<String> STACKS = List.of("staging", "production");

    private static final Set<String> MOCKED = AwsServices.catalog().resourceTypes();
    private static final Set<String> GRANTED = DeployGrants.types();

    @TestFactory
    Stream<DynamicTest> everyPlannedTypeIsKnownEverywhereItMustBe() {
        var plans = new TreeMap<String, Plan>();
        STACKS.forEach(stack -> plans.put(stack, StackWiringTest.plan(stack)));
        var estimates = new TreeMap<String, Estimate>();
        STACKS.forEach(stack -> estimates.put(stack, StackCosts.estimate(
                OfflinePlanner.settings(ProjectDirectory.find(Path.of("")), stack), plans.get(stack))));
        var types = new TreeSet<String>();
        plans.values().forEach(plan -> plan.cloudResources().forEach(r -> types.add(r.type())));
        return types.stream().map(type -> DynamicTest.dynamicTest(type, () ->
                assertEquals(List.of(), unknowing(type, plans, estimates), type + " is not known to")));
    }

    @Test
    void aTypeNoPlaceKnowsIsNamedByEveryPlace() {
        // GIVEN staging's plan with one resource of a type nothing in webstack knows
        var type = "aws:madeup/thing:Thing";
        var real = StackWiringTest.plan("staging");
        var resources = new ArrayList<>(real.resources());
        resources.add(new PlannedResource("urn:pulumi:staging::webstack::" + type + "::thing", type, "thing", null, null, "thing-1",
                ResourceOptions.NONE, List.of(), Map.of(), Map.of()));
        var plan = new Plan(real.project(), real.stack(), real.environment(), real.region(), real.account(), resources,
                real.outputs(), real.warnings());
        var estimate = StackCosts.estimate(OfflinePlanner.settings(ProjectDirectory.find(Path.of("")), "staging"), plan);
        // WHEN asked who does not know it THEN every one of the five places says so
        assertEquals(List.of("the offline engine (a mock in dev.webstack.offline.aws)",
                        "the deploy grants (delivery DeployGrants)",
                        "the diagram (cli Diagram: drawn, counted or NOT_DRAWN with a reason)",
                        "the plan's summaries in staging (cli ResourceSummaries)",
                        "the cost estimate in staging (a cost line, or cost/src/main/resources/prices/no-charge.json with a reason)"),
                unknowing(type, Map.of("staging", plan), Map.of("staging", estimate)));
    }

    /** The places that do not know the type, each saying where to teach it. */
    private static List<String> unknowing(String type, Map<String, Plan> plans, Map<String, Estimate> estimates) {
        var missing = new ArrayList<String>();
        if (!MOCKED.contains(type)) {
            missing.add("the offline engine (a mock in dev.webstack.offline.aws)");
        }
        if (!GRANTED.contains(type)) {
            missing.add("the deploy grants (delivery DeployGrants)");
        }
        if (!Diagram.knows(type)) {
            missing.add("the diagram (cli Diagram: drawn, counted or NOT_DRAWN with a reason)");
        }
        plans.forEach((stack, plan) -> {
            var resources = plan.ofType(type);
            if (resources.isEmpty()) {
                return;
            }
            if (new ResourceSummaries(plan).specific(resources.get(0)).isEmpty()) {
                missing.add("the plan's summaries in " + stack + " (cli ResourceSummaries)");
            }
            if (unpriced(estimates.get(stack), type)) {
                missing.add("the cost estimate in " + stack + " (a cost line, or cost/src/main/resources/prices/no-charge.json with a reason)");
            }
        });
        return missing;
    }

    /** The estimate's fallback for a resource no cost line accounts for and the no-charge list does not name. */
    private static boolean unpriced(Estimate estimate, String type) {
        return estimate.unpriced().stream().anyMatch(line -> line.what().equals(type));
    }
}
