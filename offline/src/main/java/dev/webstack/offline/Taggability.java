package dev.webstack.offline;

import java.util.Map;
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
        var parts = type.split(":");
        if (parts.length != 3 || !parts[0].equals("aws")) {
            return false;
        }
        var module = parts[1].split("/")[0];
        var className = module.equals("index") ? "com.pulumi.aws." + parts[2] : "com.pulumi.aws." + module + "." + parts[2];
        try {
            Class.forName(className, false, Taggability.class.getClassLoader()).getMethod("tagsAll");
            return true;
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return false;
        }
    }
}
