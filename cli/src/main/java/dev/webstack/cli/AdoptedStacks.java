package dev.webstack.cli;

import dev.webstack.compute.RegistryContract;
import dev.webstack.edge.EdgeContract;
import dev.webstack.network.NetworkContract;
import dev.webstack.settings.AdoptionCheck;
import dev.webstack.settings.StackFileConfigSource;
import dev.webstack.settings.StackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outputs the stacks a stack adopts from resolve to, offline: the referenced stack's own
 * offline plan when its file is in this repository, otherwise placeholders named after it,
 * with a warning that says which.
 */
final class AdoptedStacks {

    /** Outputs by stack reference name, and what the plan should warn about them. */
    record Resolved(Map<String, Map<String, Object>> outputs, List<String> warnings) {
    }

    private AdoptedStacks() {
    }

    static Resolved resolve(ProjectDirectory project, StackSettings settings, LinkedHashSet<String> planning) {
        var outputs = new LinkedHashMap<String, Map<String, Object>>();
        var warnings = new ArrayList<String>();
        var region = settings.identity().region();
        adopt(project, settings, "network", settings.network().fromStack(), planning, outputs, warnings, AdoptedStacks::networkPlaceholders);
        var self = settings.identity().stack();
        adopt(project, settings, "registry", settings.registry().fromStack(), planning, outputs, warnings,
                stack -> registryPlaceholders(stack, self, region));
        adopt(project, settings, "edge", settings.edge().fromStack(), planning, outputs, warnings, stack -> edgePlaceholders(stack, region));
        settings.edge().fromStack().ifPresent(owner -> warnings.addAll(samePriority(project, settings, owner)));
        // What `pulumi up` logs as warnings after the adoption check (AdoptedOwners), the plan lists.
        for (var owner : AdoptionCheck.owners(settings)) {
            warnings.addAll(AdoptionCheck.warnings(settings, new AdoptionCheck.Owner(owner, outputs.getOrDefault(owner, Map.of()))));
        }
        return new Resolved(outputs, warnings);
    }

    /**
     * Other stack files here that put a rule on the same owner's listener at this stack's priority: the owner's
     * contract knows only its own rule, and ELB refuses the second rule at one priority (PriorityInUse, ADR 0026).
     */
    private static List<String> samePriority(ProjectDirectory project, StackSettings settings, String owner) {
        var self = settings.identity().stack();
        var priority = settings.edge().listenerRulePriority();
        var clashes = new ArrayList<String>();
        for (var other : StackFileConfigSource.availableStacks(project.path())) {
            if (other.equals(self)) {
                continue;
            }
            try {
                var edge = OfflinePlanner.settings(project, other).edge();
                if (edge.fromStack().filter(owner::equals).isPresent() && edge.listenerRulePriority() == priority) {
                    clashes.add("webstack:edge.listenerRulePriority is " + priority + " here and in " + StackFileConfigSource.fileName(other)
                            + ", which adopts " + owner + "'s load balancer too: ELB refuses the second rule (PriorityInUse); "
                            + "give each adopter its own priority.");
                }
            } catch (RuntimeException invalid) {
                // Another stack file's own problems are reported when that stack is planned.
            }
        }
        return clashes;
    }

    /** Owners that adopt nothing themselves, by their project, name and the two files their plan follows from. */
    private static final Map<String, Map<String, Object>> PLANNED_OWNERS = new ConcurrentHashMap<>();

