package dev.webstack.settings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.pulumi.Context;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The stack's configuration as the Pulumi engine hands it to a running program. Values are
 * read through Pulumi's {@link com.pulumi.Config}; the key listing (needed to refuse
 * unknown keys) and the secret flags come from the two variables the Java language host
 * sets for every program run, the same ones the SDK itself parses.
 */
public final class PulumiConfigSource implements ConfigSource {

    static final String CONFIG_VARIABLE = "PULUMI_CONFIG";
    static final String SECRET_KEYS_VARIABLE = "PULUMI_CONFIG_SECRET_KEYS";

    private final Context context;
    private final Set<String> keys;
    private final Set<String> secretKeys;

    public PulumiConfigSource(Context context) {
        this(context, System::getenv);
    }

    PulumiConfigSource(Context context, Function<String, String> environment) {
        this.context = context;
        this.keys = Collections.unmodifiableSet(configKeys(environment.apply(CONFIG_VARIABLE)));
        this.secretKeys = Collections.unmodifiableSet(secretKeys(environment.apply(SECRET_KEYS_VARIABLE)));
    }

    @Override
    public boolean deploys() {
        return true;
    }

    @Override
    public String origin() {
        return "the configuration of stack '" + context.stackName() + "'";
    }

    @Override
    public String stackName() {
        return context.stackName();
    }

    @Override
    public Set<String> keys() {
        return keys;
    }

    @Override
    public Optional<String> get(String fullKey) {
        var separator = fullKey.indexOf(':');
        return context.config(fullKey.substring(0, separator)).get(fullKey.substring(separator + 1));
    }

    @Override
    public boolean isSecret(String fullKey) {
        return secretKeys.contains(fullKey);
    }

    static Set<String> configKeys(String json) {
        var keys = new LinkedHashSet<String>();
        if (json == null || json.isBlank()) {
            return keys;
        }
        for (var key : JsonParser.parseString(json).getAsJsonObject().keySet()) {
            keys.add(withoutConfigSegment(key));
        }
        return keys;
    }

    static Set<String> secretKeys(String json) {
        var keys = new LinkedHashSet<String>();
        if (json == null || json.isBlank()) {
            return keys;
        }
        JsonArray array = JsonParser.parseString(json).getAsJsonArray();
        for (JsonElement element : array) {
            keys.add(withoutConfigSegment(element.getAsString()));
        }
        return keys;
    }

    /** Older engines send {@code webstack:config:key}; programs address it as {@code webstack:key}. */
    private static String withoutConfigSegment(String key) {
        var parts = key.split(":", 3);
        return parts.length == 3 && parts[1].equals("config") ? parts[0] + ":" + parts[2] : key;
    }
}
