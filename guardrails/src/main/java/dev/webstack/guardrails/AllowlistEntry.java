package dev.webstack.guardrails;

/**
 * A known, accepted deviation: this rule may fail on this resource (by logical name) in stacks
 * of this environment, for this reason. The reason names the setting that causes it.
 */
public record AllowlistEntry(String ruleId, String environment, String resourceName, String reason) {

    public boolean covers(Violation violation, String planEnvironment) {
        return ruleId.equals(violation.ruleId()) && environment.equals(planEnvironment) && resourceName.equals(violation.resourceName());
    }

    @Override
    public String toString() {
        return ruleId + " on " + resourceName + " (" + environment + ")";
    }
}
