package dev.webstack.guardrails.rules;

import dev.webstack.guardrails.model.Rule;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.Values;
import java.util.List;
import java.util.Map;

/** Reading recorded inputs the way AWS defaults them. */
final class Inputs {

    private Inputs() {
    }

    static boolean isTrue(PlannedResource resource, String path) {
        return resource.input(path).map(Boolean.TRUE::equals).orElse(false);
    }

    /** The check of a rule whose whole condition is one input set to true. */
    static Rule.EachCheck mustBeTrue(String path) {
        return (resource, graph, findings) -> findings.require(isTrue(resource, path), resource, path + " is not true");
    }

    /** True unless explicitly false: for settings AWS turns on by default. */
    static boolean notFalse(PlannedResource resource, String path) {
        return resource.input(path).map(v -> !Boolean.FALSE.equals(v)).orElse(true);
    }

    static String text(PlannedResource resource, String path) {
        return resource.input(path).map(String::valueOf).orElse("");
    }

    static double number(PlannedResource resource, String path) {
        return resource.input(path).map(v -> v instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(v))).orElse(0.0);
    }

    static List<Object> list(PlannedResource resource, String path) {
        return resource.inputList(path);
    }

    static List<String> texts(PlannedResource resource, String path) {
        return resource.inputList(path).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(PlannedResource resource, String path) {
        return resource.inputList(path).stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
    }

    /** A value inside a recorded map, by path. */
    static Object valueAt(Map<String, Object> map, String path) {
        return Values.at(map, path).orElse(null);
    }
}
