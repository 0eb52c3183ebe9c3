package dev.webstack.guardrails.model;

import dev.webstack.plan.PlannedResource;
import java.util.ArrayList;
import java.util.List;

/** What one rule found in one plan. */
public final class Findings {

    private final String ruleId;
    private final List<Violation> violations = new ArrayList<>();

    Findings(String ruleId) {
        this.ruleId = ruleId;
    }

    public void violation(PlannedResource resource, String problem) {
        violations.add(Violation.of(ruleId, resource, problem));
    }

    /** Records a violation unless the condition holds. */
    public void require(boolean condition, PlannedResource resource, String problem) {
        if (!condition) {
            violation(resource, problem);
        }
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }
}
