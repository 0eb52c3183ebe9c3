package dev.webstack.cli;

import static dev.webstack.cli.PlanEdits.copied;
import static dev.webstack.cli.PlanEdits.edited;
import static dev.webstack.cli.PlanEdits.inputs;
import static dev.webstack.cli.PlanEdits.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.cli.ChangeHazards.Hazard;
import dev.webstack.cli.ChangeHazards.Severity;
import dev.webstack.cli.PlanDiff.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ports and ranges AWS keeps unique, taken by a change before another change in the same update
 * frees them: Pulumi runs steps without a dependency between them in parallel, in no set order, and
 * creates a replacement before it deletes the old one
 * (https://www.pulumi.com/docs/iac/concepts/options/deletebeforereplace/).
 * ELB CreateListener: DuplicateListener, "A listener with the specified port already exists"
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateListener.html).
 * EC2: InvalidSubnet.Conflict, "The specified CIDR block conflicts with that of another subnet in your VPC"
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html).
 */
class ListenerAndSubnetConflictDiffTest {

    private static final String BASE = StackVariants.json("staging", Map.of());

    private static List<String> refused(PlanDiff diff) {
        return ChangeScenariosTest.hazards(diff, Severity.REFUSAL).stream().map(Hazard::name).toList();
    }

    private static List<String> problems(PlanDiff diff) {
        return ChangeScenariosTest.hazards(diff, Severity.REFUSAL).stream().map(Hazard::problem).toList();
    }

    @Test
    void twoNewListenersOnOnePortOfOneLoadBalancer() {
        // GIVEN two new listeners on port 8080 of the ALB
        var head = copied(copied(BASE, "edge-http", "edge-alt-a", l -> inputs(l).put("port", 8080)),
                "edge-http", "edge-alt-b", l -> inputs(l).put("port", 8080));

        var diff = new PlanDiff(BASE, head);

        // THEN the second one is refused, naming the first
        assertEquals(List.of("edge-alt-b"), refused(diff));
        assertTrue(problems(diff).get(0).contains("`edge-alt-a`") && problems(diff).get(0).contains("DuplicateListener"), problems(diff).get(0));
    }

    @Test
    void aNewListenerOnThePortAnUpdatedListenerLeaves() {
        // GIVEN the port-80 listener moved to 8080 in place, and a new listener on 80
        var moved = edited(BASE, "edge-http", l -> inputs(l).put("port", 8080));
        var head = copied(moved, "edge-http", "edge-port-80", l -> inputs(l).put("port", 80));

        var diff = new PlanDiff(BASE, head);

        assertEquals(Kind.UPDATE, ChangeScenariosTest.change(diff, "edge-http").kind());
        assertEquals(List.of("edge-port-80"), refused(diff));
        assertTrue(problems(diff).get(0).contains("`edge-http`"), problems(diff).get(0));
    }

    /** Negative control: a new listener on a port nobody holds. */
    @Test
    void aNewListenerOnAFreePortIsFine() {
        var diff = new PlanDiff(BASE, copied(BASE, "edge-http", "edge-alt", l -> inputs(l).put("port", 8080)));

        assertEquals(Kind.CREATE, ChangeScenariosTest.change(diff, "edge-alt").kind());
        assertEquals(List.of(), refused(diff));
    }

    @Test
    void aSubnetGrownOverItsOwnRangeIsRefused() {
        // GIVEN main-public-1 from 10.0.0.0/20 to 10.0.0.0/21: replaced, and the new range overlaps the old one's
        var diff = new PlanDiff(BASE, edited(BASE, "main-public-1", s -> inputs(s).put("cidrBlock", "10.0.0.0/21")));

        assertEquals(List.of("cidrBlock"), ChangeScenariosTest.change(diff, "main-public-1").forcing());
        assertEquals(List.of("main-public-1"), refused(diff));
        assertTrue(problems(diff).get(0).contains("InvalidSubnet.Conflict") && problems(diff).get(0).contains("10.0.0.0/20"),
                problems(diff).get(0));

        var deletedFirst = new PlanDiff(BASE, edited(BASE, "main-public-1", s -> {
            inputs(s).put("cidrBlock", "10.0.0.0/21");
            options(s).put("deleteBeforeReplace", true);
        }));
        assertEquals(List.of(), refused(deletedFirst), "deleted first, only its own old range overlapped");
    }

    @Test
    void twoSubnetsSwappingRangesAreBothRefused() {
        var head = edited(edited(BASE, "main-public-1", s -> inputs(s).put("cidrBlock", "10.0.16.0/20")),
                "main-public-2", s -> inputs(s).put("cidrBlock", "10.0.0.0/20"));

        var diff = new PlanDiff(BASE, head);

        assertEquals(List.of("main-public-1", "main-public-2"), refused(diff).stream().sorted().toList());
    }

    /** Negative control: a range no other subnet of the VPC holds. */
    @Test
    void aSubnetMovedToAFreeRangeIsFine() {
        var diff = new PlanDiff(BASE, edited(BASE, "main-public-1", s -> inputs(s).put("cidrBlock", "10.0.32.0/20")));

        assertEquals(Kind.REPLACE, ChangeScenariosTest.change(diff, "main-public-1").kind());
        assertEquals(List.of(), refused(diff));
    }
}
