package dev.webstack.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.settings.Environment;
import dev.webstack.testkit.ComponentHarness;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * GIVEN a VPC another stack owns (and, in one case, its load-balancer group) WHEN the adopting
 * stack's StackGroups is planned THEN it creates no VPC or subnet, its own app and db groups,
 * and writes exactly one rule into the owner's group: to its own tasks, on its own port.
 */
class StackGroupsTest {

    private static final String OWNER_VPC = "vpc-0owner0000000000a";
    private static final String OWNER_ALB_GROUP = "sg-0owneralb00000000";
    private static final int ADOPTER_PORT = 8080;
    private static final String SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";
    private static final String INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    private static final String EGRESS = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";

    private static Plan plan(Optional<String> ownerLoadBalancerGroup) {
        return ComponentHarness.run(Environment.STAGING, (context, options) -> new StackGroups("groups", new StackGroupsArgs(
                ComponentHarness.naming(Environment.STAGING), Output.of(OWNER_VPC), ownerLoadBalancerGroup.map(Output::of),
                ADOPTER_PORT, 5432), options));
    }

    private static PlannedResource rule(Plan plan, String type, String name) {
        return plan.named(type, name);
    }

    @Test
    void withTheOwnersLoadBalancerItCreatesOnlyItsOwnAppAndDatabaseGroupsInTheOwnersVpc() {
        var plan = plan(Optional.of(OWNER_ALB_GROUP));

        assertEquals(List.of(), plan.ofType("aws:ec2/vpc:Vpc"));
        assertEquals(List.of(), plan.ofType("aws:ec2/subnet:Subnet"));
        var groups = plan.ofType(SECURITY_GROUP);
        assertEquals(Set.of("groups-app-sg", "groups-db-sg"), groups.stream().map(PlannedResource::name).collect(Collectors.toSet()));
        groups.forEach(group -> {
            assertEquals(OWNER_VPC, group.inputText("vpcId"), group.name());
            assertFalse(group.id().equals(OWNER_ALB_GROUP), group.name());
        });
        // The physical names carry this stack's prefix: the owner's are webstack-production-*.
        assertEquals(Set.of("webstack-staging-app", "webstack-staging-db"),
                groups.stream().map(g -> g.inputText("name")).collect(Collectors.toSet()));
    }

    @Test
    void theOneRuleOnTheOwnersGroupLetsItReachOnlyThisStacksTasksOnThisStacksPort() {
        var plan = plan(Optional.of(OWNER_ALB_GROUP));
        var app = plan.named(SECURITY_GROUP, "groups-app-sg").id();

        var onOwnersGroup = plan.ofType(EGRESS).stream().filter(r -> OWNER_ALB_GROUP.equals(r.inputText("securityGroupId"))).toList();
        assertEquals(1, onOwnersGroup.size(), "one rule written into the owner's group");
        var egress = onOwnersGroup.get(0);
        assertEquals("groups-alb-to-app", egress.name());
        assertEquals(app, egress.inputText("referencedSecurityGroupId"));
        assertEquals(ADOPTER_PORT, ((Number) egress.input("fromPort").orElseThrow()).intValue());
        assertEquals(ADOPTER_PORT, ((Number) egress.input("toPort").orElseThrow()).intValue());
        assertEquals(0, plan.ofType(INGRESS).stream().filter(r -> OWNER_ALB_GROUP.equals(r.inputText("securityGroupId"))).count(),
                "nothing enters the owner's group from this stack");

        var appFromAlb = rule(plan, INGRESS, "groups-app-from-alb");
        assertEquals(app, appFromAlb.inputText("securityGroupId"));
        assertEquals(OWNER_ALB_GROUP, appFromAlb.inputText("referencedSecurityGroupId"));
        assertEquals(ADOPTER_PORT, ((Number) appFromAlb.input("fromPort").orElseThrow()).intValue());
    }

    @Test
    void itsDatabaseGroupAdmitsOnlyItsOwnTasks() {
        var plan = plan(Optional.of(OWNER_ALB_GROUP));
        var app = plan.named(SECURITY_GROUP, "groups-app-sg").id();
        var db = plan.named(SECURITY_GROUP, "groups-db-sg").id();

        var intoDb = plan.ofType(INGRESS).stream().filter(r -> db.equals(r.inputText("securityGroupId"))).toList();
        assertEquals(List.of("groups-db-from-app"), intoDb.stream().map(PlannedResource::name).toList());
        assertEquals(app, intoDb.get(0).inputText("referencedSecurityGroupId"));
        var appToDb = rule(plan, EGRESS, "groups-app-to-db");
        assertEquals(app, appToDb.inputText("securityGroupId"));
        assertEquals(db, appToDb.inputText("referencedSecurityGroupId"));
        assertEquals("0.0.0.0/0", rule(plan, EGRESS, "groups-app-to-https").inputText("cidrIpv4"));
    }

    @Test
    void withItsOwnLoadBalancerItCreatesTheLoadBalancersGroupToo() {
        var plan = plan(Optional.empty());

        var alb = plan.named(SECURITY_GROUP, "groups-alb-sg");
        assertEquals(OWNER_VPC, alb.inputText("vpcId"));
        assertEquals("webstack-staging-alb", alb.inputText("name"));
        assertEquals(alb.id(), rule(plan, EGRESS, "groups-alb-to-app").inputText("securityGroupId"));
        assertEquals(alb.id(), rule(plan, INGRESS, "groups-app-from-alb").inputText("referencedSecurityGroupId"));
        assertTrue(plan.ofType(EGRESS).stream().noneMatch(r -> OWNER_ALB_GROUP.equals(r.inputText("securityGroupId"))));
    }
}
