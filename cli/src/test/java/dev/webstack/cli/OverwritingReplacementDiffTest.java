package dev.webstack.cli;

import static dev.webstack.cli.PlanEdits.edited;
import static dev.webstack.cli.PlanEdits.inputs;
import static dev.webstack.cli.PlanEdits.options;
import static dev.webstack.cli.PlanEdits.rename;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.cli.ChangeHazards.Hazard;
import dev.webstack.cli.ChangeHazards.Severity;
import dev.webstack.cli.PlanDiff.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Types whose duplicate AWS overwrites rather than refuses (PutRolePolicy, PutMetricAlarm, the S3
 * Put*Bucket* calls...: "duplicate" in replacement-table.json). Under Pulumi's default order for a
 * replacement, create the new one then delete the old
 * (https://www.pulumi.com/docs/iac/concepts/options/deletebeforereplace/), a new resource with the
 * old one's name is written over it and the old one's delete then removes what the new one just
 * wrote: the update succeeds and the object is gone while the state says it exists.
 */
class OverwritingReplacementDiffTest {

    private static final String BASE = StackVariants.json("staging", Map.of());

    private static List<Hazard> overwrites(PlanDiff diff) {
        return ChangeScenariosTest.hazards(diff, Severity.OVERWRITE);
    }

    @Test
    void anInlinePolicyRenamedWithoutAnAliasIsWrittenThenDeleted() {
        // GIVEN the task role's inline policy under a new logical name, same policy name and role, no alias
        var diff = new PlanDiff(BASE, edited(BASE, "app-task-policy", p -> rename(p, "app-task-inline")));

        // THEN a create and a delete, and the delete removes the policy the create just put
        assertEquals(Kind.CREATE, ChangeScenariosTest.change(diff, "app-task-inline").kind());
        assertEquals(Kind.DELETE, ChangeScenariosTest.change(diff, "app-task-policy").kind());
        var found = overwrites(diff);
        assertEquals(List.of("app-task-inline"), found.stream().map(Hazard::name).toList());
        assertTrue(found.get(0).blocking());
        assertTrue(found.get(0).problem().contains("PutRolePolicy") && found.get(0).problem().contains("`app-task-policy`"),
                found.get(0).problem());
        assertEquals(List.of(), ChangeScenariosTest.hazards(diff, Severity.REFUSAL), "IAM accepts the duplicate: no refusal");
    }

    @Test
    void anAlarmRenamedWithoutAnAliasIsWrittenThenDeleted() {
        var diff = new PlanDiff(BASE, edited(BASE, "alarms-http-5xx", a -> rename(a, "alarms-http-errors")));

        assertEquals(List.of("alarms-http-errors"), overwrites(diff).stream().map(Hazard::name).toList());
        assertTrue(DiffCommand.markdown(diff).contains("PutMetricAlarm"), DiffCommand.markdown(diff));
    }

    @Test
    void aReplacementKeepingTheNameIsWrittenThenDeletedUnlessDeletedFirst() {
        // GIVEN the policy document forcing a replacement (replaceOnChanges), the policy's name and role unchanged
        var head = edited(BASE, "app-task-policy", p -> {
            inputs(p).put("policy", "{\"Version\":\"2012-10-17\",\"Statement\":[]}");
            options(p).put("replaceOnChanges", List.of("policy"));
        });
        var diff = new PlanDiff(BASE, head);

        assertEquals(Kind.REPLACE, ChangeScenariosTest.change(diff, "app-task-policy").kind());
        var found = overwrites(diff);
        assertEquals(List.of("app-task-policy"), found.stream().map(Hazard::name).toList());
        assertTrue(found.get(0).problem().contains("deleteBeforeReplace"), found.get(0).problem());

        var deletedFirst = new PlanDiff(BASE, edited(head, "app-task-policy", p -> options(p).put("deleteBeforeReplace", true)));
        assertEquals(List.of(), overwrites(deletedFirst), "deleted first, the new one is the only one");
    }

    /** pulumi-aws provider/resources.go sets DeleteBeforeReplace on aws_ecr_lifecycle_policy: the old one goes first. */
    @Test
    void aLifecyclePolicyReplacementIsDeletedFirstByTheProvider() {
        var diff = new PlanDiff(BASE, edited(BASE, "app-repository-lifecycle", p -> inputs(p).put("policy", "{\"rules\":[]}")));

        assertEquals(Kind.REPLACE, ChangeScenariosTest.change(diff, "app-repository-lifecycle").kind());
        assertEquals(List.of(), overwrites(diff));
    }
}
