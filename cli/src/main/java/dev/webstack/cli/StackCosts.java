package dev.webstack.cli;

import dev.webstack.plan.Plan;
import dev.webstack.settings.StackSettings;
import dev.webstack.cost.Estimate;
import dev.webstack.cost.Estimator;
import dev.webstack.cost.Hours;
import dev.webstack.cost.PriceTable;

/** A stack's estimate: its plan priced in its region, with its usage assumptions and its off-hours. */
public final class StackCosts {

    private StackCosts() {
    }

    public static Estimate estimate(StackSettings settings, Plan plan) {
        return Estimator.estimate(plan, PriceTable.forRegion(settings.identity().region()), settings.cost(),
                Hours.of(settings.offHours().schedule()));
    }
}
