package dev.webstack.cli;

import dev.webstack.plan.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Hand edits to a plan JSON document: changes no setting makes, for the diff's tests. */
final class PlanEdits {

    private PlanEdits() {
    }

    /** The plan with one resource edited. */
    static String edited(String json, String name, Consumer<Map<String, Object>> edit) {
        return HandEditedPlanDiffTest.edited(json, name, edit);
    }

    /** The plan with a copy of one resource under another logical name (and URN), edited. */
    @SuppressWarnings("unchecked")
    static String copied(String json, String name, String newName, Consumer<Map<String, Object>> edit) {
        var root = Json.parseObject(json);
        var resources = (List<Map<String, Object>>) root.get("resources");
        var original = resources.stream().filter(r -> name.equals(r.get("name"))).findFirst().orElseThrow();
        var copy = (Map<String, Object>) Json.parseObject(Json.pretty(original));
        rename(copy, newName);
        options(copy).put("aliases", List.of());
        edit.accept(copy);
        var all = new ArrayList<>(resources);
        all.add(copy);
        root.put("resources", all);
        return Json.pretty(root);
    }

    static void rename(Map<String, Object> resource, String newName) {
        var oldName = (String) resource.get("name");
        resource.put("urn", ((String) resource.get("urn")).replace("::" + oldName, "::" + newName));
        resource.put("name", newName);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> inputs(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("inputs");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> options(Map<String, Object> resource) {
        return (Map<String, Object>) resource.computeIfAbsent("options", o -> new LinkedHashMap<String, Object>());
    }
}
