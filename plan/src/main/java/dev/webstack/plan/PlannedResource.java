package dev.webstack.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One resource as the engine saw it: identity, place in the tree, the inputs the program
 * gave it (fully resolved, secrets masked) and the state the engine returned.
 *
 * @param urn      the Pulumi URN
 * @param type     the type token, e.g. {@code aws:ec2/vpc:Vpc}
 * @param name     the logical name
 * @param parent   the parent's URN, or null for a resource directly under the stack
 * @param provider the provider reference ({@code urn::id}), or null for components and providers
 * @param id       the physical id, or null for components
 * @param options      protect, retainOnDelete and the other engine options
 * @param dependencies URNs this resource waits for: explicit dependsOn and every resource an input comes from
 * @param inputs       resolved inputs keyed by the provider's property names
 * @param outputs      the state returned for the resource
 */
public record PlannedResource(String urn, String type, String name, String parent, String provider, String id,
                              ResourceOptions options, List<String> dependencies, Map<String, Object> inputs,
                              Map<String, Object> outputs) {

    public PlannedResource {
        dependencies = List.copyOf(dependencies);
    }

    public boolean dependsOn(PlannedResource other) {
        return dependencies.contains(other.urn());
    }

    /** A component resource groups others and has no cloud counterpart. */
    public boolean isComponent() {
        return id == null;
    }

    public boolean isProvider() {
        return type.startsWith("pulumi:providers:");
    }

    /** What other resources' inputs may hold to refer to this one: its id, ARN, name or bucket/key id. */
    public List<String> identities() {
        return java.util.stream.Stream.of(id, outputs.get("arn"), outputs.get("name"), outputs.get("bucket"), outputs.get("keyId"))
                .filter(java.util.Objects::nonNull).map(String::valueOf).toList();
    }

    public Optional<Object> input(String path) {
        return Values.at(inputs, path);
    }

    public Optional<Object> output(String path) {
        return Values.at(outputs, path);
    }

    /** An input that must be present, as text; fails with the resource named when absent. */
    public String inputText(String path) {
        return String.valueOf(input(path).orElseThrow(() -> missing("input", path)));
    }

    public String outputText(String path) {
        return String.valueOf(output(path).orElseThrow(() -> missing("output", path)));
    }

    @SuppressWarnings("unchecked")
    public List<Object> inputList(String path) {
        return input(path).map(v -> (List<Object>) v).orElse(List.of());
    }

    private IllegalStateException missing(String kind, String path) {
        return new IllegalStateException(type + " " + name + " has no " + kind + " " + path);
    }

    @Override
    public String toString() {
        return type + " " + name;
    }
}
