package dev.webstack.testkit;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.ResourceOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-built plan: resources with the inputs a rule or an estimate reads, ids and outputs
 * that other inputs refer to, and the options the engine would record. For tests of what reads
 * plans, where running the program would hide the one input that matters.
 */
public final class PlanFixture {

    public static final String ACCOUNT = "123456789012";

    private final String environment;
    private final List<Resource> resources = new ArrayList<>();
    private final Map<String, Object> stackOutputs = new LinkedHashMap<>();

    private PlanFixture(String environment) {
        this.environment = environment;
    }

    public static PlanFixture staging() {
        return new PlanFixture("staging");
    }

    public static PlanFixture production() {
        return new PlanFixture("production");
    }

    public Resource add(String type, String name, String id) {
        var resource = new Resource(type, name, id);
        resources.add(resource);
        return resource;
    }

    public Resource get(String name) {
        return resources.stream().filter(r -> r.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no resource " + name + " in the fixture"));
    }

    public PlanFixture remove(String name) {
        resources.remove(get(name));
        return this;
    }

    /** Sets a stack output. */
    public PlanFixture stackOutput(String key, Object value) {
        stackOutputs.put(key, value);
        return this;
    }

    public Plan plan() {
        var planned = new ArrayList<PlannedResource>();
        var components = new LinkedHashMap<String, String>();
        for (var r : resources) {
            String parent = null;
            if (r.component != null) {
                parent = "urn:pulumi:" + environment + "::webstack::" + r.component + "::" + r.component.replaceAll(".*:", "").toLowerCase();
                components.putIfAbsent(parent, r.component);
            }
            planned.add(new PlannedResource(urn(r.type, r.name), r.type, r.name, parent, "provider", r.id,
                    new ResourceOptions(r.protect, r.retain, false, List.of()), List.of(), r.inputs, r.outputs));
        }
        components.forEach((urn, type) -> planned.add(new PlannedResource(urn, type, urn.replaceAll(".*::", ""), null, null, null,
                ResourceOptions.NONE, List.of(), Map.of(), Map.of())));
        return new Plan("webstack", environment, environment, "ap-northeast-1", ACCOUNT, planned, stackOutputs, List.of());
    }

    private String urn(String type, String name) {
        return "urn:pulumi:" + environment + "::webstack::" + type + "::" + name;
    }

    /** One resource under construction. */
    public static final class Resource {
        private final String type;
        private final String name;
        private final String id;
        private final Map<String, Object> inputs = new LinkedHashMap<>();
        private final Map<String, Object> outputs = new LinkedHashMap<>();
        private boolean protect;
        private boolean retain;
        private String component;

        Resource(String type, String name, String id) {
            this.type = type;
            this.name = name;
            this.id = id;
        }

        /** Sets an input; a dotted key sets a nested map entry. */
        public Resource in(String key, Object value) {
            put(inputs, key, value);
            return this;
        }

        public Resource without(String key) {
            inputs.remove(key);
            return this;
        }

        public Resource out(String key, Object value) {
            outputs.put(key, value);
            return this;
        }

        public Resource kept() {
            protect = true;
            retain = true;
            return this;
        }

        /** Without Pulumi's protect option. */
        public Resource unprotected() {
            protect = false;
            return this;
        }

        /** Without Pulumi's retainOnDelete option. */
        public Resource unretained() {
            retain = false;
            return this;
        }

        public Resource under(String componentType) {
            component = componentType;
            return this;
        }

        @SuppressWarnings("unchecked")
        private static void put(Map<String, Object> map, String key, Object value) {
            var dot = key.indexOf('.');
            if (dot < 0) {
                map.put(key, value);
                return;
            }
            var inner = (Map<String, Object>) map.computeIfAbsent(key.substring(0, dot), k -> new LinkedHashMap<String, Object>());
            put(inner, key.substring(dot + 1), value);
        }
    }
}
