package dev.webstack.cost;

import dev.webstack.plan.Plan;
import dev.webstack.plan.ServiceTasks;
import dev.webstack.plan.aws.AwsTypes;
import java.util.List;
import java.util.Optional;

/**
 * Prices a plan: each area adds the lines for the resources it knows, then every resource no
 * line accounts for is either free by nature (the table's no-charge list says why) or gets a
 * line saying its price is unknown. Nothing is silently zero.
 */
public final class Estimator {

    private Estimator() {
    }

    /** Where CloudFront-scope resources live, whatever the stack's region. */
    static final String GLOBAL_REGION = "us-east-1";

    public static Estimate estimate(Plan plan, PriceTable prices, Usage usage, Hours hours) {
        return estimate(plan, prices, PriceTable.forRegion(GLOBAL_REGION), usage, hours);
    }

    /** With the table of us-east-1, where a CloudFront-scope web ACL and its logs are billed. */
    public static Estimate estimate(Plan plan, PriceTable prices, PriceTable globalPrices, Usage usage, Hours hours) {
        var lines = new Lines(prices);
        ComputeCosts.add(plan, lines, hours, usage.imageMb());
        NetworkCosts.add(plan, lines, usage.loadBalancerLcu());
        DatabaseCosts.add(plan, lines, hours);
        var cloudFrontLogs = !plan.ofType(AwsTypes.CLOUDWATCH_LOG_DELIVERY).isEmpty();
        var wafLogsGb = EdgeCosts.wafLogsGb(plan, usage.requestsPerMonth(), usage.logsGbPerMonth());
        EdgeCosts.add(plan, lines, lines.pricedIn(globalPrices), usage.requestsPerMonth(), usage.cdnGbPerMonth(), wafLogsGb);
        AuditCosts.add(plan, lines);
        StorageCosts.add(plan, lines, usage.documentsGb(), usage.requestsPerMonth(), cloudFrontLogs);
        // The WAF's share of cost.logsGbPerMonth is priced with its log group, in us-east-1 (EdgeCosts).
        ObservabilityCosts.add(plan, lines, usage.logsGbPerMonth() - wafLogsGb);
        SecurityCosts.add(plan, lines);
        for (var resource : plan.cloudResources()) {
            if (!lines.isAccounted(resource) && prices.noCharge(resource.type()).isEmpty()) {
                lines.unknown("Unpriced", resource.type(), List.of(resource), "webstack has no price for this type");
            }
        }
        return new Estimate(prices.region(), prices.compiled(), lines.items(), usage.monthlyBudgetUsd(), nat(plan, prices, usage, hours));
    }

    /** Empty without prices for NAT, or without a network of this stack's own (an adopted one is its owner's to compare). */
    private static Optional<NatComparison> nat(Plan plan, PriceTable prices, Usage usage, Hours hours) {
        var hour = prices.price("nat.hour");
        var gb = prices.price("nat.gb");
        var ipv4 = prices.price("ipv4.hour");
        if (hour.isEmpty() || gb.isEmpty() || ipv4.isEmpty()) {
            return Optional.empty();
        }
        var taskServices = plan.ofType(AwsTypes.ECS_SERVICE).stream()
                .filter(s -> Boolean.TRUE.equals(s.input("networkConfiguration.assignPublicIp").orElse(false))).toList();
        // One gateway in each zone the tasks run in; their subnets are this stack's only when it owns its network.
        var zones = (int) taskServices.stream()
                .flatMap(s -> s.inputList("networkConfiguration.subnets").stream())
                .map(id -> plan.resolve(AwsTypes.EC2_SUBNET, id))
                .flatMap(Optional::stream)
                .map(subnet -> subnet.input("availabilityZone").orElse(""))
                .distinct().count();
        if (zones == 0) {
            return Optional.empty();
        }
        var taskHours = taskServices.stream().mapToDouble(s -> ServiceTasks.fewest(plan, s) * hours.service()).sum();
        return Optional.of(new NatComparison(zones, zones * Hours.MONTH * hour.get().usd(), usage.natGbPerMonth() * gb.get().usd(),
                zones * Hours.MONTH * ipv4.get().usd(), taskHours * ipv4.get().usd(), usage.natGbPerMonth()));
    }
}
