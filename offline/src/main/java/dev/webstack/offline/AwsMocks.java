package dev.webstack.offline;

import com.pulumi.test.Mocks;
import dev.webstack.offline.catalog.AwsFacts;
import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.offline.catalog.MockResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pulumi mocks that answer like AWS: ids of the right shape, ARNs in the stack's region and
 * the offline account, the AWS provider's default tags merged into {@code tagsAll}, and the
 * data sources the program calls. Unknown resource types and invokes fail the run.
 */
public final class AwsMocks implements Mocks {

    private final String stack;
    private final AwsFacts facts;
    private final MockCatalog catalog;
    private final Map<String, Map<String, String>> defaultTagsByProviderId = new ConcurrentHashMap<>();
    private final Map<String, String> regionByProviderId = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> referencedStacks;

    public AwsMocks(String stack, AwsFacts facts, MockCatalog catalog) {
        this(stack, facts, catalog, Map.of());
    }

    /**
     * @param referencedStacks the outputs each stack reference resolves to, by the name the
     *                         program gives it (another stack's offline plan, or placeholders)
     */
    public AwsMocks(String stack, AwsFacts facts, MockCatalog catalog, Map<String, Map<String, Object>> referencedStacks) {
        this.stack = stack;
        this.facts = facts;
        this.catalog = catalog;
        this.referencedStacks = Map.copyOf(referencedStacks);
    }

    public AwsFacts facts() {
        return facts;
    }

    MockCatalog catalog() {
        return catalog;
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        try {
            return CompletableFuture.completedFuture(create(args));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private ResourceResult create(ResourceArgs args) {
        var inputs = args.inputs == null ? Map.<String, Object>of() : args.inputs;
        if (args.type.startsWith("pulumi:providers:")) {
            var id = uuidFor(args.name);
            defaultTagsByProviderId.put(id, defaultTags(inputs));
            if (inputs.get("region") != null) {
                regionByProviderId.put(id, String.valueOf(inputs.get("region")));
            }
            return ResourceResult.of(Optional.of(id), inputs);
        }
        if (args.type.equals(AwsTypes.PULUMI_STACK_REFERENCE)) {
            var name = String.valueOf(inputs.get("name"));
            var outputs = referencedStacks.get(name);
            if (outputs == null) {
                throw new IllegalStateException("the offline engine has no outputs for the stack reference " + name
                        + "; OfflinePlanner resolves every stack a stack file adopts from");
            }
            var state = new LinkedHashMap<String, Object>();
            state.put("name", name);
            state.put("outputs", serializable(outputs));
            state.put("secretOutputNames", java.util.List.of());
            return ResourceResult.of(Optional.of(name), state);
        }
        if (!args.type.startsWith("aws:")) {
            return ResourceResult.of(Optional.empty(), Map.of());
        }
        var behavior = catalog.resource(args.type).orElseThrow(() -> new UnsupportedOperationException(
                "the offline engine does not know how AWS creates " + args.type + " (" + args.name + "); "
                        + "add its behaviour to dev.webstack.offline.aws"));
        var resource = new MockResource(stack, args.type, args.name, inputs, factsFor(args.provider));
        behavior.create(resource);
        if (Taggability.isTaggable(args.type)) {
            resource.set("tagsAll", tagsAll(args.provider, inputs));
        }
        return ResourceResult.of(Optional.of(resource.id()), serializable(resource.state()));
    }

    /** The SDK's serializer takes Integer and Double but not Long; behaviours may use either. */
    @SuppressWarnings("unchecked")
    static <T> T serializable(T value) {
        if (value instanceof Long number) {
            return (T) (number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE
                    ? (Object) Integer.valueOf(number.intValue()) : (Object) Double.valueOf(number));
        }
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), serializable(v)));
            return (T) copy;
        }
        if (value instanceof java.util.List<?> list) {
            return (T) list.stream().map(AwsMocks::serializable).toList();
        }
        return value;
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        var handler = catalog.invoke(args.token);
        if (handler.isEmpty()) {
            return CompletableFuture.failedFuture(new UnsupportedOperationException(
                    "the offline engine does not answer the invoke " + args.token + "; "
                            + "add a handler to dev.webstack.offline.aws"));
        }
        try {
            Map<String, Object> callArgs = args.args == null ? Map.of() : args.args;
            return CompletableFuture.completedFuture(serializable(handler.get().answer(callArgs, factsFor(args.provider))));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Resources and invokes answer in their provider's region. */
    private AwsFacts factsFor(String providerReference) {
        return providerId(providerReference).map(id -> facts.inRegion(regionByProviderId.get(id))).orElse(facts);
    }

    private static Optional<String> providerId(String providerReference) {
        if (providerReference == null || !providerReference.contains("::")) {
            return Optional.empty();
        }
        return Optional.of(providerReference.substring(providerReference.lastIndexOf("::") + 2));
    }

    private Map<String, String> tagsAll(String providerReference, Map<String, Object> inputs) {
        var tags = new LinkedHashMap<String, String>();
        providerId(providerReference).ifPresent(id -> tags.putAll(defaultTagsByProviderId.getOrDefault(id, Map.of())));
        if (inputs.get("tags") instanceof Map<?, ?> own) {
            own.forEach((k, v) -> tags.put(String.valueOf(k), String.valueOf(v)));
        }
        return tags;
    }

    /** The provider receives default tags as JSON text: {"tags": {...}}. */
    private static Map<String, String> defaultTags(Map<String, Object> providerInputs) {
        var raw = providerInputs.get("defaultTags");
        if (raw == null) {
            return Map.of();
        }
        var parsed = raw instanceof String text ? Json.parseObject(text) : asMap(raw);
        var tags = new LinkedHashMap<String, String>();
        if (parsed.get("tags") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> tags.put(String.valueOf(k), String.valueOf(v)));
        }
        return tags;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    private String uuidFor(String name) {
        var hex = MockResource.hexOf(32, stack + "|provider|" + name);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }
}
