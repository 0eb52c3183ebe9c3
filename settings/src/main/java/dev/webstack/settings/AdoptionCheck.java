package dev.webstack.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stack that adopts modules from an owner stack, checked against the contract the owner exported
 * (ADR 0024): every mismatch at once, each naming this stack's key and the owner's, before this stack
 * registers anything that depends on them. What cannot mismatch by construction is not checked: the
 * adopter's container port (its own target group and its own rules on the owner's load-balancer group)
 * and the origin protocol (the adopter's distribution takes the owner's).
 */
public final class AdoptionCheck {

    public static final String REGION = "stack.region";
    public static final String PROFILE = "stack.profile";
    public static final String LISTENER_RULE_PRIORITY = "edge.listenerRulePriority";
    public static final String ORIGIN_LOCKED = "edge.originLocked";
    public static final String ORIGIN_PROTOCOL_POLICY = "edge.originProtocolPolicy";
    public static final String REPOSITORIES = "registry.repositories";
    /** What a stack adopts, by module ("network", "edge", "registry") and the stack it adopts it from; empty for an owner. */
    public static final String ADOPTS_FROM = "stack.adoptsFrom";
    public static final String IDLE_TIMEOUT = "edge.loadBalancerIdleTimeoutSeconds";

    /** What the owner exported, read back: absent keys are absent, not null. */
    public interface Exported {
        Optional<Object> get(String key);
    }

    /** One owner stack and what it exported. */
    public record Owner(String reference, Exported outputs) {

        public Owner(String reference, Map<String, ?> outputs) {
            this(reference, key -> Optional.ofNullable(outputs.get(key)));
        }

        String stack() {
            return reference.substring(reference.lastIndexOf('/') + 1);
        }
    }

    private AdoptionCheck() {
    }

    /** The stacks an adopter names, each once, in the order network, edge, registry. */
    public static List<String> owners(StackSettings adopter) {
        var names = new java.util.LinkedHashSet<String>();
        adopter.network().fromStack().ifPresent(names::add);
        adopter.edge().fromStack().ifPresent(names::add);
        adopter.registry().fromStack().ifPresent(names::add);
        return List.copyOf(names);
    }

    /** The outputs of an owner this check reads, up front; the adopting modules read their contracts afterwards. */
    public static List<String> keysRead() {
        return List.of(REGION, PROFILE, LISTENER_RULE_PRIORITY, ORIGIN_LOCKED, ORIGIN_PROTOCOL_POLICY, REPOSITORIES, ADOPTS_FROM,
                IDLE_TIMEOUT);
    }

