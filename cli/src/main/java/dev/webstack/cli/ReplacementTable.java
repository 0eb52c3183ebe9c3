package dev.webstack.cli;

import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the provider we run does with a changed input: update in place or replace, per resource
 * type; which inputs name the resource in AWS; and which types hold data. Facts, not code: they
 * live in replacement-table.json with the provider source each comes from (docs/adr/0016).
 */
final class ReplacementTable {

    static final String RESOURCE = "replacement-table.json";
    static final String REPLACE = "replace";
    static final String UPDATE = "update";
    /** The ECS service's capacity-provider strategy: replaced unless forceNewDeployment is set (and neither side is empty). */
    static final String REPLACE_UNLESS_FORCE_NEW_DEPLOYMENT = "replace-unless-forceNewDeployment";
    /**
     * Updated in place while it stays set; replaced when it is set or unset. A security group rule's source
     * (cidrIpv4, cidrIpv6, prefixListId, referencedSecurityGroupId: exactly one is set) cannot change type in place:
     * internal/service/ec2/vpc_security_group_ingress_rule.go, ModifyPlan, "When you modify a rule, you cannot change
     * the rule's source type" (RequiresReplace on the old and the new source attribute).
     */
    static final String REPLACE_IF_SET_OR_UNSET = "replace-if-set-or-unset";

    /** The inputs that name a resource in AWS, where AWS requires them unique, and what AWS does with a second one. */
    record PhysicalName(List<String> inputs, String uniqueIn, String duplicate) {

        /** Refused, rather than silently put over the existing one. */
        boolean refusesDuplicate() {
            return duplicate.startsWith("refuses");
        }
    }

    /**
     * @param providerDeletesFirst pulumi-aws sets DeleteBeforeReplace on the type, whatever the program's options say
     *                             ("deleteBeforeReplace": true in the table; the plan does not record provider defaults)
     */
    record Entry(String type, Map<String, String> inputs, Optional<PhysicalName> physicalName, Optional<String> stateful,
                 boolean providerDeletesFirst) {
    }

    private final Map<String, Entry> types;

    private ReplacementTable(Map<String, Entry> types) {
        this.types = types;
    }

    static ReplacementTable load() {
        try (var in = ReplacementTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static ReplacementTable parse(String json) {
        var root = Json.parseObject(json);
        var types = new TreeMap<String, Entry>();
        ((Map<String, Map<String, Object>>) root.get("types")).forEach((type, fact) -> {
            var inputs = (Map<String, String>) fact.get("inputs");
            inputs.forEach((input, verdict) -> {
                if (!List.of(REPLACE, UPDATE, REPLACE_UNLESS_FORCE_NEW_DEPLOYMENT, REPLACE_IF_SET_OR_UNSET).contains(verdict)) {
                    throw new IllegalStateException(RESOURCE + ": " + type + " input " + input + " has verdict '" + verdict + "'");
                }
            });
            var name = Optional.ofNullable((Map<String, Object>) fact.get("physicalName")).map(p -> new PhysicalName(
                    (List<String>) p.get("inputs"), (String) p.get("uniqueIn"), (String) p.get("duplicate")));
            types.put(type, new Entry(type, Map.copyOf(inputs), name, Optional.ofNullable((String) fact.get("stateful")),
                    Boolean.TRUE.equals(fact.get("deleteBeforeReplace"))));
        });
        return new ReplacementTable(types);
    }

    Optional<Entry> entry(String type) {
        return Optional.ofNullable(types.get(type));
    }

    /**
     * Of the changed input keys, those that make the provider replace the resource. An input
     * the table does not know counts as forcing: a diff should rather warn than reassure.
     */
    List<String> forcing(PlannedResource before, PlannedResource after, List<String> changedKeys) {
        var entry = types.get(after.type());
        var forcing = new ArrayList<String>();
        for (var key : changedKeys) {
            if (key.startsWith("option:")) {
                continue;
            }
            var verdict = entry == null ? null : entry.inputs().get(key);
            if (verdict == null || verdict.equals(REPLACE) || after.options().replaceOnChanges().contains(key)
                    || verdict.equals(REPLACE_UNLESS_FORCE_NEW_DEPLOYMENT) && !keepsServiceOnStrategyChange(before, after, key)
                    || verdict.equals(REPLACE_IF_SET_OR_UNSET) && before.input(key).isPresent() != after.input(key).isPresent()) {
                forcing.add(key);
            }
        }
        return forcing;
    }

    /** terraform-provider-aws 5.x internal/service/ecs/service.go, capacityProviderStrategyCustomizeDiff. */
    private static boolean keepsServiceOnStrategyChange(PlannedResource before, PlannedResource after, String key) {
        return Boolean.TRUE.equals(after.input("forceNewDeployment").orElse(false))
                && !before.inputList(key).isEmpty() && !after.inputList(key).isEmpty();
    }

    /** Every type and input of these resources the table does not cover, each saying what to add. */
    List<String> uncovered(List<PlannedResource> resources) {
        var missing = new TreeSet<String>();
        for (var resource : resources) {
            var entry = types.get(resource.type());
            if (entry == null) {
                missing.add(resource.type() + ": the type is missing; add \"" + resource.type() + "\" under \"types\" in " + RESOURCE
                        + " with its source, physicalName and the verdict of each of " + new TreeSet<>(resource.inputs().keySet()));
                continue;
            }
            resource.inputs().keySet().stream().filter(input -> !entry.inputs().containsKey(input))
                    .forEach(input -> missing.add(resource.type() + ": input " + input + " is missing; add \"" + input
                            + "\": \"replace\" or \"update\" to its \"inputs\" in " + RESOURCE));
        }
        return List.copyOf(missing);
    }
}
