package dev.webstack.network;

import com.pulumi.aws.ec2.SecurityGroup;
import com.pulumi.aws.ec2.SecurityGroupArgs;
import com.pulumi.aws.vpc.SecurityGroupEgressRule;
import com.pulumi.aws.vpc.SecurityGroupEgressRuleArgs;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import dev.webstack.kit.naming.NameLimit;
import dev.webstack.kit.naming.Naming;
import java.util.List;
import java.util.Optional;

/**
 * A stack's own security groups and the rules between them, the same in a VPC of its own
 * ({@link Network}) and in an adopted one ({@link StackGroups}): traffic flows one way only,
 * the load balancer to the tasks, the tasks to the database. Logical names are the ones the
 * Network component always used, so a stack that owns its VPC plans exactly as before.
 *
 * @param parent       the component the groups belong to
 * @param name         that component's name, the logical names' prefix
 * @param vpcId        the VPC the groups are created in
 * @param loadBalancer the load balancer's group when another stack owns it (then this stack
 *                     writes one rule into it: to its own tasks); empty: this stack creates it
 */
record SecurityGroups(Resource parent, String name, Naming naming, Output<String> vpcId,
                      Optional<Output<String>> loadBalancer, int appPort, int databasePort) {

    SecurityGroupsContract create() {
        var alb = loadBalancer.orElseGet(() -> group("alb", "Load balancer: reachable from CloudFront only").id());
        var app = group("app", "Application tasks: reachable from the load balancer only").id();
        var db = group("db", "Database: reachable from the application tasks only").id();

        // Nothing enters the alb group from here: the edge adds the one rule that admits CloudFront's VPC
        // origins, once CloudFront has created their group in this VPC (ADR 0014). No address range and no
        // prefix list is ever admitted. When the alb group is another stack's, this rule is the only thing
        // this stack writes into it, and it is this stack's resource: the owner's group is managed through
        // separate rule resources only, so neither stack's rules replace the other's (ADR 0023).
        new SecurityGroupEgressRule(name + "-alb-to-app", SecurityGroupEgressRuleArgs.builder()
                .securityGroupId(alb)
                .description("Requests and health checks to the application tasks")
                .ipProtocol("tcp").fromPort(appPort).toPort(appPort)
                .referencedSecurityGroupId(app)
                .build(), Children.of(parent));
        new SecurityGroupIngressRule(name + "-app-from-alb", SecurityGroupIngressRuleArgs.builder()
                .securityGroupId(app)
                .description("Requests from the load balancer")
                .ipProtocol("tcp").fromPort(appPort).toPort(appPort)
                .referencedSecurityGroupId(alb)
                .build(), Children.of(parent));
        new SecurityGroupEgressRule(name + "-app-to-db", SecurityGroupEgressRuleArgs.builder()
                .securityGroupId(app)
                .description("PostgreSQL in the isolated subnets")
                .ipProtocol("tcp").fromPort(databasePort).toPort(databasePort)
                .referencedSecurityGroupId(db)
                .build(), Children.of(parent));
        // Tasks have no NAT: external APIs, ECR, Secrets Manager and CloudWatch are reached over
        // HTTPS through the task's public IP. Outbound only; nothing can connect in this way.
        new SecurityGroupEgressRule(name + "-app-to-https", SecurityGroupEgressRuleArgs.builder()
                .securityGroupId(app)
                .description("Outbound HTTPS: AWS APIs and external services")
                .ipProtocol("tcp").fromPort(443).toPort(443)
                .cidrIpv4("0.0.0.0/0")
                .build(), Children.of(parent));
        new SecurityGroupIngressRule(name + "-db-from-app", SecurityGroupIngressRuleArgs.builder()
                .securityGroupId(db)
                .description("PostgreSQL from the application tasks")
                .ipProtocol("tcp").fromPort(databasePort).toPort(databasePort)
                .referencedSecurityGroupId(app)
                .build(), Children.of(parent));
        return new SecurityGroupsContract(alb, app, db);
    }

    private SecurityGroup group(String role, String description) {
        // Rules are separate resources; the group itself starts with none, not even egress.
        // Name, description and VPC force a new group (terraform-provider-aws 5.x,
        // internal/service/ec2/vpc_security_group.go). A new description in the same VPC would
        // create a second group with this fixed name (InvalidGroup.Duplicate), and the group
        // cannot be deleted first while the load balancer's, the tasks' or the database's
        // network interfaces use it. AWS cannot change a group's description anyway, so an
        // edited description is not sent to a running group; a stack created afresh gets it (ADR 0017).
        // The physical name carries the stack's prefix: in a shared VPC, two stacks' groups never clash.
        return new SecurityGroup(name + "-" + role + "-sg", SecurityGroupArgs.builder()
                .name(naming.physical(role, NameLimit.SECURITY_GROUP))
                .description(description)
                .vpcId(vpcId)
                .tags(naming.nameTag(role))
                .build(), Children.of(parent, o -> o.ignoreChanges(List.of("description"))));
    }
}
