package dev.webstack.plan.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import com.google.gson.reflect.TypeToken;
import java.util.Map;

/** The one JSON configuration of the project: stable, readable, no HTML escaping. */
public final class Json {

    private static final Gson PRETTY = new GsonBuilder()
            .setPrettyPrinting()
            .serializeNulls()
            .disableHtmlEscaping()
            .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE)
            .create();

    private static final Gson COMPACT = new GsonBuilder()
            .disableHtmlEscaping()
            .setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE)
            .create();

    private Json() {
    }

    /**
     * A JSON object whose keys keep the order given. JSON documents sent to AWS (task
     * definitions, policies) must not use {@code Map.of}: its order changes from one JVM to
     * the next, and a reordered document is a change for Pulumi and a diff for reviewers.
     */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    public static String pretty(Object value) {
        return PRETTY.toJson(value);
    }

    public static String compact(Object value) {
        return COMPACT.toJson(value);
    }

    /** Parses a JSON object into plain maps, lists, strings, longs, doubles and booleans. */
    public static Map<String, Object> parseObject(String json) {
        return COMPACT.fromJson(json, new TypeToken<Map<String, Object>>() { }.getType());
    }

    public static Object parse(String json) {
        return COMPACT.fromJson(json, Object.class);
    }
}
