package dev.webstack.guardrails;

import dev.webstack.guardrails.model.Graph;
import dev.webstack.guardrails.model.Rule;
import dev.webstack.guardrails.model.Violation;
import dev.webstack.plan.Plan;
import dev.webstack.plan.TradeOff;
import dev.webstack.plan.TradeOffCatalog;
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

    /**
     * Every rule of the catalog, with the trade-offs the plan records. A plan may be read back
     * from JSON, so only trade-offs of the catalogue are accepted: anything else in it is a
     * plan that was edited or made by something else, not a decision this project documented.
     */
    public static Report check(Plan plan) {
        plan.tradeOffs().stream().filter(t -> !TradeOffCatalog.ALL.contains(t)).findFirst().ifPresent(t -> {
            throw new IllegalStateException("the plan accepts a trade-off the catalogue does not hold: " + t.setting() + "="
                    + t.value() + " for " + t.ruleId() + " on " + t.resource());
        });
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
