package dev.webstack.guardrails;

import dev.webstack.plan.Plan;
import dev.webstack.plan.TradeOff;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Runs rules over a plan and sorts what they find: a failure is accepted only when a trade-off
 * the plan records names that rule and resource and is accepted in the plan's environment.
 */
public final class Guardrails {

    private Guardrails() {
    }

    /** Every rule of the catalog, with the trade-offs the plan records. */
    public static Report check(Plan plan) {
        return check(plan, RuleCatalog.all(), plan.tradeOffs());
    }

    public static Report check(Plan plan, List<Rule> rules, List<TradeOff> tradeOffs) {
        tradeOffs.forEach(Guardrails::ruleBrokenBy);
        var acceptable = tradeOffs.stream().filter(t -> t.acceptedIn().equals(plan.environment())).toList();
        var graph = new Graph(plan);
        var violations = new ArrayList<Violation>();
        var allowed = new ArrayList<Report.Allowed>();
        var used = new HashSet<TradeOff>();
        int applied = 0;
        for (var rule : rules) {
            if (!rule.appliesTo(plan.environment())) {
                continue;
            }
            applied++;
            for (var violation : rule.evaluate(graph)) {
                var tradeOff = acceptable.stream().filter(t -> t.ruleId().equals(violation.ruleId())
                        && t.resource().equals(violation.resourceName())).findFirst();
                if (tradeOff.isPresent()) {
                    allowed.add(new Report.Allowed(violation, tradeOff.get()));
                    used.add(tradeOff.get());
                } else {
                    violations.add(violation);
                }
            }
        }
        var unused = acceptable.stream().filter(t -> !used.contains(t)).toList();
        return new Report(applied, violations, allowed, unused);
    }

    /** The rule a trade-off says it breaks; one naming no rule of the catalog is a mistake in the catalogue. */
    static Rule ruleBrokenBy(TradeOff tradeOff) {
        return RuleCatalog.byId(tradeOff.ruleId()).orElseThrow(() -> new IllegalStateException(
                "trade-off " + tradeOff.choice() + " names rule " + tradeOff.ruleId() + ", which the catalog does not have"));
    }
}
