package dev.webstack.cli.iam;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One question for the IAM simulator: may {@code role} call {@code action} on {@code resource}
 * with this request context? {@code allowed} is what the stack needs, derived from the resources
 * that use the role, never from the role's policy; {@code why} says which resource asked.
 */
public record Expectation(String role, String action, String resource, Map<String, String> context, boolean allowed, String why,
                          Expectation control) {

    public Expectation {
        context = Map.copyOf(context);
    }

    public Expectation(String role, String action, String resource, Map<String, String> context, boolean allowed, String why) {
        this(role, action, resource, context, allowed, why, null);
    }

    /**
     * A denial paired with its control: the same role and action on the stack's own resource, which must be
     * allowed. Without it a denial would pass when nothing grants the action at all, proving no fence.
     */
    Expectation besides(String ownResource, Map<String, String> ownContext) {
        return new Expectation(role, action, resource, context, allowed, why,
                new Expectation(role, action, ownResource, ownContext, true, "control of: " + why));
    }

    static Expectation allow(String role, String action, String resource, String why) {
        return new Expectation(role, action, resource, Map.of(), true, why);
    }

    static Expectation deny(String role, String action, String resource, Map<String, String> context, String why) {
        return new Expectation(role, action, resource, context, false, why);
    }

    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("role", role);
        json.put("action", action);
        json.put("resource", resource);
        json.put("context", new TreeMap<>(context));
        json.put("expect", allowed ? "Allowed" : "Denied");
        json.put("why", why);
        if (control != null) {
            json.put("control", control.toJson());
        }
        return json;
    }
}
