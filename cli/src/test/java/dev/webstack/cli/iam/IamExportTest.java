package dev.webstack.cli.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.cli.OfflinePlanner;
import dev.webstack.cli.ProjectDirectory;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GIVEN both stack files with a GitHub repository, WHEN planned, THEN every role's policies are
 * exported with expectations derived from the resources that use the role, written to
 * target/iam/<stack>.json for .ci/iam-check.mjs (which checks them against AWS's catalogue and simulates).
 */
class IamExportTest {

    static Plan plan(Path dir, String stack) throws IOException {
        var repository = ProjectDirectory.find(Path.of("")).path();
        Files.copy(repository.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("Pulumi." + stack + ".yaml"), Files.readString(repository.resolve("Pulumi." + stack + ".yaml"))
                .replace("  webstack:profile: " + stack + "\n",
                        "  webstack:profile: " + stack + "\n  webstack:deploy.githubRepository: acme/shop\n"
                                + "  webstack:deploy.appRepository: acme/shop-app\n"));
        return OfflinePlanner.plan(ProjectDirectory.find(dir), stack);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void writesEveryRoleOfThePlanForTheCheck(String stack, @TempDir Path dir) throws IOException {
        var plan = plan(dir, stack);

        var export = IamExport.of(plan);
        var out = Path.of("target", "iam", stack + ".json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.pretty(export));

        var exported = ((List<?>) export.get("roles")).stream().map(r -> ((Map<?, ?>) r).get("arn")).collect(Collectors.toSet());
        var planned = plan.ofType(AwsTypes.IAM_ROLE).stream().map(r -> r.outputText("arn")).collect(Collectors.toSet());
        assertEquals(planned, exported);
        assertEquals(Set.of(), export.get("typesWithoutProvisioningActions"), "every planned type has its provisioning calls recorded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theExecutionRoleMustReadExactlyTheSecretsItsTaskDefinitionsInject(String stack, @TempDir Path dir) throws IOException {
        var plan = plan(dir, stack);

        var expected = new TreeSet<String>();
        for (var task : plan.ofType(AwsTypes.ECS_TASK_DEFINITION)) {
            for (var c : (List<?>) Json.parse(task.inputText("containerDefinitions"))) {
                var secrets = ((Map<?, ?>) c).get("secrets");
                if (secrets != null) {
                    // A valueFrom may add a JSON key, stage and version after the secret's name (Amazon ECS Developer
                    // Guide, "Pass Secrets Manager secrets through Amazon ECS environment variables"); IAM sees the secret.
                    ((List<?>) secrets).forEach(s -> expected.add(task.inputText("executionRoleArn") + " "
                            + String.valueOf(((Map<?, ?>) s).get("valueFrom")).replaceFirst("^(arn:aws:secretsmanager:[^:]+:\\d+:secret:[^:]+).*$", "$1")));
                }
            }
        }
        var derived = IamExport.expectations(plan).stream().filter(e -> e.action().equals("secretsmanager:GetSecretValue") && e.allowed()
                && e.role().contains("ecs-execution")).map(e -> e.role() + " " + e.resource()).collect(Collectors.toCollection(TreeSet::new));

        assertFalse(expected.isEmpty());
        assertEquals(expected, derived);
    }

    /** The negative control: expectations come from the resources, so removing a role's policy from the plan leaves them all. */
    @Test
    void expectationsDoNotComeFromThePolicyUnderTest(@TempDir Path dir) throws IOException {
        var plan = plan(dir, "staging");
        var withoutPolicies = new Plan(plan.project(), plan.stack(), plan.environment(), plan.region(), plan.account(),
                plan.resources().stream().filter(r -> !r.type().equals(AwsTypes.IAM_ROLE_POLICY)).toList(), plan.outputs(), plan.warnings());

        var before = new WorkloadNeeds().of(plan).stream().map(Expectation::toString).toList();
        var after = new WorkloadNeeds().of(withoutPolicies).stream().map(Expectation::toString).toList();

        assertTrue(before.size() > 30, "expected many derived expectations, got " + before.size());
        assertEquals(before, after);
        var roles = ((List<?>) IamExport.of(withoutPolicies).get("roles")).stream().map(r -> (Map<?, ?>) r)
                .filter(r -> String.valueOf(r.get("name")).endsWith("-ecs-execution")).toList();
        assertEquals(List.of(), roles.get(0).get("policies"), "the role has lost its policy, so the check will find it denied");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theDeployRoleIsExpectedToBeDeniedItsOwnIdentityAndEscalation(String stack, @TempDir Path dir) throws IOException {
        var plan = plan(dir, stack);
        var deploy = String.valueOf(plan.output("deploy.roleArn"));

        var denied = IamExport.expectations(plan).stream().filter(e -> e.role().equals(deploy) && !e.allowed()).toList();

        assertTrue(denied.stream().anyMatch(e -> e.action().equals("iam:AttachRolePolicy") && e.resource().equals(deploy)
                && e.context().get("iam:PolicyARN").equals("arn:aws:iam::aws:policy/AdministratorAccess")));
        var taskRoles = plan.ofType(AwsTypes.ECS_TASK_DEFINITION).stream().map(t -> t.inputText("taskRoleArn")).collect(Collectors.toSet());
        assertTrue(taskRoles.stream().allMatch(t -> denied.stream().anyMatch(e -> e.action().equals("iam:AttachRolePolicy") && e.resource().equals(t))));
        assertTrue(denied.stream().anyMatch(e -> e.action().equals("cloudfront:UpdateDistribution")
                && !stack.equals(e.context().get("aws:ResourceTag/pulumi-stack"))));
        var ownIdentity = plan.where(r -> r.type().equals(AwsTypes.IAM_POLICY) && r.name().startsWith("deploy-")).stream()
                .map(PlannedResource::name).toList();
        assertFalse(ownIdentity.isEmpty());
        var ownPolicyArns = plan.where(r -> r.type().equals(AwsTypes.IAM_POLICY) && r.name().startsWith("deploy-")).stream()
                .map(r -> r.outputText("arn")).collect(Collectors.toSet());
        var changesToItself = new ArrayList<Expectation>();
        IamExport.expectations(plan).stream().filter(e -> e.role().equals(deploy) && ownPolicyArns.contains(e.resource())
                && !e.action().startsWith("iam:Get")).forEach(changesToItself::add);
        assertFalse(changesToItself.isEmpty());
        assertTrue(changesToItself.stream().noneMatch(Expectation::allowed), "the deploy role never changes its own policies: " + changesToItself);
    }
}
