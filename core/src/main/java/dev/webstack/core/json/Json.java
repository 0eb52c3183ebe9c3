package dev.webstack.core.json;

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
