package dev.webstack.cost;

import java.util.List;
import java.util.Optional;

/**
 * A stack's monthly cost: every line, the total, the budget it is held to, and what NAT
 * gateways would add.
 *
 * @param region    the price table's region
 * @param compiled  when the price table was compiled from its sources
 * @param items     every line, priced, free or of unknown price
 * @param budgetUsd the stack's monthly budget (cost.monthlyBudgetUsd)
 * @param nat       the NAT gateway comparison, when the prices for it are known
 */
public record Estimate(String region, String compiled, List<LineItem> items, int budgetUsd, Optional<NatComparison> nat) {

    public Estimate {
        items = List.copyOf(items);
    }

    public double totalUsd() {
        return items.stream().mapToDouble(LineItem::monthlyUsd).sum();
    }

    public boolean withinBudget() {
        return totalUsd() <= budgetUsd;
    }

    /** Lines priced with an estimate no published source confirmed. */
    public List<LineItem> estimatedPrices() {
        return items.stream().filter(i -> i.price().map(p -> !p.confirmed()).orElse(false)).toList();
    }

    /** Lines whose price is unknown: the total leaves them out, and says so. */
    public List<LineItem> unpriced() {
        return items.stream().filter(i -> i.kind() == LineItem.Kind.UNKNOWN).toList();
    }
}
