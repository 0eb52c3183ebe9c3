package dev.webstack.guardrails;

import dev.webstack.guardrails.model.Rule;
import dev.webstack.guardrails.rules.AuditRules;
import dev.webstack.guardrails.rules.ContainerRules;
import dev.webstack.guardrails.rules.DatabaseRules;
import dev.webstack.guardrails.rules.EdgeRules;
import dev.webstack.guardrails.rules.IdentityRules;
import dev.webstack.guardrails.rules.NetworkRules;
import dev.webstack.guardrails.rules.ObservabilityRules;
import dev.webstack.guardrails.rules.SafekeepingRules;
import dev.webstack.guardrails.rules.StorageRules;
import dev.webstack.guardrails.rules.TenancyRules;
import dev.webstack.guardrails.rules.WafRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Every rule, in the order a reviewer reads them: data, network, edge, storage, compute, observability, identity, safekeeping. */
public final class RuleCatalog {

    private static final List<Rule> ALL = collect();

    private RuleCatalog() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static List<Rule> collect() {
        var all = new ArrayList<Rule>();
        all.addAll(DatabaseRules.all());
        all.addAll(NetworkRules.all());
        all.addAll(EdgeRules.all());
        all.addAll(StorageRules.all());
        all.addAll(ContainerRules.all());
        all.addAll(ObservabilityRules.all());
        all.addAll(IdentityRules.all());
        all.addAll(SafekeepingRules.all());
        all.addAll(AuditRules.all());
        all.addAll(WafRules.all());
        all.addAll(TenancyRules.all());
        var ids = new HashSet<String>();
        all.forEach(rule -> {
            if (!ids.add(rule.id())) {
                throw new IllegalStateException("two rules share the id " + rule.id());
            }
        });
        return List.copyOf(all);
    }
}
