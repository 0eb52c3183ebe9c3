package dev.webstack.guardrails.rules;

import static dev.webstack.guardrails.model.Rule.rule;
import static dev.webstack.plan.aws.AwsTypes.EC2_DEFAULT_SECURITY_GROUP;
import static dev.webstack.plan.aws.AwsTypes.EC2_FLOW_LOG;
import static dev.webstack.plan.aws.AwsTypes.EC2_SECURITY_GROUP;
import static dev.webstack.plan.aws.AwsTypes.EC2_SUBNET;
import static dev.webstack.plan.aws.AwsTypes.EC2_VPC;
import static dev.webstack.plan.aws.AwsTypes.ECS_SERVICE;
import static dev.webstack.plan.aws.AwsTypes.LB_LISTENER;
import static dev.webstack.plan.aws.AwsTypes.LB_LOAD_BALANCER;
import static dev.webstack.plan.aws.AwsTypes.RDS_INSTANCE;

import dev.webstack.guardrails.model.Graph;
import dev.webstack.guardrails.model.Rule;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The VPC and its security groups: one way in, the database behind the app, everything described and logged. */
public final class NetworkRules {

    /** What the provider writes when a group has no description of its own. */
    private static final Set<String> PLACEHOLDER_DESCRIPTIONS = Set.of("", "Managed by Pulumi", "Managed by Terraform");

    private NetworkRules() {
    }

    public static List<Rule> all() {
        return List.of(
                rule("network.one-way-in", "Nothing is open to the internet but the load balancer's listener ports")
                        .why("The only address the world can reach is the entry point; tasks and the database are reached through it.")
                        .mirrors("EC2.18", "CKV_AWS_260")
                        .reads(Permission.TYPES.toArray(String[]::new))
                        .reads(LB_LOAD_BALANCER, LB_LISTENER)
                        .check((graph, findings) -> {
                            for (var permission : Permission.all(graph)) {
                                if (!permission.ingress() || !permission.fromAnywhere()) {
                                    continue;
                                }
                                var ports = entryPorts(graph, permission.groupId());
                                var allowed = !permission.allProtocols() && permission.fromPort() == permission.toPort()
                                        && ports.contains(permission.fromPort());
                                findings.require(allowed, permission.declaredBy(), "admits " + permission.ports() + " from anywhere to "
                                        + permission.groupId() + (ports.isEmpty() ? ", which fronts no internet-facing load balancer"
                                        : "; only the listener ports " + ports + " may be"));
                            }
                        })
                        .build(),
                rule("network.database-from-app-only", "The database admits only the application's security group")
                        .why("No address range and no other group (not even the load balancer's) can open a connection to the database.")
                        .reads(Permission.TYPES.toArray(String[]::new))
                        .reads(ECS_SERVICE, LB_LOAD_BALANCER)
                        .each(RDS_INSTANCE, (db, graph, findings) -> {
                            var groups = Inputs.texts(db, "vpcSecurityGroupIds");
                            if (groups.isEmpty()) {
                                findings.violation(db, "has no security group of its own; it would get the VPC's default group");
                                return;
                            }
                            var appGroups = serviceGroups(graph);
                            for (var permission : Permission.all(graph)) {
                                if (!permission.ingress() || !groups.contains(permission.groupId())) {
                                    continue;
                                }
                                if (!permission.cidrs().isEmpty() || !permission.prefixLists().isEmpty()) {
                                    findings.violation(permission.declaredBy(), "admits address ranges " + permission.cidrs()
                                            + permission.prefixLists() + " to the database's group");
                                }
                                permission.groups().stream().filter(g -> !appGroups.contains(g)).forEach(g -> findings.violation(
                                        permission.declaredBy(), "admits " + g + ", which is not the application's group"));
                            }
                        })
                        .build(),
                rule("network.rules-described", "Every security group and rule says what it is for")
                        .why("A reviewer can tell a deliberate opening from a forgotten one.")
                        .mirrors(null, "CKV_AWS_23")
                        .reads(Permission.TYPES.toArray(String[]::new))
                        .check((graph, findings) -> {
                            for (var group : graph.all(EC2_SECURITY_GROUP)) {
                                findings.require(!PLACEHOLDER_DESCRIPTIONS.contains(Inputs.text(group, "description")), group,
                                        "has no description of its own");
                            }
                            for (var permission : Permission.all(graph)) {
                                findings.require(!permission.description().isBlank(), permission.declaredBy(),
                                        "the " + (permission.ingress() ? "ingress" : "egress") + " rule for " + permission.ports() + " has no description");
                            }
                        })
                        .build(),
                rule("network.default-group-closed", "Each VPC's default security group is adopted and allows nothing")
                        .why("Anything launched without a group would otherwise get the default one, which lets members talk freely and reach anywhere.")
                        .mirrors("EC2.2", "CKV2_AWS_12")
                        .reads(EC2_DEFAULT_SECURITY_GROUP)
                        .each(EC2_VPC, (vpc, graph, findings) -> {
                            var adopted = graph.referencing(EC2_DEFAULT_SECURITY_GROUP, "vpcId", vpc);
                            if (adopted.isEmpty()) {
                                findings.violation(vpc, "its default security group is not managed, so it keeps AWS's allow-all rules");
                            }
                            for (var group : adopted) {
                                findings.require(Inputs.list(group, "ingress").isEmpty() && Inputs.list(group, "egress").isEmpty(), group,
                                        "the default security group has rules");
                            }
                        })
                        .build(),
                rule("network.flow-logs", "Each VPC has flow logs")
                        .why("Rejected connections show probes and misconfigured groups after the fact.")
                        .mirrors("EC2.6", "CKV2_AWS_11")
                        .reads(EC2_FLOW_LOG)
                        .each(EC2_VPC, (vpc, graph, findings) ->
                                findings.require(!graph.referencing(EC2_FLOW_LOG, "vpcId", vpc).isEmpty(), vpc, "has no flow log"))
                        .build(),
                rule("network.no-automatic-public-ip", "Subnets do not hand out public addresses on their own")
                        .why("Only what asks for a public address gets one (the Fargate tasks, explicitly); nothing gets one by accident.")
                        .mirrors("EC2.15", "CKV_AWS_130")
                        .each(EC2_SUBNET, (subnet, graph, findings) ->
                                findings.require(!Inputs.isTrue(subnet, "mapPublicIpOnLaunch"), subnet, "mapPublicIpOnLaunch is true"))
                        .build());
    }

    /** The listener ports of the internet-facing load balancers this group is attached to. */
    static Set<Integer> entryPorts(Graph graph, String groupId) {
        return graph.all(LB_LOAD_BALANCER).stream()
                .filter(lb -> !Inputs.isTrue(lb, "internal") && Inputs.texts(lb, "securityGroups").contains(groupId))
                .flatMap(lb -> graph.referencing(LB_LISTENER, "loadBalancerArn", lb).stream())
                .map(listener -> (int) Inputs.number(listener, "port"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The security groups ECS services run their tasks in. */
    static Set<String> serviceGroups(Graph graph) {
        return graph.all(ECS_SERVICE).stream()
                .flatMap(service -> Inputs.texts(service, "networkConfiguration.securityGroups").stream())
                .collect(Collectors.toSet());
    }
}
