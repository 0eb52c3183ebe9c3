package dev.webstack.guardrails;

import dev.webstack.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/** Runs rules over a plan and sorts what they find against an allowlist. */
public final class Guardrails {

    private Guardrails() {
    }

    /** Every rule of the catalog, with staging's trade-offs accepted. */
    public static Report check(Plan plan) {
        return check(plan, RuleCatalog.all(), Allowlist.STAGING_TRADE_OFFS);
    }

    public static Report check(Plan plan, List<Rule> rules, List<AllowlistEntry> allowlist) {
        var graph = new Graph(plan);
        var violations = new ArrayList<Violation>();
        var allowed = new ArrayList<Report.Allowed>();
        var used = new java.util.HashSet<AllowlistEntry>();
        int applied = 0;
        for (var rule : rules) {
            if (!rule.appliesTo(plan.environment())) {
                continue;
            }
            applied++;
            for (var violation : rule.evaluate(graph)) {
                var entry = allowlist.stream().filter(e -> e.covers(violation, plan.environment())).findFirst();
                if (entry.isPresent()) {
                    allowed.add(new Report.Allowed(violation, entry.get()));
                    used.add(entry.get());
                } else {
                    violations.add(violation);
                }
            }
        }
        var unused = allowlist.stream().filter(e -> e.environment().equals(plan.environment()) && !used.contains(e)).toList();
        return new Report(applied, violations, allowed, unused);
    }
}
