package dev.webstack.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What a stack would create: every resource with its resolved inputs, the stack outputs, the
 * warnings worth a reviewer's attention, the catalogued trade-offs the stack takes (which
 * the guardrails accept) and who its alarms reach. Produced by the offline engine; serialised by {@link PlanJson}.
 */
public record Plan(String project, String stack, String environment, String region, String account,
                   List<PlannedResource> resources, Map<String, Object> outputs, List<String> warnings,
                   List<TradeOff> tradeOffs, Alerting alerting) {

    public Plan {
        resources = List.copyOf(resources);
        outputs = java.util.Collections.unmodifiableMap(new TreeMap<>(outputs));
        warnings = List.copyOf(warnings);
        tradeOffs = List.copyOf(tradeOffs);
        alerting = alerting == null ? Alerting.UNRECORDED : alerting;
    }

    /** A plan as the offline engine first records it: no trade-off taken, no alerting described yet. */
    public Plan(String project, String stack, String environment, String region, String account,
                List<PlannedResource> resources, Map<String, Object> outputs, List<String> warnings) {
        this(project, stack, environment, region, account, resources, outputs, warnings, List.of(), Alerting.UNRECORDED);
    }

    public List<PlannedResource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }

    public List<PlannedResource> where(Predicate<PlannedResource> predicate) {
        return resources.stream().filter(predicate).toList();
    }

    /** The resource of this type and logical name; fails naming what exists when it is absent. */
    public PlannedResource named(String type, String name) {
        return ofType(type).stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type + " named " + name + "; have "
                        + ofType(type).stream().map(PlannedResource::name).toList()));
    }

    public Optional<PlannedResource> byUrn(String urn) {
        return resources.stream().filter(r -> r.urn().equals(urn)).findFirst();
    }

    /** The resource whose physical id this is: how wiring is checked from recorded inputs. */
    public Optional<PlannedResource> byId(String id) {
        return resources.stream().filter(r -> id != null && id.equals(r.id())).findFirst();
    }

    /**
     * The resource of this type that a recorded value points at. Inputs hold the id, ARN or name
     * of what they refer to, as the engine resolved it.
     */
    public Optional<PlannedResource> resolve(String type, Object reference) {
        if (reference == null) {
            return Optional.empty();
        }
        var value = String.valueOf(reference);
        return ofType(type).stream().filter(r -> r.identities().contains(value)).findFirst();
    }

    public List<PlannedResource> childrenOf(PlannedResource parent) {
        return resources.stream().filter(r -> parent.urn().equals(r.parent())).toList();
    }

    /** The nearest component above a resource, if any. */
    public Optional<PlannedResource> componentOf(PlannedResource resource) {
        var parent = resource.parent() == null ? Optional.<PlannedResource>empty() : byUrn(resource.parent());
        while (parent.isPresent() && !parent.get().isComponent()) {
            parent = parent.get().parent() == null ? Optional.empty() : byUrn(parent.get().parent());
        }
        return parent;
    }

    /** Cloud resources only: neither components, providers nor Pulumi's own (stack references). */
    public List<PlannedResource> cloudResources() {
        return where(r -> !r.isComponent() && !r.isProvider() && !r.type().startsWith("pulumi:pulumi:"));
    }

    public Map<String, Integer> countsByType() {
        var counts = new TreeMap<String, Integer>();
        cloudResources().forEach(r -> counts.merge(r.type(), 1, Integer::sum));
        return counts;
    }

    public Object output(String name) {
        if (!outputs.containsKey(name)) {
            throw new IllegalStateException("no stack output " + name + "; have " + outputs.keySet());
        }
        return outputs.get(name);
    }

    public Plan withWarnings(List<String> moreWarnings) {
        var all = new ArrayList<>(warnings);
        all.addAll(moreWarnings);
        return new Plan(project, stack, environment, region, account, resources, outputs, all, tradeOffs, alerting);
    }

    public Plan withTradeOffs(List<TradeOff> taken) {
        var all = new ArrayList<>(tradeOffs);
        all.addAll(taken);
        return new Plan(project, stack, environment, region, account, resources, outputs, warnings, all, alerting);
    }

    public Plan withAlerting(Alerting described) {
        return new Plan(project, stack, environment, region, account, resources, outputs, warnings, tradeOffs, described);
    }
}
