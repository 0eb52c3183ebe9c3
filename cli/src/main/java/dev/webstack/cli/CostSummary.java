package dev.webstack.cli;

import dev.webstack.settings.StackFileConfigSource;
import java.util.Locale;

/** Every stack's monthly estimate in one table, and their sum: the README's, kept current by a test. */
final class CostSummary {

    static final MarkedSection SECTION = new MarkedSection("costs");

    private CostSummary() {
    }

    static String markdown(ProjectDirectory project) {
        var text = new StringBuilder("| stack | estimate a month | budget | one NAT gateway per zone would add |\n|---|---|---|---|\n");
        var stacks = StackFileConfigSource.availableStacks(project.path());
        var together = 0.0;
        for (var stack : stacks) {
            var settings = OfflinePlanner.settings(project, stack);
            var estimate = StackCosts.estimate(settings, OfflinePlanner.plan(project, settings));
            text.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", stack, CostReport.usd(estimate.totalUsd()),
                    CostReport.usd(estimate.budgetUsd()), estimate.nat().map(n -> CostReport.usd(n.extraUsd()))
                            .orElse(settings.network().fromStack().isPresent() ? "the owner's VPC" : "unknown")));
            together += estimate.totalUsd();
        }
        if (stacks.size() > 1) {
            // What the stacks cost the account together: the comparison a shared topology is made for (ADR 0026).
            text.append(String.format(Locale.ROOT, "| together | %s | | |%n", CostReport.usd(together)));
        }
        return text.toString();
    }
}