    /**
     * The owner's outputs from its own offline plan: once per owner for the network, the edge and the registry it
     * lends, and once per run for an owner that adopts nothing itself (its plan follows from its stack file alone).
     */
    private static Map<String, Object> ownerOutputs(ProjectDirectory project, String stack, LinkedHashSet<String> planning) {
        var ownerSettings = OfflinePlanner.settings(project, stack);
        if (!AdoptionCheck.owners(ownerSettings).isEmpty()) {
            return Map.copyOf(OfflinePlanner.plan(project, ownerSettings, planning).outputs());
        }
        var key = project.path().toAbsolutePath() + "\n" + stack + "\n" + read(project.path().resolve(ProjectDirectory.PROJECT_FILE))
                + "\n" + read(project.path().resolve(StackFileConfigSource.fileName(stack)));
        var known = PLANNED_OWNERS.get(key);
        if (known != null) {
            return known;
        }
        var planned = Map.copyOf(OfflinePlanner.plan(project, ownerSettings, planning).outputs());
        PLANNED_OWNERS.put(key, planned);
        return planned;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void adopt(ProjectDirectory project, StackSettings settings, String module, Optional<String> reference,
                              LinkedHashSet<String> planning,
                              Map<String, Map<String, Object>> outputs, List<String> warnings,
                              java.util.function.Function<String, Map<String, Object>> placeholders) {
        if (reference.isEmpty()) {
            return;
        }
        var name = reference.get();
        var stack = name.substring(name.lastIndexOf('/') + 1);
        if (Files.exists(project.path().resolve(StackFileConfigSource.fileName(stack)))) {
            if (planning.contains(stack)) {
                throw new IllegalStateException("stacks adopt from each other: " + String.join(" -> ", planning) + " -> " + stack);
            }
            if (!outputs.containsKey(name)) {
                outputs.put(name, ownerOutputs(project, stack, planning));
            }
            warnings.add(module + " adopted from " + name + ": resolved from " + StackFileConfigSource.fileName(stack)
                    + "'s offline plan; nothing of it is created here.");
        } else {
            var merged = new LinkedHashMap<>(outputs.getOrDefault(name, Map.of()));
            // Unknown, the owner is assumed to be where and what this stack is: the adoption check then passes on them.
            merged.put(AdoptionCheck.REGION, settings.identity().region());
            merged.put(AdoptionCheck.PROFILE, settings.identity().environment().id());
            merged.putAll(placeholders.apply(stack));
            outputs.put(name, merged);
            warnings.add(module + " adopted from " + name + ", whose stack file is not in this repository: the plan shows "
                    + "placeholders (\"placeholder-of-" + stack + "\") where its outputs go.");
        }
    }

    private static Map<String, Object> networkPlaceholders(String stack) {
        var of = "placeholder-of-" + stack;
        var map = new LinkedHashMap<String, Object>();
        map.put(NetworkContract.VPC_ID, "vpc-" + of);
        map.put(NetworkContract.PUBLIC_SUBNET_IDS, List.of("subnet-" + of + "-public-1", "subnet-" + of + "-public-2"));
        map.put(NetworkContract.ISOLATED_SUBNET_IDS, List.of("subnet-" + of + "-isolated-1", "subnet-" + of + "-isolated-2"));
        map.put(NetworkContract.VPC_CIDR, "cidr-" + of);
        return map;
    }

    /** The owner's own repository and the one it holds for the adopting stack ({@code self}), as its sharedWith would list it. */
    private static Map<String, Object> registryPlaceholders(String stack, String self, String region) {
        var map = new LinkedHashMap<String, Object>();
        map.put(RegistryContract.REPOSITORY_URL, "000000000000.dkr.ecr." + region + ".amazonaws.com/placeholder-of-" + stack);
        map.put(RegistryContract.REPOSITORY_ARN, "arn:aws:ecr:" + region + ":000000000000:repository/placeholder-of-" + stack);
        var repositories = new LinkedHashMap<String, Object>();
        for (var name : List.of(stack, self)) {
            var path = name.equals(stack) ? "placeholder-of-" + stack : "placeholder-of-" + stack + "/" + name;
            repositories.put(name, Map.of("url", "000000000000.dkr.ecr." + region + ".amazonaws.com/" + path,
                    "arn", "arn:aws:ecr:" + region + ":000000000000:repository/" + path));
        }
        map.put(RegistryContract.REPOSITORIES, repositories);
        return map;
    }

    /**
     * An owner's load balancer, listener and VPC origin as placeholders of the shapes AWS gives them: ARNs an
     * adopter's deploy grants can be checked against, the owner's rule at priority 1 (its default), locked, over HTTP.
     */
    private static Map<String, Object> edgePlaceholders(String stack, String region) {
        var of = "placeholder-of-" + stack;
        var balancer = "app/" + of + "/0000000000000000";
        var arn = "arn:aws:elasticloadbalancing:" + region + ":000000000000:";
        var map = new LinkedHashMap<String, Object>();
        map.put(EdgeContract.ALB_ARN, arn + "loadbalancer/" + balancer);
        map.put(EdgeContract.ALB_ARN_SUFFIX, balancer);
        map.put(EdgeContract.ALB_DNS_NAME, "internal-" + of + "-0000000000." + region + ".elb.amazonaws.com");
        map.put(EdgeContract.ALB_SG_ID, "sg-" + of + "-alb");
        map.put(EdgeContract.LISTENER_ARN, arn + "listener/" + balancer + "/0000000000000000");
        map.put(EdgeContract.LISTENER_RULE_PRIORITY, 1);
        map.put(EdgeContract.VPC_ORIGIN_ID, "vo_" + of);
        map.put(EdgeContract.ORIGIN_HOST, "internal-" + of + "-0000000000." + region + ".elb.amazonaws.com");
        map.put(EdgeContract.ORIGIN_PROTOCOL_POLICY, "http-only");
        map.put(EdgeContract.ORIGIN_LOCKED, true);
        return map;
    }
}
