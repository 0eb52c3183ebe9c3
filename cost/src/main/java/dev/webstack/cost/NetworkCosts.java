package dev.webstack.cost;

import dev.webstack.plan.Plan;
import dev.webstack.plan.aws.AwsTypes;
import java.util.List;

/**
 * The load balancer's hours, capacity units and public addresses. A stack that adopts another
 * stack's load balancer (ADR 0024) pays no hours of its own: its traffic is its share of the
 * owner's capacity units, priced on its listener rule.
 */
final class NetworkCosts {

    static final String CATEGORY = "Load balancing";

    private NetworkCosts() {
    }

    static void add(Plan plan, Lines lines, double lcu) {
        var loadBalancers = plan.ofType(AwsTypes.LB_LOAD_BALANCER);
        if (loadBalancers.isEmpty() && !plan.ofType(AwsTypes.LB_LISTENER_RULE).isEmpty()) {
            // ELB bills capacity units per load balancer, whichever rule a request matched: this stack's requests
            // add to the owner's bill (https://aws.amazon.com/elasticloadbalancing/pricing/, "LCU").
            lines.add(CATEGORY, "Load balancer capacity units (share of the adopted load balancer)",
                    plan.ofType(AwsTypes.LB_LISTENER_RULE), Hours.MONTH * lcu, "alb.lcuHour",
                    ComputeCosts.format(lcu) + " LCU on average (cost.loadBalancerLcu); no hours: the owner stack pays them");
        }
        for (var lb : loadBalancers) {
            lines.add(CATEGORY, "Application Load Balancer", List.of(lb), Hours.MONTH, "alb.hour", "around the clock");
            lines.add(CATEGORY, "Load balancer capacity units", List.of(lb), Hours.MONTH * lcu, "alb.lcuHour",
                    ComputeCosts.format(lcu) + " LCU on average (cost.loadBalancerLcu)");
            if (!Boolean.TRUE.equals(lb.input("internal").orElse(false))) {
                var zones = lb.inputList("subnets").size();
                lines.add(CATEGORY, "Public IPv4 (load balancer)", List.of(lb), Hours.MONTH * zones, "ipv4.hour",
                        "at least one address per zone (" + zones + ")");
            }
        }
    }
}
