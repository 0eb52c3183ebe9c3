package dev.webstack.guardrails.model;

import dev.webstack.plan.PlannedResource;

/** A resource that breaks a rule, and how. */
public record Violation(String ruleId, String resourceType, String resourceName, String urn, String problem) {

    static Violation of(String ruleId, PlannedResource resource, String problem) {
        return new Violation(ruleId, resource.type(), resource.name(), resource.urn(), problem);
    }

    @Override
    public String toString() {
        return ruleId + " " + resourceName + ": " + problem;
    }
}
