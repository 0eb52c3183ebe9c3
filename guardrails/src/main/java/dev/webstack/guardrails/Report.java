package dev.webstack.guardrails;

import dev.webstack.guardrails.model.Violation;
import dev.webstack.plan.TradeOff;
import java.util.List;

/**
 * The rules run over one plan: what breaks them, what breaks them with an accepted reason,
 * and which of the plan's accepted trade-offs matched nothing (stale).
 */
public record Report(int rulesApplied, List<Violation> violations, List<Allowed> allowed, List<TradeOff> unused) {

    /** A violation a trade-off of the plan accepts, with that trade-off. */
    public record Allowed(Violation violation, TradeOff entry) {
    }

    public Report {
        violations = List.copyOf(violations);
        allowed = List.copyOf(allowed);
        unused = List.copyOf(unused);
    }

    public boolean passes() {
        return violations.isEmpty();
    }
}
