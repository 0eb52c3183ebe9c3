package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.json.Json;
import dev.webstack.plan.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GIVEN a stack that adopts a module from another stack, WHEN planned offline, THEN it creates
 * none of that module and reads the other stack's contract: from that stack's own offline plan
 * when its file is in the repository, otherwise from placeholders that say so.
 */
class AdoptedStacksTest {

    private static final Path REPOSITORY = ProjectDirectory.find(Path.of("")).path();

    /** A project with the repository's stack files, staging's edited. */
    private static ProjectDirectory project(Path dir, String stagingEdits, String... extraLines) throws IOException {
        Files.copy(REPOSITORY.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        Files.copy(REPOSITORY.resolve("Pulumi.production.yaml"), dir.resolve("Pulumi.production.yaml"));
        var staging = Files.readString(REPOSITORY.resolve("Pulumi.staging.yaml")).lines()
                .filter(line -> !line.matches("  webstack:(" + stagingEdits + ")\\..*"))
                .toList();
        var text = new StringBuilder(String.join("\n", staging)).append('\n');
        for (var line : extraLines) {
            text.append("  ").append(line).append('\n');
        }
        Files.writeString(dir.resolve("Pulumi.staging.yaml"), text.toString());
        return ProjectDirectory.find(dir);
    }

    private static Map<?, ?> appContainer(Plan plan) {
        return (Map<?, ?>) ((List<?>) Json.parse(plan.named("aws:ecs/taskDefinition:TaskDefinition", "app-task")
                .inputText("containerDefinitions"))).get(0);
    }

    @Test
    void aStackWhoseFileIsElsewhereResolvesToPlaceholdersThatSaySo(@TempDir Path dir) throws IOException {
        var project = project(dir, "network", "webstack:network.fromStack: acme/webstack/shared");
        var staging = OfflinePlanner.plan(project, "staging");

        assertEquals(List.of(), staging.ofType("aws:ec2/vpc:Vpc"));
        assertEquals(List.of("subnet-placeholder-of-shared-isolated-1", "subnet-placeholder-of-shared-isolated-2"),
                staging.named("aws:lb/loadBalancer:LoadBalancer", "edge-alb").inputList("subnets"));
        // Its own groups, in the adopted VPC; the database is in its own group, never the owner's (ADR 0023).
        var ownDb = staging.named("aws:ec2/securityGroup:SecurityGroup", "groups-db-sg");
        assertEquals("vpc-placeholder-of-shared", ownDb.inputText("vpcId"));
        assertEquals(List.of(ownDb.id()), staging.named("aws:rds/instance:Instance", "db-instance").inputList("vpcSecurityGroupIds"));
        // Only the VPC adopted: the stack's own load balancer has its own group, in the owner's VPC.
        var ownAlb = staging.named("aws:ec2/securityGroup:SecurityGroup", "groups-alb-sg");
        assertEquals(ownAlb.id(), staging.named("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule",
                "groups-alb-to-app").inputText("securityGroupId"));
        assertEquals(List.of(ownAlb.id()), staging.named("aws:lb/loadBalancer:LoadBalancer", "edge-alb").inputList("securityGroups"));
        assertEquals("vpc-placeholder-of-shared", staging.output("network.vpcId"), "the adopted contract is exported again");
        assertEquals("cidr-placeholder-of-shared", staging.output("network.vpcCidr"), "a placeholder, not a real range");
        assertTrue(staging.warnings().stream().anyMatch(w -> w.contains("network adopted from acme/webstack/shared, whose stack file is not in "
                + "this repository: the plan shows placeholders")), staging.warnings().toString());
    }

    @Test
    void stacksThatAdoptFromEachOtherAreRefused(@TempDir Path dir) throws IOException {
        var project = project(dir, "registry", "webstack:registry.fromStack: production");
        var production = Files.readString(dir.resolve("Pulumi.production.yaml")).lines()
                .filter(line -> !line.matches("  webstack:network\\..*")).toList();
        Files.writeString(dir.resolve("Pulumi.production.yaml"), String.join("\n", production) + "\n  webstack:network.fromStack: staging\n");
        var error = assertThrows(IllegalStateException.class, () -> OfflinePlanner.plan(project, "staging"));
        assertEquals("stacks adopt from each other: staging -> production -> staging", error.getMessage());
    }

    @Test
    void anotherAdopterHereAtTheSamePriorityIsWarnedAbout(@TempDir Path dir) throws IOException {
        var example = REPOSITORY.resolve("examples/shared-topology");
        for (var file : List.of("Pulumi.yaml", "Pulumi.production.yaml", "Pulumi.staging.yaml")) {
            Files.copy(example.resolve(file), dir.resolve(file));
        }
        var staging = Files.readString(example.resolve("Pulumi.staging.yaml"));
        Files.writeString(dir.resolve("Pulumi.test.yaml"), staging);
        var project = ProjectDirectory.find(dir);

        var clash = "webstack:edge.listenerRulePriority is 10 here and in Pulumi.test.yaml, which adopts acme/webstack/production's "
                + "load balancer too: ELB refuses the second rule (PriorityInUse); give each adopter its own priority.";
        assertTrue(OfflinePlanner.plan(project, "staging").warnings().contains(clash));

        Files.writeString(dir.resolve("Pulumi.test.yaml"), staging.replace("webstack:edge.listenerRulePriority: 10",
                "webstack:edge.listenerRulePriority: 11"));
        assertTrue(OfflinePlanner.plan(project, "staging").warnings().stream().noneMatch(w -> w.contains("PriorityInUse")));
    }

    @Test
    void anAdopterWithADomainOnAnOwnerWithoutOneIsWarnedThatTheHopInsideTheVpcIsHttp(@TempDir Path dir) throws IOException {
        var example = REPOSITORY.resolve("examples/shared-topology");
        for (var file : List.of("Pulumi.yaml", "Pulumi.production.yaml")) {
            Files.copy(example.resolve(file), dir.resolve(file));
        }
        Files.writeString(dir.resolve("Pulumi.staging.yaml"), Files.readString(example.resolve("Pulumi.staging.yaml"))
                + "  webstack:edge.domain: staging.example.com\n  webstack:edge.hostedZone: example.com\n");

        var staging = OfflinePlanner.plan(ProjectDirectory.find(dir), "staging");

        assertTrue(staging.warnings().stream().anyMatch(w -> w.startsWith("webstack:edge.domain is set, but production has no "
                + "webstack:edge.domain (output edge.originProtocolPolicy is http-only)")), staging.warnings().toString());
    }
}
