package dev.webstack.plan;

import dev.webstack.plan.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The machine-readable plan (requirements R11.2). Field names are a contract
 * with the pull-request tooling: add fields freely, never rename.
 */
public final class PlanJson {

    private PlanJson() {
    }

    public static String write(Plan plan) {
        return write(plan, Map.of());
    }

    /** The plan with further top-level sections, e.g. "cost" and "guardrails", after its own fields. */
    public static String write(Plan plan, Map<String, Object> sections) {
        var root = new LinkedHashMap<String, Object>();
        root.put("stack", plan.stack());
        root.put("project", plan.project());
        root.put("environment", plan.environment());
        root.put("region", plan.region());
        root.put("account", plan.account());
        root.put("engine", "offline");
        var summary = new LinkedHashMap<String, Object>();
        summary.put("resourceCount", plan.cloudResources().size());
        summary.put("byType", plan.countsByType());
        root.put("summary", summary);
        root.put("resources", plan.resources().stream().map(PlanJson::resource).toList());
        root.put("outputs", plan.outputs());
        root.put("warnings", plan.warnings());
        root.put("tradeOffs", plan.tradeOffs().stream().map(PlanJson::tradeOff).toList());
        root.put("alerting", Map.of("channels", plan.alerting().channels().stream().map(PlanJson::channel).toList()));
        sections.forEach((name, section) -> {
            if (root.containsKey(name)) {
                throw new IllegalArgumentException("section " + name + " would replace a field of the plan");
            }
            root.put(name, section);
        });
        return Json.pretty(root) + "\n";
    }

    private static Map<String, Object> resource(PlannedResource r) {
        var map = new LinkedHashMap<String, Object>();
        map.put("urn", r.urn());
        map.put("type", r.type());
        map.put("name", r.name());
        map.put("parent", r.parent());
        map.put("id", r.id());
        map.put("provider", r.provider());
        var options = new LinkedHashMap<String, Object>();
        options.put("protect", r.options().protect());
        options.put("retainOnDelete", r.options().retainOnDelete());
        options.put("deleteBeforeReplace", r.options().deleteBeforeReplace());
        options.put("ignoreChanges", r.options().ignoreChanges());
        options.put("aliases", r.options().aliases());
        options.put("replaceOnChanges", r.options().replaceOnChanges());
        map.put("options", options);
        map.put("dependencies", r.dependencies());
        map.put("inputs", r.inputs());
        map.put("outputs", r.outputs());
        return map;
    }

    private static Map<String, Object> tradeOff(TradeOff t) {
        var map = new LinkedHashMap<String, Object>();
        map.put("setting", t.setting());
        map.put("value", t.value());
        map.put("risk", t.risk());
        map.put("rule", t.ruleId());
        map.put("resource", t.resource());
        map.put("acceptedIn", t.acceptedIn());
        map.put("justification", t.justification());
        return map;
    }

    private static Map<String, Object> channel(Alerting.Channel c) {
        var map = new LinkedHashMap<String, Object>();
        map.put("channel", c.channel());
        map.put("state", c.state());
        map.put("recipients", c.recipients());
        map.put("undeliverable", c.undeliverable());
        map.put("detail", c.detail());
        map.put("action", c.action());
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Alerting alerting(Object section) {
        if (!(section instanceof Map<?, ?> map)) {
            return Alerting.UNRECORDED;
        }
        return new Alerting(((List<Map<String, Object>>) map.get("channels")).stream().map(c -> new Alerting.Channel(
                (String) c.get("channel"), (String) c.get("state"), (List<String>) c.get("recipients"),
                (List<String>) c.get("undeliverable"), (String) c.get("detail"), (String) c.get("action"))).toList());
    }

    /** A top-level section of a plan JSON document, if it has one. */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> section(String json, String name) {
        var value = Json.parseObject(json).get(name);
        return value instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public static Plan read(String json) {
        var root = Json.parseObject(json);
        var resources = new ArrayList<PlannedResource>();
        for (var item : (List<Map<String, Object>>) root.get("resources")) {
            var options = (Map<String, Object>) item.getOrDefault("options", Map.of());
            resources.add(new PlannedResource(
                    (String) item.get("urn"), (String) item.get("type"), (String) item.get("name"),
                    (String) item.get("parent"), (String) item.get("provider"), (String) item.get("id"),
                    new ResourceOptions(Boolean.TRUE.equals(options.get("protect")),
                            Boolean.TRUE.equals(options.get("retainOnDelete")),
                            Boolean.TRUE.equals(options.get("deleteBeforeReplace")),
                            (List<String>) options.getOrDefault("ignoreChanges", List.of()),
                            // Plans written before these two options were recorded lack them: none then.
                            (List<String>) options.getOrDefault("aliases", List.of()),
                            (List<String>) options.getOrDefault("replaceOnChanges", List.of())),
                    (List<String>) item.getOrDefault("dependencies", List.of()),
                    (Map<String, Object>) item.getOrDefault("inputs", Map.of()),
                    (Map<String, Object>) item.getOrDefault("outputs", Map.of())));
        }
        return new Plan((String) root.get("project"), (String) root.get("stack"), (String) root.get("environment"),
                (String) root.get("region"), (String) root.get("account"), resources,
                (Map<String, Object>) root.getOrDefault("outputs", Map.of()),
                (List<String>) root.getOrDefault("warnings", List.of()),
                ((List<Map<String, Object>>) root.getOrDefault("tradeOffs", List.of())).stream().map(t -> new TradeOff(
                        (String) t.get("setting"), (String) t.get("value"), (String) t.get("risk"), (String) t.get("rule"),
                        (String) t.get("resource"), (String) t.get("acceptedIn"), (String) t.get("justification"))).toList(),
                alerting(root.get("alerting")));
    }
}
