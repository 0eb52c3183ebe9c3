package dev.webstack.guardrails.model;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.ServiceTasks;
import java.util.List;
import java.util.Optional;

/**
 * A plan seen as a graph. Inputs hold the id, ARN or name of the resources they point at
 * (as the engine resolved them), so an edge is found by matching an input against another
 * resource's identity.
 */
public final class Graph {

    private final Plan plan;

    public Graph(Plan plan) {
        this.plan = plan;
    }

    public String environment() {
        return plan.environment();
    }

    public List<PlannedResource> all(String type) {
        return plan.ofType(type);
    }

    /** The fewest tasks an ECS service runs: its scaler's minimum, else its desired count. */
    public int fewestTasks(PlannedResource service) {
        return ServiceTasks.fewest(plan, service);
    }

    /** The resource of this type that a recorded value names (by id, ARN or name). */
    public Optional<PlannedResource> resolve(String type, Object reference) {
        return plan.resolve(type, reference);
    }

    /** Resources of this type whose input at {@code path} points at the target. */
    public List<PlannedResource> referencing(String type, String path, PlannedResource target) {
        var identities = target.identities();
        return all(type).stream().filter(r -> r.input(path).map(v -> identities.contains(String.valueOf(v))).orElse(false)).toList();
    }

    /** Whether the value at {@code path} of this resource points at the target. */
    public boolean pointsAt(PlannedResource resource, String path, PlannedResource target) {
        return resource.input(path).map(v -> target.identities().contains(String.valueOf(v))).orElse(false);
    }

    /** A stack output, when the plan has it. */
    public Optional<Object> output(String name) {
        return Optional.ofNullable(plan.outputs().get(name));
    }

    /** The type of the webstack component a resource belongs to, or "" for none. */
    public String componentType(PlannedResource resource) {
        return plan.componentOf(resource).map(PlannedResource::type).orElse("");
    }
}
