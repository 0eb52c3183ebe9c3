package dev.webstack.cli;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/** The stack's top-level components in the order they build: what others depend on first (the network before what lives in it). */
final class BuildOrder {

    private BuildOrder() {
    }

    static List<PlannedResource> components(Plan plan) {
        var components = plan.resources().stream().filter(r -> r.parent() == null && r.isComponent()).toList();
        var remaining = new ArrayList<>(components);
        remaining.sort(Comparator.comparing(PlannedResource::name));
        var ordered = new ArrayList<PlannedResource>();
        while (!remaining.isEmpty()) {
            var next = remaining.stream()
                    .filter(c -> remaining.stream().noneMatch(other -> other != c && dependsOn(plan, c, other)))
                    .max(Comparator.comparingLong((PlannedResource c) -> components.stream()
                            .filter(other -> other != c && dependsOn(plan, other, c)).count()))
                    .orElse(remaining.get(0));
            ordered.add(next);
            remaining.remove(next);
        }
        return ordered;
    }

    private static boolean dependsOn(Plan plan, PlannedResource component, PlannedResource other) {
        var theirs = new HashSet<String>();
        descendants(plan, other).forEach(r -> theirs.add(r.urn()));
        return descendants(plan, component).stream().anyMatch(r -> r.dependencies().stream().anyMatch(theirs::contains));
    }

    private static List<PlannedResource> descendants(Plan plan, PlannedResource component) {
        var all = new ArrayList<PlannedResource>();
        for (var child : plan.childrenOf(component)) {
            all.add(child);
            if (child.isComponent()) {
                all.addAll(descendants(plan, child));
            }
        }
        return all;
    }
}
