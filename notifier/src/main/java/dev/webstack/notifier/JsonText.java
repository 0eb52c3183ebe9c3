package dev.webstack.notifier;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * The JSON this function reads (SNS events, CloudWatch alarms, EventBridge events) and writes
 * (Discord messages), through Gson: objects become maps in document order, arrays lists,
 * numbers doubles.
 */
final class JsonText {

    private static final Type OBJECT = new TypeToken<Map<String, Object>>() { }.getType();

    /** HTML escaping would turn {@code <} and {@code >} in alarm text into unicode escapes for no reader's benefit. */
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private JsonText() {
    }

    /** A JSON object; anything else (plain text, an array, broken or trailing text) is refused. */
    static Map<String, Object> object(String text) {
        try {
            Map<String, Object> value = GSON.fromJson(text, OBJECT);
            if (value == null) {
                throw new IllegalArgumentException("expected a JSON object, got nothing");
            }
            return value;
        } catch (JsonParseException notAnObject) {
            throw new IllegalArgumentException("expected a JSON object: " + notAnObject.getMessage(), notAnObject);
        }
    }

    /** Maps, lists, strings, numbers, booleans. */
    static String write(Object value) {
        return GSON.toJson(value);
    }
}
