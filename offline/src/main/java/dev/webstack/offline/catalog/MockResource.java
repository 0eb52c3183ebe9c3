package dev.webstack.offline.catalog;

import dev.webstack.plan.hash.Sha256;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A resource being created by the offline engine. Behaviours fill in what AWS would return:
 * an id of the right shape, ARNs, computed attributes. Everything is derived from the stack,
 * type, logical name and inputs, so the same program always yields the same plan.
 */
public final class MockResource {

    private final String stack;
    private final String type;
    private final String name;
    private final Map<String, Object> inputs;
    private final AwsFacts facts;
    private final Map<String, Object> state;
    private String id;

    public MockResource(String stack, String type, String name, Map<String, Object> inputs, AwsFacts facts) {
        this.stack = stack;
        this.type = type;
        this.name = name;
        this.inputs = inputs;
        this.facts = facts;
        this.state = new LinkedHashMap<>(inputs);
    }

    public String type() {
        return type;
    }

    public String name() {
        return name;
    }

    public AwsFacts facts() {
        return facts;
    }

    public Optional<Object> input(String key) {
        return Optional.ofNullable(inputs.get(key));
    }

    public String inputText(String key) {
        return input(key).map(String::valueOf).orElseThrow(() ->
                new IllegalArgumentException(type + " " + name + " needs input '" + key + "' (AWS requires it)"));
    }

    public Optional<Object> state(String key) {
        return Optional.ofNullable(state.get(key));
    }

    public String id() {
        if (id == null) {
            throw new IllegalStateException("the behaviour of " + type + " must set the id before using it");
        }
        return id;
    }

    public MockResource id(String id) {
        this.id = id;
        state.put("id", id);
        return this;
    }

    /** An EC2-style id: {@code prefix-} and 17 hex digits. */
    public MockResource ec2Id(String prefix) {
        return id(prefix + "-" + hex(17, ""));
    }

    public MockResource set(String key, Object value) {
        state.put(key, value);
        return this;
    }

    /** AWS echoes defaults the program did not set; the plan shows them as AWS would. */
    public MockResource setIfAbsent(String key, Object value) {
        state.putIfAbsent(key, value);
        return this;
    }

    /**
     * The provider's auto-naming: a physical name the program did not set is the logical name
     * plus a random suffix (here a deterministic one).
     */
    public String autoName(String key) {
        var given = inputs.get(key);
        if (given != null) {
            return String.valueOf(given);
        }
        var prefix = inputs.get(key + "Prefix");
        var generated = (prefix != null ? String.valueOf(prefix) : name + "-") + hex(7, key);
        state.put(key, generated);
        return generated;
    }

    /** Hex digits derived from the stack, type, name and a salt. */
    public String hex(int length, String salt) {
        return hexOf(length, stack + "|" + type + "|" + name + "|" + salt);
    }

    /** Hex digits derived from any seed, for ids that must match across resources. */
    public static String hexOf(int length, String seed) {
        return Sha256.hex(seed, length);
    }

    public Map<String, Object> state() {
        return state;
    }
}
