package dev.webstack.cli;

import static dev.webstack.cli.PlanEdits.edited;
import static dev.webstack.cli.PlanEdits.inputs;
import static dev.webstack.cli.PlanEdits.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webstack.cli.ChangeHazards.Severity;
import dev.webstack.cli.PlanDiff.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ignoreChanges: Pulumi uses the old value from the state for an ignored property when it decides
 * between update and replace, so an ignored input can neither update nor replace the resource
 * (https://www.pulumi.com/docs/iac/concepts/options/ignorechanges/; pulumi/pulumi#2657: ignored
 * properties "cannot trigger replacements"). The program relies on it for security group and RDS
 * parameter group descriptions (ForceNew in the provider, ADR 0017).
 */
class IgnoredChangesDiffTest {

    private static final String BASE = StackVariants.json("staging", Map.of());

    @Test
    void anIgnoredDescriptionChangeIsNoChangeAtAll() {
        // GIVEN the ALB security group's and the parameter group's descriptions edited, both in their ignoreChanges
        var head = edited(edited(BASE, "main-alb-sg", sg -> inputs(sg).put("description", "edited by hand")),
                "db-parameters", pg -> inputs(pg).put("description", "edited by hand"));

        // WHEN diffed
        var diff = new PlanDiff(BASE, head);

        // THEN nothing changes and nothing is refused
        assertEquals(List.of(), diff.all());
        assertEquals(List.of(), diff.hazards());
    }

    @Test
    void anIgnoredKeyIsLeftOutButTheOtherChangedKeysStay() {
        var head = edited(BASE, "main-alb-sg", sg -> {
            inputs(sg).put("description", "edited by hand");
            inputs(sg).put("tags", Map.of("team", "web"));
        });

        var change = ChangeScenariosTest.change(new PlanDiff(BASE, head), "main-alb-sg");

        assertEquals(Kind.UPDATE, change.kind());
        assertEquals(List.of("tags"), change.keys());
    }

    /** Negative control: the same edit without ignoreChanges is a replacement keeping the group's name, which EC2 refuses. */
    @Test
    void withoutIgnoreChangesTheSameEditIsARefusedReplacement() {
        var head = edited(BASE, "main-alb-sg", sg -> {
            inputs(sg).put("description", "edited by hand");
            options(sg).put("ignoreChanges", List.of());
        });

        var diff = new PlanDiff(BASE, head);

        assertEquals(Kind.REPLACE, ChangeScenariosTest.change(diff, "main-alb-sg").kind());
        assertEquals(List.of("main-alb-sg"), ChangeScenariosTest.hazards(diff, Severity.REFUSAL).stream().map(ChangeHazards.Hazard::name).toList());
    }
}
