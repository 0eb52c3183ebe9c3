package dev.webstack.kit;

import com.pulumi.core.Output;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Combinators the SDK lacks. */
public final class Outputs {

    private Outputs() {
    }

    /** A map of outputs as one output of a map, sorted by key. */
    public static Output<Map<String, String>> mapOf(Map<String, Output<String>> outputs) {
        if (outputs.isEmpty()) {
            return Output.of(Map.of());
        }
        var entries = new ArrayList<Output<Map.Entry<String, String>>>();
        outputs.forEach((key, value) -> entries.add(value.applyValue(v -> Map.entry(key, v))));
        return Output.all(entries).applyValue(list -> {
            var map = new TreeMap<String, String>();
            list.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
            return Collections.unmodifiableMap(map);
        });
    }
}