    public static List<Problem> problems(StackSettings adopter, Owner owner) {
        var problems = new ArrayList<Problem>();
        var identity = adopter.identity();
        var ownerName = owner.stack();
        var via = String.join(", ", adoptedModules(adopter, owner).stream().map(Module::key).toList());

        var region = text(owner, REGION);
        if (region.isEmpty()) {
            problems.add(Problem.of(via, ownerName + " exports no " + REGION + ": it was never deployed, or by a webstack "
                    + "older than this one", "run pulumi up on " + ownerName + " with this version first"));
            return problems;
        }
        if (!region.get().equals(identity.region())) {
            problems.add(Problem.of(StackIdentity.REGION.key(), "is " + identity.region() + ", but " + ownerName
                    + " (its aws:region, output " + REGION + ") is in " + region.get() + "; a VPC, a load balancer and a "
                    + "repository are adopted within one region", "deploy this stack to " + region.get() + ", or remove " + via));
        }
        var ownerAdopts = owner.outputs().get(ADOPTS_FROM).filter(Map.class::isInstance).map(m -> (Map<?, ?>) m).orElse(Map.of());
        for (var module : adoptedModules(adopter, owner)) {
            if (ownerAdopts.get(module.name()) instanceof String holder) {
                problems.add(Problem.of(module.key(), "is " + owner.reference() + ", which adopts its " + module.name() + " from "
                        + holder + " itself (output " + ADOPTS_FROM + "): this stack would be checked against a contract "
                        + ownerName + " only re-exports", "adopt the " + module.name() + " from " + holder + " directly"));
            }
        }
        text(owner, PROFILE).ifPresent(profile -> {
            if (identity.environment() == Environment.PRODUCTION && !profile.equals(Environment.PRODUCTION.id())) {
                problems.add(Problem.of(StackIdentity.PROFILE.key(), "is production, but " + ownerName + "'s webstack:profile is "
                        + profile + " (output " + PROFILE + "): this production-profile stack would depend on its "
                        + String.join(", ", adoptedModules(adopter, owner).stream().map(Module::name).toList())
                        + " without production's protection", "adopt from a production stack, or let this stack hold its own"));
            }
        });
        if (adopter.edge().fromStack().filter(owner.reference()::equals).isPresent()) {
            edgeProblems(adopter, owner, problems);
        }
        if (adopter.registry().fromStack().filter(owner.reference()::equals).isPresent()) {
            var repositories = owner.outputs().get(REPOSITORIES).filter(Map.class::isInstance).map(Map.class::cast).orElse(Map.of());
            if (!repositories.containsKey(identity.stack())) {
                problems.add(Problem.of(RegistrySettings.FROM_STACK.key(), "is " + owner.reference() + ", whose webstack:registry.sharedWith "
                        + "does not list " + identity.stack() + " (output " + REPOSITORIES + " has " + repositories.keySet() + ")",
                        "add " + identity.stack() + " to webstack:registry.sharedWith in " + ownerName
                                + "'s stack file and run pulumi up on " + ownerName + " first (ADR 0025)"));
            }
        }
        return problems;
    }

    private static void edgeProblems(StackSettings adopter, Owner owner, List<Problem> problems) {
        var ownerName = owner.stack();
        var locked = owner.outputs().get(ORIGIN_LOCKED).map(v -> Boolean.parseBoolean(String.valueOf(v)));
        if (locked.isEmpty()) {
            problems.add(missing(EdgeSettings.FROM_STACK.key(), ownerName, ORIGIN_LOCKED));
            return;
        }
        if (!locked.get()) {
            problems.add(Problem.of(EdgeSettings.FROM_STACK.key(), "is " + owner.reference() + ", whose webstack:edge.originLock is "
                    + "false (output " + ORIGIN_LOCKED + "): its listener forwards every request without the secret header to its "
                    + "own tasks, this stack's viewers' too if their header were lost", "set webstack:edge.originLock: true and an "
                    + "edge.originSecret in " + ownerName + "'s stack file and run pulumi up on " + ownerName + " first"));
            return;
        }
        var priority = adopter.edge().listenerRulePriority();
        owner.outputs().get(LISTENER_RULE_PRIORITY).map(AdoptionCheck::wholeNumber).ifPresentOrElse(ownerPriority -> {
            if (ownerPriority != 1) {
                problems.add(Problem.of(EdgeSettings.FROM_STACK.key(), "is " + owner.reference() + ", whose webstack:edge."
                        + "listenerRulePriority is " + ownerPriority + " (output " + LISTENER_RULE_PRIORITY + "): a rule an adopter "
                        + "puts at a lower number would be evaluated before the owner's, and IAM cannot limit what that rule matches",
                        "set webstack:edge.listenerRulePriority: 1 (the default) in " + ownerName + "'s stack file and run pulumi up "
                                + "on " + ownerName + " first (ADR 0024)"));
            }
            if (ownerPriority == priority) {
                problems.add(Problem.of(EdgeSettings.LISTENER_RULE_PRIORITY.key(), "is " + priority + ", the same as " + ownerName
                        + "'s webstack:edge.listenerRulePriority (output " + LISTENER_RULE_PRIORITY + "): a listener holds one "
                        + "rule per priority (ELB refuses the second: PriorityInUse)", "choose another priority, unique among the "
                        + "stacks that share " + ownerName + "'s load balancer"));
            }
        }, () -> problems.add(missing(EdgeSettings.FROM_STACK.key(), ownerName, LISTENER_RULE_PRIORITY)));
        // The owner's load balancer closes idle connections: this stack's distribution must not wait or keep them longer
        // (the same two comparisons EdgeSettings makes within one stack).
        owner.outputs().get(IDLE_TIMEOUT).map(AdoptionCheck::wholeNumber).ifPresent(idle -> {
            var edge = adopter.edge();
            if (idle < edge.originReadTimeoutSeconds()) {
                problems.add(Problem.of(EdgeSettings.ORIGIN_READ_TIMEOUT_SECONDS.key(), "is " + edge.originReadTimeoutSeconds()
                        + ", longer than " + ownerName + "'s webstack:edge.loadBalancerIdleTimeoutSeconds " + idle + " (output "
                        + IDLE_TIMEOUT + "): the shared load balancer would answer 504 while CloudFront still waits",
                        "lower it to " + idle + " at most, or raise the owner's idle timeout"));
            }
            if (idle <= edge.originKeepaliveTimeoutSeconds()) {
                problems.add(Problem.of(EdgeSettings.ORIGIN_KEEPALIVE_TIMEOUT_SECONDS.key(), "is " + edge.originKeepaliveTimeoutSeconds()
                        + ", not shorter than " + ownerName + "'s webstack:edge.loadBalancerIdleTimeoutSeconds " + idle + " (output "
                        + IDLE_TIMEOUT + "): the shared load balancer would close connections CloudFront reuses",
                        "lower it below " + idle + ", or raise the owner's idle timeout"));
            }
        });
    }

