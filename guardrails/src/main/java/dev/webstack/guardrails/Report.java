package dev.webstack.guardrails;

import java.util.List;

/**
 * The rules run over one plan: what breaks them, what breaks them with an accepted reason,
 * and which allowlist entries matched nothing (stale).
 */
public record Report(int rulesApplied, List<Violation> violations, List<Allowed> allowed, List<AllowlistEntry> unused) {

    /** A violation the allowlist accepts, with the entry that accepts it. */
    public record Allowed(Violation violation, AllowlistEntry entry) {
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
