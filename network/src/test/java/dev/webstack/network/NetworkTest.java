package dev.webstack.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.json.Json;
import dev.webstack.settings.net.Cidr;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.settings.Environment;
import dev.webstack.settings.NetworkSettings;
import dev.webstack.settings.NetworkSettings.FlowLogTraffic;
import dev.webstack.testkit.ComponentHarness;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Network component as the offline engine records it (GIVEN args, WHEN planned, THEN ...). */
class NetworkTest {

    private static final String SUBNET = "aws:ec2/subnet:Subnet";
    private static final String ROUTE = "aws:ec2/route:Route";
    private static final String ROUTE_TABLE = "aws:ec2/routeTable:RouteTable";
    private static final String ASSOCIATION = "aws:ec2/routeTableAssociation:RouteTableAssociation";
    private static final String INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    private static final String EGRESS = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
    private static final String SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";

    private static Plan twoZones;
    private static Plan threeZones;

    static Plan plan(int zones) {
        return ComponentHarness.run(Environment.STAGING, (context, options) -> new Network("main", new NetworkArgs(
                ComponentHarness.naming(Environment.STAGING),
                new NetworkSettings(Cidr.of("10.0.0.0/16"), zones, 7, FlowLogTraffic.REJECT, Optional.empty(), List.of()),
                3000, 5432), options));
    }

    @BeforeAll
    static void planOnce() {
        twoZones = plan(2);
        threeZones = plan(3);
    }

    private static List<PlannedResource> subnets(Plan plan, String tier) {
        return plan.ofType(SUBNET).stream().filter(s -> s.name().startsWith("main-" + tier + "-")).toList();
    }

    private static PlannedResource table(Plan plan, String tier) {
        return plan.named(ROUTE_TABLE, "main-" + tier + "-rt");
    }

    @Test
    void placesOnePublicAndOneIsolatedSubnetInEachZone() {
        for (var plan : List.of(twoZones, threeZones)) {
            var zones = plan == twoZones ? List.of("ap-northeast-1a", "ap-northeast-1c") : List.of("ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d");
            for (var tier : List.of("public", "isolated")) {
                var subnets = subnets(plan, tier);
                assertEquals(zones, subnets.stream().map(s -> s.inputText("availabilityZone")).toList(), tier);
                subnets.forEach(s -> assertEquals(false, s.input("mapPublicIpOnLaunch").orElseThrow(), s.name()));
                subnets.forEach(s -> assertEquals(plan.ofType("aws:ec2/vpc:Vpc").get(0).id(), s.inputText("vpcId")));
            }
        }
        assertEquals(List.of("10.0.0.0/20", "10.0.16.0/20"), subnets(twoZones, "public").stream().map(s -> s.inputText("cidrBlock")).toList());
        assertEquals(List.of("10.0.128.0/20", "10.0.144.0/20"), subnets(twoZones, "isolated").stream().map(s -> s.inputText("cidrBlock")).toList());
    }

    @Test
    void theOnlyDefaultRouteIsThePublicTablesToTheInternetGateway() {
        var routes = twoZones.ofType(ROUTE);
        assertEquals(1, routes.size());
        var route = routes.get(0);
        assertEquals("0.0.0.0/0", route.inputText("destinationCidrBlock"));
        assertEquals(twoZones.ofType("aws:ec2/internetGateway:InternetGateway").get(0).id(), route.inputText("gatewayId"));
        assertEquals(table(twoZones, "public").id(), route.inputText("routeTableId"));
        assertTrue(table(twoZones, "isolated").inputList("routes").isEmpty(), "no inline routes either");
        assertTrue(table(twoZones, "public").inputList("routes").isEmpty());
    }

    @Test
    void hasNoNatGatewayAndNoElasticIp() {
        for (var plan : List.of(twoZones, threeZones)) {
            assertEquals(List.of(), plan.ofType("aws:ec2/natGateway:NatGateway"));
            assertEquals(List.of(), plan.ofType("aws:ec2/eip:Eip"));
            assertFalse(Json.compact(plan.resources()).contains("natGatewayId"));
        }
    }

    @Test
    void associatesEverySubnetWithItsTiersTableExactlyOnce() {
        var associations = threeZones.ofType(ASSOCIATION);
        assertEquals(6, associations.size());
        for (var tier : List.of("public", "isolated")) {
            for (var subnet : subnets(threeZones, tier)) {
                var mine = associations.stream().filter(a -> subnet.id().equals(a.inputText("subnetId"))).toList();
                assertEquals(1, mine.size(), subnet.name());
                assertEquals(table(threeZones, tier).id(), mine.get(0).inputText("routeTableId"), subnet.name());
            }
        }
    }

    @Test
    void reachesS3ThroughAGatewayEndpointOnBothTables() {
        var endpoint = twoZones.named("aws:ec2/vpcEndpoint:VpcEndpoint", "main-s3-endpoint");
        assertEquals("com.amazonaws.ap-northeast-1.s3", endpoint.inputText("serviceName"));
        assertEquals("Gateway", endpoint.inputText("vpcEndpointType"));
        assertEquals(Set.of(table(twoZones, "public").id(), table(twoZones, "isolated").id()),
                Set.copyOf(endpoint.inputList("routeTableIds")));
    }

    @Test
    void stripsTheDefaultSecurityGroup() {
        var defaultGroup = twoZones.named("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", "main-default-sg");
        assertEquals(twoZones.ofType("aws:ec2/vpc:Vpc").get(0).id(), defaultGroup.inputText("vpcId"));
        assertTrue(defaultGroup.inputList("ingress").isEmpty());
        assertTrue(defaultGroup.inputList("egress").isEmpty());
    }

