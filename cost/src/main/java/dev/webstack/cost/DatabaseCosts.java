package dev.webstack.cost;

import dev.webstack.plan.Plan;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.aws.DbInstanceClasses;
import java.util.List;

/** RDS: instance hours (both instances with Multi-AZ) for the hours it runs, and storage for every hour. */
final class DatabaseCosts {

    static final String CATEGORY = "Database";
    /** Performance Insights keeps seven days for free. */
    static final int FREE_INSIGHTS_DAYS = 7;

    private DatabaseCosts() {
    }

    /** The cheaper classes of the table, at the same hours: what database.instanceClass could save. */
    static String cheaper(PriceTable prices, String instanceClass, double instanceHours) {
        var prefix = "rds.instanceHour.";
        var current = prices.price(prefix + instanceClass);
        if (current.isEmpty()) {
            return "";
        }
        var options = prices.prices().values().stream()
                .filter(p -> p.key().startsWith(prefix) && p.usd() < current.get().usd())
                .sorted(java.util.Comparator.comparingDouble(Price::usd).reversed())
                .limit(2)
                .map(p -> p.key().substring(prefix.length()) + " " + String.format(java.util.Locale.ROOT, "$%.2f", p.usd() * instanceHours))
                .toList();
        return options.isEmpty() ? "" : "; cheaper: " + String.join(", ", options);
    }

    static void add(Plan plan, Lines lines, Hours hours) {
        for (var db : plan.ofType(AwsTypes.RDS_INSTANCE)) {
            var multiAz = Boolean.TRUE.equals(db.input("multiAz").orElse(false));
            var copies = multiAz ? 2 : 1;
            var instanceClass = db.inputText("instanceClass");
            var schedule = hours.sleeps() ? String.format("%.0f h a month (off-hours)", hours.database()) : "around the clock";
            var instanceHours = hours.database() * copies;
            var burst = DbInstanceClasses.isBurstable(instanceClass)
                    ? "; sustained CPU beyond the burst baseline is billed on top (alarm db-cpu-surplus-charged)" : "";
            lines.add(CATEGORY, "RDS " + db.inputText("engine") + " " + instanceClass + (multiAz ? " Multi-AZ" : ""), List.of(db),
                    instanceHours, "rds.instanceHour." + instanceClass,
                    (multiAz ? "two instances (primary and standby), " : "") + schedule + burst
                            + cheaper(lines.prices(), instanceClass, instanceHours));
            var gb = ((Number) db.input("allocatedStorage").orElse(0)).doubleValue();
            lines.add(CATEGORY, "RDS gp3 storage", List.of(db), gb * copies, "rds.gp3GbMonth",
                    (multiAz ? "in both zones, " : "") + "billed while stopped; autoscaling may grow it to "
                            + db.input("maxAllocatedStorage").orElse(gb) + " GB");
            if (Boolean.TRUE.equals(db.input("performanceInsightsEnabled").orElse(false))) {
                var days = ((Number) db.input("performanceInsightsRetentionPeriod").orElse(FREE_INSIGHTS_DAYS)).intValue();
                if (days <= FREE_INSIGHTS_DAYS) {
                    lines.free(CATEGORY, "Performance Insights", List.of(db), "seven days of history are free");
                } else {
                    lines.unknown(CATEGORY, "Performance Insights", List.of(db), days + " days of history: priced per vCPU, not in the table");
                }
            }
            if (Boolean.TRUE.equals(db.input("manageMasterUserPassword").orElse(false))) {
                lines.add(SecurityCosts.CATEGORY, "Secrets Manager (RDS-managed master password)", List.of(db), 1,
                        "secretsmanager.secretMonth", "created and rotated by RDS");
            }
        }
    }
}
