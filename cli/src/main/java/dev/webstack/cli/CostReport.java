package dev.webstack.cli;

import dev.webstack.cost.Estimate;
import dev.webstack.cost.LineItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/** The estimate as a person reads it: lines by category, the total against the budget, the NAT comparison. */
final class CostReport {

    private CostReport() {
    }

    static List<String> lines(Estimate estimate) {
        var lines = new ArrayList<String>();
        var byCategory = new LinkedHashMap<String, List<LineItem>>();
        estimate.items().stream().filter(i -> i.kind() == LineItem.Kind.PRICED || i.kind() == LineItem.Kind.UNKNOWN)
                .forEach(i -> byCategory.computeIfAbsent(i.category(), c -> new ArrayList<>()).add(i));
        int width = estimate.items().stream().mapToInt(i -> i.what().length()).max().orElse(10);
        byCategory.forEach((category, items) -> {
            lines.add(category + String.format(Locale.ROOT, "  %s", usd(items.stream().mapToDouble(LineItem::monthlyUsd).sum())));
            for (var item : items) {
                lines.add(String.format(Locale.ROOT, "  %-" + width + "s  %9s  %s", item.what(), item.kind() == LineItem.Kind.UNKNOWN
                        ? "unknown" : usd(item.monthlyUsd()), detail(item)));
            }
        });
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Total  %s a month (%s, prices compiled %s)", usd(estimate.totalUsd()), estimate.region(),
                estimate.compiled()));
        lines.add(String.format(Locale.ROOT, "Budget %s a month (cost.monthlyBudgetUsd): %s", usd(estimate.budgetUsd()),
                estimate.withinBudget() ? "within, " + usd(estimate.budgetUsd() - estimate.totalUsd()) + " to spare"
                        : "OVER by " + usd(estimate.totalUsd() - estimate.budgetUsd())));
        estimate.nat().ifPresent(nat -> lines.add(String.format(Locale.ROOT,
                "Without NAT: one NAT gateway per zone (%d) would add %s a month: %s of gateway hours, %s for %d GB processed "
                        + "(cost.natGbPerMonth), %s for their addresses, less %s of task addresses.",
                nat.gateways(), usd(nat.extraUsd()), usd(nat.gatewayHoursUsd()), usd(nat.processingUsd()), nat.gbPerMonth(),
                usd(nat.addressesUsd()), usd(nat.savedTaskIpsUsd()))));
        var free = estimate.items().stream().filter(i -> i.kind() == LineItem.Kind.FREE).toList();
        if (!free.isEmpty()) {
            lines.add("No charge: " + String.join("; ", free.stream().map(i -> i.what() + " (" + i.note() + ")").toList()) + ".");
        }
        if (!estimate.estimatedPrices().isEmpty()) {
            lines.add("~ marks a price estimated without a confirming source (cost/src/main/resources/prices/" + estimate.region() + ".json).");
        }
        if (!estimate.unpriced().isEmpty()) {
            lines.add("Not in the total, price unknown: " + String.join("; ", estimate.unpriced().stream()
                    .map(i -> i.what() + " (" + i.resources() + ": " + i.note() + ")").toList()) + ".");
        }
        return lines;
    }

    private static String detail(LineItem item) {
        if (item.kind() == LineItem.Kind.UNKNOWN) {
            return item.resources() + ": " + item.note();
        }
        var price = item.price().orElseThrow();
        return String.format(Locale.ROOT, "%s %s x %s%s/%s%s", quantity(item.quantity()), "", price.confirmed() ? "" : "~",
                unitPrice(price.usd()), price.per(), item.note().isEmpty() ? "" : "  (" + item.note() + ")").replace("  x", " x");
    }

    static String usd(double amount) {
        return String.format(Locale.ROOT, "$%.2f", amount);
    }

    private static String unitPrice(double usd) {
        return usd >= 0.1 ? String.format(Locale.ROOT, "$%.2f", usd) : String.format(Locale.ROOT, "$%.5f", usd).replaceAll("0+$", "");
    }

    private static String quantity(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%,d", (long) value) : String.format(Locale.ROOT, "%,.2f", value);
    }
}
