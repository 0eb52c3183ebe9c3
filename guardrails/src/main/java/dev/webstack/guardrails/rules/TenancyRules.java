package dev.webstack.guardrails.rules;

import static dev.webstack.guardrails.model.Rule.rule;
import static dev.webstack.plan.aws.AwsTypes.EC2_SECURITY_GROUP;
import static dev.webstack.plan.aws.AwsTypes.ECS_SERVICE;
import static dev.webstack.plan.aws.AwsTypes.RDS_INSTANCE;

import dev.webstack.guardrails.model.Graph;
import dev.webstack.guardrails.model.Rule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stacks that share a VPC (ADR 0023): each keeps its database to its own tasks. A plan sees only
 * its own stack, so the proof is split in three, each checked in every stack's plan: a database's
 * groups are the stack's own and admit only the stack's own task groups; the stack's tasks run
 * only in groups it creates; and a rule the stack writes into a group it does not create opens
 * nothing to anyone. Another stack's tasks are therefore in none of this stack's groups, and no
 * stack can add itself to another's database group.
 */
public final class TenancyRules {

    /**
     * The stack output the one-off migration task is run with (scripts/release reads it; compute's
     * ServiceContract.TASK_SECURITY_GROUP_ID, which cli's SharedVpcTenancyTest holds this to).
     */
    public static final String MIGRATION_TASK_GROUP_OUTPUT = "service.taskSecurityGroupId";

    private TenancyRules() {
    }

    public static List<Rule> all() {
        return List.of(
                rule("network.database-groups-own", "The database's security groups are this stack's, and admit only this stack's tasks")
                        .why("With the task rule below, no other stack's tasks can reach this database, even in a shared VPC: its groups "
                                + "are created here, not adopted, and admit no address range and no group but the ones this stack's "
                                + "services and migration task run in.")
                        .reads(Permission.TYPES.toArray(String[]::new))
                        .reads(ECS_SERVICE)
                        .each(RDS_INSTANCE, (db, graph, findings) -> {
                            var groups = Inputs.texts(db, "vpcSecurityGroupIds");
                            groups.stream().filter(g -> !createdHere(graph, g)).forEach(g -> findings.violation(db,
                                    "is in " + g + ", a security group this stack's plan does not create (another stack's?)"));
                            var tasks = taskGroups(graph);
                            for (var permission : Permission.all(graph)) {
                                if (!permission.ingress() || !groups.contains(permission.groupId())) {
                                    continue;
                                }
                                if (!permission.cidrs().isEmpty() || !permission.prefixLists().isEmpty()) {
                                    findings.violation(permission.declaredBy(), "admits address ranges " + permission.cidrs()
                                            + permission.prefixLists() + " to the database's group " + permission.groupId());
                                }
                                permission.groups().stream().filter(g -> !createdHere(graph, g) || !tasks.contains(g))
                                        .forEach(g -> findings.violation(permission.declaredBy(), "admits " + g + " to the database's group, "
                                                + (createdHere(graph, g) ? "which none of this stack's tasks run in"
                                                : "which this stack's plan does not create")));
                            }
                        })
                        .build(),
                rule("network.task-groups-own", "The tasks run only in security groups this stack creates")
                        .why("A task in a group another stack created is admitted wherever that stack admits its own tasks, its database "
                                + "included; groups of its own keep each stack's tasks out of the other's database.")
                        .reads(EC2_SECURITY_GROUP)
                        .each(ECS_SERVICE, (service, graph, findings) -> {
                            Inputs.texts(service, "networkConfiguration.securityGroups").stream().filter(g -> !createdHere(graph, g))
                                    .forEach(g -> findings.violation(service, "runs its tasks in " + g
                                            + ", a security group this stack's plan does not create"));
                            graph.output(MIGRATION_TASK_GROUP_OUTPUT).map(String::valueOf).filter(g -> !createdHere(graph, g))
                                    .ifPresent(g -> findings.violation(service, "its migration task runs in " + g + " (stack output "
                                            + MIGRATION_TASK_GROUP_OUTPUT + "), a security group this stack's plan does not create"));
                        })
                        .build(),
                rule("network.other-stacks-groups-egress-only", "A rule written into another stack's group only lets it reach this stack's tasks")
                        .why("An adopting stack writes one rule into the owner's load-balancer group: egress to its own tasks. Anything "
                                + "more, an ingress rule above all, would let this stack open the owner's groups, its database's included, "
                                + "where the owner's plan cannot see it.")
                        .reads(Permission.TYPES.toArray(String[]::new))
                        .reads(ECS_SERVICE)
                        .check((graph, findings) -> {
                            var tasks = taskGroups(graph);
                            for (var permission : Permission.all(graph)) {
                                if (createdHere(graph, permission.groupId())) {
                                    continue;
                                }
                                var toOwnTasks = !permission.ingress() && permission.cidrs().isEmpty() && permission.prefixLists().isEmpty()
                                        && !permission.groups().isEmpty() && permission.groups().stream().allMatch(tasks::contains);
                                findings.require(toOwnTasks, permission.declaredBy(), "writes " + (permission.ingress() ? "an ingress" : "an egress")
                                        + " rule for " + permission.ports() + " into " + permission.groupId()
                                        + ", a group this stack's plan does not create; only egress to this stack's own task groups may be");
                            }
                        })
                        .build());
    }

    /** Whether the plan creates this security group (ids, ARNs and names all count). */
    private static boolean createdHere(Graph graph, String groupId) {
        return graph.resolve(EC2_SECURITY_GROUP, groupId).isPresent();
    }

    /** The groups this stack's tasks run in: its services' and its migration task's. */
    static Set<String> taskGroups(Graph graph) {
        var groups = new TreeSet<>(NetworkRules.serviceGroups(graph));
        graph.output(MIGRATION_TASK_GROUP_OUTPUT).map(String::valueOf).ifPresent(groups::add);
        return groups;
    }
}
