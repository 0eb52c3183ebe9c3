package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.cli.ChangeHazards.Severity;
import dev.webstack.cli.PlanDiff.Kind;
import dev.webstack.plan.json.Json;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Changes no setting makes, written into a copy of staging's plan JSON by hand: a listener renamed
 * without and with an alias, and a subnet moved to another zone (what "the first N available
 * zones" does during an AZ event).
 */
class HandEditedPlanDiffTest {

    private static final String BASE = StackVariants.json("staging", Map.of());

    /** The base plan with one resource edited. */
    private static String edited(String name, Consumer<Map<String, Object>> edit) {
        return edited(BASE, name, edit);
    }

    /** The plan with one resource edited. */
    @SuppressWarnings("unchecked")
    static String edited(String json, String name, Consumer<Map<String, Object>> edit) {
        var root = Json.parseObject(json);
        var resource = ((List<Map<String, Object>>) root.get("resources")).stream().filter(r -> name.equals(r.get("name"))).findFirst()
                .orElseThrow();
        edit.accept(resource);
        return Json.pretty(root);
    }

    private static void rename(Map<String, Object> listener, String newName) {
        var oldName = (String) listener.get("name");
        listener.put("urn", ((String) listener.get("urn")).replace("::" + oldName, "::" + newName));
        listener.put("name", newName);
    }

    /** ELB API CreateListener: DuplicateListener, "A listener with the specified port already exists". */
    @Test
    void aListenerRenamedWithoutAnAliasIsAListenerConflict() {
        var diff = new PlanDiff(BASE, edited("edge-http", l -> rename(l, "edge-port-80")));

        assertEquals(Kind.CREATE, ChangeScenariosTest.change(diff, "edge-port-80").kind());
        assertEquals(Kind.DELETE, ChangeScenariosTest.change(diff, "edge-http").kind());
        var refusals = ChangeScenariosTest.hazards(diff, Severity.REFUSAL);
        assertEquals(List.of("edge-port-80"), refusals.stream().map(ChangeHazards.Hazard::name).toList());
        assertTrue(refusals.get(0).problem().contains("port 80") && refusals.get(0).problem().contains("`edge-http`")
                && refusals.get(0).problem().contains("DuplicateListener"), refusals.get(0).problem());
        var markdown = DiffCommand.markdown(diff);
        assertTrue(markdown.indexOf("AWS would refuse") < markdown.indexOf("**Edge"), markdown);
    }

    /** An alias moves the state to the new URN: one listener throughout, an update, no conflict. */
    @Test
    void aListenerRenamedWithAnAliasIsAMoveNotAConflict() {
        var diff = new PlanDiff(BASE, edited("edge-http", l -> {
            var oldUrn = (String) l.get("urn");
            rename(l, "edge-port-80");
            @SuppressWarnings("unchecked")
            var options = (Map<String, Object>) l.get("options");
            options.put("aliases", List.of(oldUrn));
        }));

        var moved = ChangeScenariosTest.change(diff, "edge-port-80");
        assertEquals(Kind.UPDATE, moved.kind());
        assertEquals("edge-http", moved.movedFrom());
        assertEquals(List.of(), diff.all().stream().filter(c -> c.kind() != Kind.UPDATE).toList());
        assertEquals(List.of(), diff.hazards());
        assertTrue(DiffCommand.markdown(diff).contains("- update `edge-port-80` (aws:lb/listener:Listener), was `edge-http`"));
    }

    /** ec2/vpc_subnet.go: availability_zone is ForceNew; EC2 CreateSubnet refuses an overlapping range: InvalidSubnet.Conflict. */
    @Test
    @SuppressWarnings("unchecked")
    void aSubnetMovedToAnotherZoneWithItsRangeIsRefused() {
        var diff = new PlanDiff(BASE, edited("main-public-1", s -> ((Map<String, Object>) s.get("inputs")).put("availabilityZone", "ap-northeast-1d")));

        var subnet = ChangeScenariosTest.change(diff, "main-public-1");
        assertEquals(Kind.REPLACE, subnet.kind());
        assertEquals(List.of("availabilityZone"), subnet.forcing());
        var refusals = ChangeScenariosTest.hazards(diff, Severity.REFUSAL);
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).problem().contains("InvalidSubnet.Conflict"), refusals.get(0).problem());

        var deleteFirst = new PlanDiff(BASE, edited("main-public-1", s -> {
            ((Map<String, Object>) s.get("inputs")).put("availabilityZone", "ap-northeast-1d");
            ((Map<String, Object>) s.get("options")).put("deleteBeforeReplace", true);
        }));
        assertEquals(List.of(), ChangeScenariosTest.hazards(deleteFirst, Severity.REFUSAL), "deleted first, the range is free");
    }

    /** A plan written before aliases were recorded (main's) diffs against one that has them: missing options read as none. */
    @Test
    @SuppressWarnings("unchecked")
    void aBasePlanWithoutTheNewOptionFieldsStillDiffs() {
        var root = Json.parseObject(BASE);
        ((List<Map<String, Object>>) root.get("resources")).forEach(r -> {
            var options = (Map<String, Object>) r.get("options");
            if (options != null) {
                options.remove("aliases");
                options.remove("replaceOnChanges");
            }
        });
        var diff = new PlanDiff(Json.pretty(root), BASE);
        assertEquals(List.of(), diff.all());
        assertNull(diff.hazards().stream().findFirst().orElse(null));
    }
}
