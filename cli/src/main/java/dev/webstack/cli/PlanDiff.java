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
 * What changes between two plan JSON documents of one stack: resources added, removed and
 * changed (by input key, never by value, so no secret can show), grouped by component; the
 * monthly estimate before and after; and guardrail violations the change brings.
 */
final class PlanDiff {

    /** One resource's change: '+' added, '-' removed, '~' changed with the input keys that differ. */
    record Change(char kind, String type, String name, List<String> keys) {
    }

    private final Plan base;
    private final Plan head;
    private final String baseJson;
    private final String headJson;

    PlanDiff(String baseJson, String headJson) {
        this.baseJson = baseJson;
        this.headJson = headJson;
        this.base = PlanJson.read(baseJson);
        this.head = PlanJson.read(headJson);
        if (!Objects.equals(base.stack(), head.stack())) {
            throw new WebstackCli.UsageException("the plans are of different stacks (" + base.stack() + ", " + head.stack() + ")");
        }
    }

    /** Changes by component ("Network \"main\""), components in name order. */
    Map<String, List<Change>> changes() {
        var byComponent = new TreeMap<String, List<Change>>();
        for (var after : head.cloudResources()) {
            var before = base.byUrn(after.urn());
            if (before.isEmpty()) {
                add(byComponent, head, after, new Change('+', after.type(), after.name(), List.of()));
            } else {
                var keys = changedKeys(before.get(), after);
                if (!keys.isEmpty()) {
                    add(byComponent, head, after, new Change('~', after.type(), after.name(), keys));
                }
            }
        }
        for (var before : base.cloudResources()) {
            if (head.byUrn(before.urn()).isEmpty()) {
                add(byComponent, base, before, new Change('-', before.type(), before.name(), List.of()));
            }
        }
        return byComponent;
    }

    private static void add(Map<String, List<Change>> byComponent, Plan plan, PlannedResource resource, Change change) {
        var component = plan.componentOf(resource).map(c -> c.type().replaceAll(".*:", "") + " \"" + c.name() + "\"").orElse("(stack)");
        byComponent.computeIfAbsent(component, c -> new ArrayList<>()).add(change);
    }

    /** Input keys whose value differs, and resource options that differ (as "option:protect"). */
    static List<String> changedKeys(PlannedResource before, PlannedResource after) {
        var keys = new TreeSet<String>();
        var all = new TreeSet<>(before.inputs().keySet());
        all.addAll(after.inputs().keySet());
        for (var key : all) {
            if (!Objects.equals(before.inputs().get(key), after.inputs().get(key))) {
                keys.add(key);
            }
        }
        if (before.options().protect() != after.options().protect()) {
            keys.add("option:protect");
        }
        if (before.options().retainOnDelete() != after.options().retainOnDelete()) {
            keys.add("option:retainOnDelete");
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
