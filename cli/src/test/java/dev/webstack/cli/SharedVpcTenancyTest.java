package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.cli.iam.IamExport;
import dev.webstack.compute.ServiceContract;
import dev.webstack.guardrails.RuleCatalog;
import dev.webstack.guardrails.model.Graph;
import dev.webstack.guardrails.model.Violation;
import dev.webstack.guardrails.rules.TenancyRules;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GIVEN an owner stack (production, its own VPC) and an adopting stack (staging, with
 * webstack:network.fromStack naming production) in one project, WHEN both are planned offline,
 * THEN each database admits only its own stack's task group, and the adopter's groups are none
 * of the owner's (ADR 0023).
 */
class SharedVpcTenancyTest {

    private static final Path REPOSITORY = ProjectDirectory.find(Path.of("")).path();
    private static final String SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup";
    private static final String INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    private static final String EGRESS = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";

    @TempDir
    static Path dir;
    private static Plan owner;
    private static Plan adopter;

    @BeforeAll
    static void planBoth() throws IOException {
        // The worked example of the shared topology (ADR 0026): production owns, staging adopts network, edge and registry.
        var example = REPOSITORY.resolve("examples/shared-topology");
        Files.copy(example.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        Files.copy(example.resolve("Pulumi.production.yaml"), dir.resolve("Pulumi.production.yaml"));
        // A GitHub repository, so that the adopter's deploy role is planned too.
        Files.writeString(dir.resolve("Pulumi.staging.yaml"), Files.readString(example.resolve("Pulumi.staging.yaml"))
                + "  webstack:deploy.githubRepository: acme/shop\n");
        var project = ProjectDirectory.find(dir);
        owner = OfflinePlanner.plan(project, "production");
        adopter = OfflinePlanner.plan(project, "staging");
    }

    private static List<String> databaseGroups(Plan plan) {
        return plan.named("aws:rds/instance:Instance", "db-instance").inputList("vpcSecurityGroupIds").stream().map(String::valueOf).toList();
    }

    /** The groups the ingress rules on the database's groups admit. */
    private static Set<String> admittedToDatabase(Plan plan) {
        var groups = databaseGroups(plan);
        return plan.ofType(INGRESS).stream().filter(r -> groups.contains(r.inputText("securityGroupId")))
                .map(r -> r.inputText("referencedSecurityGroupId")).collect(Collectors.toSet());
    }

    private static String serviceGroup(Plan plan) {
        var groups = plan.ofType("aws:ecs/service:Service").get(0).inputList("networkConfiguration.securityGroups");
        assertEquals(1, groups.size());
        return String.valueOf(groups.get(0));
    }

    @Test
    void eachDatabaseAdmitsOnlyItsOwnStacksTasks() {
        assertEquals(Set.of(owner.named(SECURITY_GROUP, "main-app-sg").id()), admittedToDatabase(owner));
        assertEquals(owner.named(SECURITY_GROUP, "main-app-sg").id(), serviceGroup(owner));

        assertEquals(List.of(adopter.named(SECURITY_GROUP, "groups-db-sg").id()), databaseGroups(adopter));
        assertEquals(Set.of(adopter.named(SECURITY_GROUP, "groups-app-sg").id()), admittedToDatabase(adopter));
        assertEquals(adopter.named(SECURITY_GROUP, "groups-app-sg").id(), serviceGroup(adopter));
    }

    @Test
    void theAdopterCreatesNoVpcAndNoneOfItsGroupsIsTheOwners() {
        assertEquals(List.of(), adopter.ofType("aws:ec2/vpc:Vpc"));
        assertEquals(List.of(), adopter.ofType("aws:ec2/subnet:Subnet"));
        var ownerGroups = owner.ofType(SECURITY_GROUP).stream().map(PlannedResource::id).collect(Collectors.toSet());
        var adopterGroups = adopter.ofType(SECURITY_GROUP);
        assertEquals(Set.of("groups-app-sg", "groups-db-sg"), adopterGroups.stream().map(PlannedResource::name).collect(Collectors.toSet()));
        adopterGroups.forEach(g -> assertTrue(!ownerGroups.contains(g.id()), g.name() + " has an id of the owner's"));
        adopterGroups.forEach(g -> assertEquals(owner.output("network.vpcId"), g.inputText("vpcId"), g.name()));
        assertNotEquals(owner.output("network.appSgId"), adopter.output("network.appSgId"));
        assertNotEquals(owner.output("network.dbSgId"), adopter.output("network.dbSgId"));
        assertEquals(owner.output("network.vpcCidr"), adopter.output("network.vpcCidr"), "the adopted range is exported again");
    }

    @Test
    void theAdoptersOneRuleOnTheOwnersLoadBalancerGroupReachesItsOwnTasks() {
        var ownerAlb = owner.named(SECURITY_GROUP, "main-alb-sg").id();
        assertEquals(ownerAlb, owner.output("edge.albSgId"));
        var rule = adopter.named(EGRESS, "groups-alb-to-app");
        assertEquals(ownerAlb, rule.inputText("securityGroupId"));
        assertEquals(adopter.named(SECURITY_GROUP, "groups-app-sg").id(), rule.inputText("referencedSecurityGroupId"));
        assertEquals(3000, ((Number) rule.input("fromPort").orElseThrow()).intValue());
    }

    @Test
    void theTenancyRulesPassBothStacks() {
        for (var plan : List.of(owner, adopter)) {
            for (var id : List.of("network.database-groups-own", "network.task-groups-own")) {
                var violations = RuleCatalog.byId(id).orElseThrow().evaluate(new Graph(plan));
                assertEquals(List.of(), violations.stream().map(Violation::toString).toList(), plan.stack() + " " + id);
            }
        }
        var foreignWrites = RuleCatalog.byId("network.other-stacks-groups-egress-only").orElseThrow().evaluate(new Graph(adopter));
        assertTrue(foreignWrites.stream().noneMatch(v -> v.toString().contains("groups-alb-to-app")), foreignWrites.toString());
    }

    /** The deploy role's statements by Sid. */
    private static Map<String, Map<?, ?>> deployStatements(Plan plan) {
        var statements = new LinkedHashMap<String, Map<?, ?>>();
        plan.where(r -> r.type().equals("aws:iam/policy:Policy") && r.name().startsWith("deploy-manage-"))
                .forEach(p -> ((List<?>) Json.parseObject(p.inputText("policy")).get("Statement"))
                        .forEach(st -> statements.put(String.valueOf(((Map<?, ?>) st).get("Sid")), (Map<?, ?>) st)));
        return statements;
    }

    private static List<String> listed(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }

    @Test
    void theAdoptersDeployRoleMayWriteOnlyEgressAndOnlyIntoTheOwnersLoadBalancerGroup() {
        var statements = deployStatements(adopter);
        var region = adopter.region();
        var account = adopter.account();

        var groups = statements.get("GroupsInAdoptedVpc");
        assertEquals(List.of("ec2:CreateSecurityGroup"), listed(groups.get("Action")));
        assertEquals(List.of("arn:aws:ec2:" + region + ":" + account + ":vpc/" + owner.output("network.vpcId")), listed(groups.get("Resource")));
        var rule = statements.get("RuleOnOwnersLoadBalancerGroup");
        assertEquals(Set.of("ec2:AuthorizeSecurityGroupEgress", "ec2:RevokeSecurityGroupEgress", "ec2:ModifySecurityGroupRules"),
                Set.copyOf(listed(rule.get("Action"))));
        assertEquals(List.of("arn:aws:ec2:" + region + ":" + account + ":security-group/" + owner.named(SECURITY_GROUP, "main-alb-sg").id()),
                listed(rule.get("Resource")));
        var ownersOtherGroups = Set.of(owner.named(SECURITY_GROUP, "main-app-sg").id(), owner.named(SECURITY_GROUP, "main-db-sg").id());
        statements.values().forEach(st -> listed(st.get("Resource")).forEach(resource ->
                assertTrue(ownersOtherGroups.stream().noneMatch(resource::contains), st.get("Sid") + " names an owner's group: " + resource)));
    }

    /** The adopter's IAM, for .ci/iam-check.mjs beside the standalone stacks' (IamExportTest). */
    @Test
    void writesTheAdoptersIamForTheCheck() throws IOException {
        var export = IamExport.of(adopter);
        var out = Path.of("target", "iam", "staging-in-production-vpc.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.pretty(export));
        assertEquals(Set.of(), export.get("typesWithoutProvisioningActions"));
    }

    @Test
    void theRuleReadsTheMigrationTasksGroupUnderTheNameTheServiceExportsIt() {
        assertEquals(ServiceContract.TASK_SECURITY_GROUP_ID, TenancyRules.MIGRATION_TASK_GROUP_OUTPUT);
        assertEquals(adopter.named(SECURITY_GROUP, "groups-app-sg").id(), adopter.output(TenancyRules.MIGRATION_TASK_GROUP_OUTPUT));
    }
}
