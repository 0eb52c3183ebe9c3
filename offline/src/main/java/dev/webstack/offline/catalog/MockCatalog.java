package dev.webstack.offline.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every resource type and invoke the offline engine can answer for. Anything else fails
 * loudly: a program that starts using a new AWS resource or data source must teach the
 * engine how AWS behaves for it, instead of silently planning with nulls.
 */
public final class MockCatalog {

    private final Map<String, ResourceBehavior> resources = new HashMap<>();
    private final Map<String, Set<String>> secretOutputs = new HashMap<>();
    private final Map<String, InvokeHandler> invokes = new HashMap<>();


    public MockCatalog resource(String type, ResourceBehavior behavior) {
        if (resources.putIfAbsent(type, behavior) != null) {
            throw new IllegalStateException(type + " is registered twice");
        }
        return this;
    }

    /** Outputs AWS returns as secrets (e.g. an access key's secret); the plan masks them. */
    public MockCatalog secretOutputs(String type, String... keys) {
        secretOutputs.computeIfAbsent(type, k -> new TreeSet<>()).addAll(Set.of(keys));
        return this;
    }

    public MockCatalog invoke(String token, InvokeHandler handler) {
        if (invokes.putIfAbsent(token, handler) != null) {
            throw new IllegalStateException(token + " is registered twice");
        }
        return this;
    }

    public Optional<ResourceBehavior> resource(String type) {
        return Optional.ofNullable(resources.get(type));
    }

    public Set<String> secretOutputs(String type) {
        return secretOutputs.getOrDefault(type, Set.of());
    }

    public Optional<InvokeHandler> invoke(String token) {
        return Optional.ofNullable(invokes.get(token));
    }

    public Set<String> resourceTypes() {
        return new TreeSet<>(resources.keySet());
    }
}
