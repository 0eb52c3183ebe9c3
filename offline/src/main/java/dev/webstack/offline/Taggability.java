package dev.webstack.offline;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether AWS tags a resource type: the provider's own resource class has a {@code tagsAll}
 * output exactly when the type supports tags, so the answer comes from the SDK rather than a
 * hand-kept list that could drift.
 */
public final class Taggability {

    private static final Map<String, Boolean> CACHE = new ConcurrentHashMap<>();

    private Taggability() {
    }

    public static boolean isTaggable(String type) {
        return CACHE.computeIfAbsent(type, Taggability::lookUp);
    }

    private static boolean lookUp(String type) {
        var className = sdkClassName(type);
        if (className.isEmpty()) {
            return false;
        }
        try {
            Class.forName(className.get(), false, Taggability.class.getClassLoader()).getMethod("tagsAll");
            return true;
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return false;
        }
    }

    /** The AWS provider's class for a type token: "aws:ec2/vpc:Vpc" is com.pulumi.aws.ec2.Vpc, "aws:index/..." sits in com.pulumi.aws. */
    static Optional<String> sdkClassName(String type) {
        var parts = type.split(":");
        if (parts.length != 3 || !parts[0].equals("aws")) {
            return Optional.empty();
        }
        var module = parts[1].split("/")[0];
        return Optional.of(module.equals("index") ? "com.pulumi.aws." + parts[2] : "com.pulumi.aws." + module + "." + parts[2]);
    }
}
