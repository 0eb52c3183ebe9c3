package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webstack.cost.Estimate;
import dev.webstack.delivery.DeployGrants;
import dev.webstack.offline.MockCatalog;
import dev.webstack.plan.Plan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
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

    private static final Set<String> MOCKED = MockCatalog.aws().resourceTypes();
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