    /** Stack outputs travel as JSON: a whole number may come back as 10.0 or as text. */
    private static int wholeNumber(Object value) {
        return value instanceof Number number ? number.intValue() : (int) Double.parseDouble(String.valueOf(value));
    }

    /** Warnings, not errors: the adopter works, differently from what its own settings suggest. */
    public static List<String> warnings(StackSettings adopter, Owner owner) {
        var warnings = new ArrayList<String>();
        if (adopter.edge().fromStack().filter(owner.reference()::equals).isPresent() && adopter.edge().domain().isPresent()
                && text(owner, ORIGIN_PROTOCOL_POLICY).filter("http-only"::equals).isPresent()) {
            warnings.add("webstack:edge.domain is set, but " + owner.stack() + " has no webstack:edge.domain (output "
                    + ORIGIN_PROTOCOL_POLICY + " is http-only): viewers reach CloudFront over HTTPS, and CloudFront reaches the "
                    + "shared load balancer over HTTP inside the VPC (ADR 0024).");
        }
        return warnings;
    }

    /** A module this stack adopts from the owner: its name in the contract and the setting that adopts it. */
    record Module(String name, String key) {
    }

    static List<Module> adoptedModules(StackSettings adopter, Owner owner) {
        var modules = new ArrayList<Module>();
        adopter.network().fromStack().filter(owner.reference()::equals).ifPresent(s -> modules.add(new Module("network",
                NetworkSettings.FROM_STACK.key())));
        adopter.edge().fromStack().filter(owner.reference()::equals).ifPresent(s -> modules.add(new Module("edge",
                EdgeSettings.FROM_STACK.key())));
        adopter.registry().fromStack().filter(owner.reference()::equals).ifPresent(s -> modules.add(new Module("registry",
                RegistrySettings.FROM_STACK.key())));
        return modules;
    }

    private static Problem missing(String key, String owner, String output) {
        return Problem.of(key, owner + " exports no " + output + ": it was deployed by a webstack older than this one",
                "run pulumi up on " + owner + " with this version first");
    }

    private static Optional<String> text(Owner owner, String key) {
        return owner.outputs().get(key).map(String::valueOf);
    }
}
