package dev.webstack.cost;

/**
 * What the same stack would cost with the NAT gateways webstack does without: one per zone,
 * each with its own public address, processing the tasks' internet traffic, while the tasks
 * would need no public address of their own.
 *
 * @param gateways        one per zone the tasks run in
 * @param gatewayHoursUsd the gateways' hours
 * @param processingUsd   the data they would process
 * @param addressesUsd    the gateways' public addresses
 * @param savedTaskIpsUsd what the tasks' own addresses cost today, which NAT would save
 * @param gbPerMonth      the traffic assumed (cost.natGbPerMonth)
 */
public record NatComparison(int gateways, double gatewayHoursUsd, double processingUsd, double addressesUsd, double savedTaskIpsUsd,
                            int gbPerMonth) {

    /** How much more a month the stack would cost with NAT gateways. */
    public double extraUsd() {
        return gatewayHoursUsd + processingUsd + addressesUsd - savedTaskIpsUsd;
    }
}
