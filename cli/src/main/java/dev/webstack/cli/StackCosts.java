package dev.webstack.cli;

import dev.webstack.plan.Plan;
import dev.webstack.settings.CostSettings;
import dev.webstack.settings.OffHours;
import dev.webstack.settings.StackSettings;
import dev.webstack.cost.Estimate;
import dev.webstack.cost.Estimator;
import dev.webstack.cost.Hours;
import dev.webstack.cost.PriceTable;
import dev.webstack.cost.Usage;
import java.util.Optional;

/**
 * A stack's estimate: its plan priced in its region, with its usage assumptions and its off-hours.
 * The settings are turned into the estimate's own inputs here, so the cost module reads plans only.
 */
public final class StackCosts {

    private StackCosts() {
    }

    public static Estimate estimate(StackSettings settings, Plan plan) {
        return Estimator.estimate(plan, PriceTable.forRegion(settings.identity().region()), usage(settings.cost()),
                hours(settings.offHours().schedule()));
    }

    static Usage usage(CostSettings cost) {
        return new Usage(cost.monthlyBudgetUsd(), cost.requestsPerMonth(), cost.cdnGbPerMonth(), cost.logsGbPerMonth(),
                cost.documentsGb(), cost.imageMb(), cost.loadBalancerLcu(), cost.natGbPerMonth());
    }

    static Hours hours(Optional<OffHours> schedule) {
        return schedule.map(s -> Hours.weekly(s.runningHoursPerWeek(), s.databaseHoursPerWeek())).orElse(Hours.allMonth());
    }
}