    @Test
    void logsRejectedTrafficToAnExpiringGroupThroughAScopedRole() {
        var flowLog = twoZones.named("aws:ec2/flowLog:FlowLog", "main-flow-log");
        var group = twoZones.named("aws:cloudwatch/logGroup:LogGroup", "main-flow-logs");
        var role = twoZones.named("aws:iam/role:Role", "main-flow-logs-role");
        assertEquals(twoZones.ofType("aws:ec2/vpc:Vpc").get(0).id(), flowLog.inputText("vpcId"));
        assertEquals("REJECT", flowLog.inputText("trafficType"));
        assertEquals(group.outputText("arn"), flowLog.inputText("logDestination"));
        assertEquals(role.outputText("arn"), flowLog.inputText("iamRoleArn"));
        assertEquals(7L, group.input("retentionInDays").orElseThrow());
        assertEquals("/webstack/webstack-staging/vpc-flow-logs", group.inputText("name"));

        var trust = Json.parseObject(role.inputText("assumeRolePolicy"));
        assertEquals("{Effect=Allow, Principal={Service=[vpc-flow-logs.amazonaws.com]}, Action=[sts:AssumeRole], "
                + "Condition={StringEquals={aws:SourceAccount=[123456789012]}, "
                + "ArnLike={aws:SourceArn=[arn:aws:ec2:ap-northeast-1:123456789012:vpc-flow-log/*]}}}",
                ((List<?>) trust.get("Statement")).get(0).toString());
        var policy = Json.parseObject(twoZones.named("aws:iam/rolePolicy:RolePolicy", "main-flow-logs-policy").inputText("policy"));
        var statements = (List<?>) policy.get("Statement");
        assertEquals(List.of(group.outputText("arn"), group.outputText("arn") + ":*"), ((Map<?, ?>) statements.get(0)).get("Resource"));
        assertEquals(role.id(), twoZones.named("aws:iam/rolePolicy:RolePolicy", "main-flow-logs-policy").inputText("role"));
    }

    @Test
    void securityGroupsLetTrafficFlowOneWayByGroupReference() {
        var alb = twoZones.named(SECURITY_GROUP, "main-alb-sg").id();
        var app = twoZones.named(SECURITY_GROUP, "main-app-sg").id();
        var db = twoZones.named(SECURITY_GROUP, "main-db-sg").id();

        var ingress = twoZones.ofType(INGRESS).stream().collect(Collectors.toMap(r -> r.inputText("securityGroupId"), r -> r));
        // The load balancer's one rule in is the edge's: it admits CloudFront's VPC-origin group (ADR 0014).
        assertEquals(Set.of(app, db), ingress.keySet(), "one ingress rule per group behind the load balancer, none into it");
        assertEquals(alb, ingress.get(app).inputText("referencedSecurityGroupId"));
        assertEquals(3000L, ingress.get(app).input("fromPort").orElseThrow());
        assertEquals(app, ingress.get(db).inputText("referencedSecurityGroupId"));
        assertEquals(5432L, ingress.get(db).input("toPort").orElseThrow());
        twoZones.ofType(INGRESS).forEach(r -> assertTrue(r.input("cidrIpv4").isEmpty() && r.input("cidrIpv6").isEmpty()
                        && r.input("prefixListId").isEmpty(), r.name() + " must not admit an address range or a prefix list"));

        var egress = twoZones.ofType(EGRESS).stream()
                .map(r -> r.inputText("securityGroupId") + " " + r.input("fromPort").orElseThrow() + " "
                        + r.input("referencedSecurityGroupId").or(() -> r.input("cidrIpv4")).orElseThrow())
                .collect(Collectors.toSet());
        assertEquals(Set.of(alb + " 3000 " + app, app + " 5432 " + db, app + " 443 0.0.0.0/0"), egress);
    }

    @Test
    void noRuleLooksUpOrAdmitsCloudFrontsPrefixList() {
        // GIVEN the network alone WHEN planned THEN the old entry rule and its prefix-list look-up are gone
        assertTrue(twoZones.ofType(INGRESS).stream().noneMatch(r -> r.name().equals("main-alb-entry")));
        assertEquals(2, twoZones.ofType(INGRESS).size());
    }

    @Test
    void everyRuleAndGroupSaysWhyItExists() {
        for (var type : List.of(INGRESS, EGRESS, SECURITY_GROUP)) {
            for (var resource : twoZones.ofType(type)) {
                var description = resource.inputText("description");
                assertTrue(description.length() > 10, resource.name());
                assertTrue(description.matches("[a-zA-Z0-9. _\\-:/()#,@\\[\\]+=&;{}!$*]+"), "AWS's description charset: " + description);
            }
        }
        assertEquals(Set.of("webstack-staging-alb", "webstack-staging-app", "webstack-staging-db"),
                twoZones.ofType(SECURITY_GROUP).stream().map(g -> g.inputText("name")).collect(Collectors.toSet()));
    }

    @Test
    void everyResourceHangsUnderTheComponent() {
        var component = twoZones.named(Network.TYPE, "main");
        var children = twoZones.cloudResources();
        assertEquals(27, children.size(), "the entry rule into the alb group is the edge's now (ADR 0014)");
        children.forEach(r -> assertEquals(component.urn(), r.parent(), r.name()));
        children.forEach(r -> assertTrue(r.name().startsWith("main-"), r.name()));
        assertNotEquals(0, children.stream().filter(r -> r.output("tagsAll").isPresent()).count());
    }
}
