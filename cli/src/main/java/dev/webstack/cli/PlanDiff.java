package dev.webstack.cli;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlanJson;
import dev.webstack.plan.PlannedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changes between two plan JSON documents of one stack, as the engine would do it: each
 * resource created, updated, replaced (naming the inputs that force it, from the
 * {@link ReplacementTable}) or deleted, by input key, never by value, so no secret can show;
 * grouped by component. A resource whose URN moved under an alias is updated, not deleted and
 * created. Also the monthly estimate before and after, guardrail violations the change brings,
 * and the {@link ChangeHazards} (data loss, changes AWS would refuse).
 */
final class PlanDiff {

    /** What the engine does with one resource. */
    enum Kind {
        CREATE("create"), UPDATE("update"), REPLACE("replace"), DELETE("delete");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /**
     * One resource's change.
     *
     * @param keys    the input keys (and "option:..." resource options) that differ
     * @param forcing of those, the inputs that make the provider replace the resource
     * @param movedFrom the logical name it had, when an alias moved it; else null
     * @param before  the resource in the base plan, null when created
     * @param after   the resource in the head plan, null when deleted
     */
    record Change(Kind kind, String type, String name, List<String> keys, List<String> forcing, String movedFrom,
                  PlannedResource before, PlannedResource after) {
    }

    private final Plan base;
    private final Plan head;
    private final String baseJson;
    private final String headJson;
    private final ReplacementTable table;

    PlanDiff(String baseJson, String headJson) {
        this(baseJson, headJson, ReplacementTable.load());
    }

    PlanDiff(String baseJson, String headJson, ReplacementTable table) {
        this.baseJson = baseJson;
        this.headJson = headJson;
        this.table = table;
        this.base = PlanJson.read(baseJson);
        this.head = PlanJson.read(headJson);
        if (!Objects.equals(base.stack(), head.stack())) {
            throw new WebstackCli.UsageException("the plans are of different stacks (" + base.stack() + ", " + head.stack() + ")");
        }
    }

    /** Every change, in the order of the head plan, then deletions in the order of the base plan. */
    List<Change> all() {
        var changes = new ArrayList<Change>();
        var matched = new TreeSet<String>();
        for (var after : head.cloudResources()) {
            var before = previous(after);
            if (before.isEmpty()) {
                changes.add(new Change(Kind.CREATE, after.type(), after.name(), List.of(), List.of(), null, null, after));
                continue;
            }
            matched.add(before.get().urn());
            var keys = changedKeys(before.get(), after);
            var movedFrom = before.get().urn().equals(after.urn()) ? null : before.get().name();
            if (!keys.isEmpty() || movedFrom != null) {
                var forcing = table.forcing(before.get(), after, keys);
                changes.add(new Change(forcing.isEmpty() ? Kind.UPDATE : Kind.REPLACE, after.type(), after.name(), keys, forcing,
                        movedFrom, before.get(), after));
            }
        }
        for (var before : base.cloudResources()) {
            if (!matched.contains(before.urn())) {
                changes.add(new Change(Kind.DELETE, before.type(), before.name(), List.of(), List.of(), null, before, null));
            }
        }
        return changes;
    }

    /** The resource's state in the base plan: under its URN, or under a URN it names as an alias. */
    private Optional<PlannedResource> previous(PlannedResource after) {
        var same = base.byUrn(after.urn());
        if (same.isPresent()) {
            return same;
        }
        return after.options().aliases().stream().map(base::byUrn).flatMap(Optional::stream).findFirst();
    }

    /** Changes by component ("Network \"main\""), components in name order. */
    Map<String, List<Change>> changes() {
        var byComponent = new TreeMap<String, List<Change>>();
        for (var change : all()) {
            var plan = change.after() != null ? head : base;
            var resource = change.after() != null ? change.after() : change.before();
            var component = plan.componentOf(resource).map(c -> c.type().replaceAll(".*:", "") + " \"" + c.name() + "\"").orElse("(stack)");
            byComponent.computeIfAbsent(component, c -> new ArrayList<>()).add(change);
        }
        return byComponent;
    }

    List<ChangeHazards.Hazard> hazards() {
        return new ChangeHazards(table).of(all(), base.cloudResources());
    }

    /**
     * Input keys whose value differs, and resource options that differ (as "option:protect"). An input in the
     * resource's ignoreChanges is left out: Pulumi diffs the old value from the state in its place, so it can
     * neither update nor replace the resource (https://www.pulumi.com/docs/iac/concepts/options/ignorechanges/).
     */
    static List<String> changedKeys(PlannedResource before, PlannedResource after) {
        var keys = new TreeSet<String>();
        var all = new TreeSet<>(before.inputs().keySet());
        all.addAll(after.inputs().keySet());
        // A nested path ("tags.team") ignores only part of an input: the input still counts, the diff would rather warn.
        var ignored = after.options().ignoreChanges();
        for (var key : all) {
            if (!ignored.contains(key) && !Objects.equals(before.inputs().get(key), after.inputs().get(key))) {
                keys.add(key);
            }
        }
        if (before.options().protect() != after.options().protect()) {
            keys.add("option:protect");
        }
        if (before.options().retainOnDelete() != after.options().retainOnDelete()) {
            keys.add("option:retainOnDelete");
        }
        if (before.options().deleteBeforeReplace() != after.options().deleteBeforeReplace()) {
            keys.add("option:deleteBeforeReplace");
        }
        return List.copyOf(keys);
    }

    Optional<Double> monthlyUsd(boolean after) {
        return PlanJson.section(after ? headJson : baseJson, "cost").map(c -> c.get("monthlyUsd"))
                .filter(Number.class::isInstance).map(n -> ((Number) n).doubleValue());
    }

    /** Guardrail violations of the head plan that the base plan did not have, as "rule on name: problem". */
    List<String> newViolations() {
        var before = violations(baseJson);
        return violations(headJson).stream().filter(v -> !before.contains(v)).toList();
    }

    private static List<String> violations(String json) {
        return PlanJson.section(json, "guardrails").map(g -> (List<?>) g.get("violations")).orElse(List.of()).stream()
                .map(v -> (Map<?, ?>) v).map(v -> v.get("rule") + " on " + v.get("name") + ": " + v.get("problem")).toList();
    }

    String stack() {
        return head.stack();
    }
}
