package dev.webstack.cost;

import dev.webstack.plan.Plan;
import dev.webstack.plan.aws.AwsTypes;
import java.util.List;

/** The load balancer's hours, capacity units and public addresses. */
final class NetworkCosts {

    static final String CATEGORY = "Load balancing";

    private NetworkCosts() {
    }

    static void add(Plan plan, Lines lines, double lcu) {
        for (var lb : plan.ofType(AwsTypes.LB_LOAD_BALANCER)) {
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
