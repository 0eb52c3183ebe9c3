package dev.webstack.guardrails.rules;


import static dev.webstack.plan.aws.AwsTypes.EC2_ROUTE;
import static dev.webstack.plan.aws.AwsTypes.EC2_ROUTE_TABLE_ASSOCIATION;

import dev.webstack.guardrails.model.Graph;

/** Routing facts the database and network rules share. */
final class Routing {

    private Routing() {
    }

    /** Whether the subnet's explicitly associated route table has a route to an internet gateway. */
    static boolean routesToInternet(Graph graph, String subnetId) {
        return graph.all(EC2_ROUTE_TABLE_ASSOCIATION).stream()
                .filter(association -> subnetId.equals(Inputs.text(association, "subnetId")))
                .map(association -> Inputs.text(association, "routeTableId"))
                .anyMatch(table -> graph.all(EC2_ROUTE).stream().anyMatch(route ->
                        table.equals(Inputs.text(route, "routeTableId")) && Inputs.text(route, "gatewayId").startsWith("igw-")));
    }
}
