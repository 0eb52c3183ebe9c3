package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.guardrails.Guardrails;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GIVEN a stack file naming the webstack repository and an application repository, WHEN planned,
 * THEN a release role exists that only the application's environment can assume through webstack's
 * release workflow, that may do what scripts/release and an image push do on this stack's own
 * resources and nothing else, and a parameter holds every output the script reads.
 */
class ReleaseIdentityWiringTest {

    private static final Path REPOSITORY = ProjectDirectory.find(Path.of("")).path();
    /** An image push besides the script's calls (Amazon ECR User Guide, "Pushing a Docker image"). */
    private static final Set<String> PUSH = Set.of("ecr:GetAuthorizationToken", "ecr:BatchCheckLayerAvailability",
            "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload", "ecr:PutImage");

    private static Plan plan(Path dir, String stack, String... extraLines) throws IOException {
        Files.copy(REPOSITORY.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        var extra = new StringBuilder();
        for (var line : extraLines) {
            extra.append("  ").append(line).append('\n');
        }
        Files.writeString(dir.resolve("Pulumi." + stack + ".yaml"), Files.readString(REPOSITORY.resolve("Pulumi." + stack + ".yaml"))
                .replace("  webstack:profile: " + stack + "\n", "  webstack:profile: " + stack + "\n" + extra));
        return OfflinePlanner.plan(ProjectDirectory.find(dir), stack);
    }

    private static Plan withRelease(Path dir, String stack) throws IOException {
        return plan(dir, stack, "webstack:deploy.githubRepository: acme/webstack", "webstack:deploy.appRepository: acme/shop");
    }

    private static List<Map<?, ?>> statements(String policy) {
        var statements = new ArrayList<Map<?, ?>>();
        ((List<?>) Json.parseObject(policy).get("Statement")).forEach(s -> statements.add((Map<?, ?>) s));
        return statements;
    }

    private static List<String> list(Object value) {
        return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(value));
    }

    private static List<Map<?, ?>> releaseStatements(Plan plan) {
        return statements(plan.named("aws:iam/policy:Policy", "release-policy").inputText("policy"));
    }

    private static boolean matches(String pattern, String arn) {
        return arn.matches(Pattern.quote(pattern).replace("*", "\\E.*\\Q"));
    }

    /** The statement granting {@code action}; fails when none or several do. */
    private static Map<?, ?> granting(Plan plan, String action) {
        var found = releaseStatements(plan).stream().filter(s -> list(s.get("Action")).contains(action)).toList();
        assertEquals(1, found.size(), action + " is granted by " + found.size() + " statements");
        return found.get(0);
    }

    /** The AWS CLI commands scripts/release runs, as IAM actions ("ecs describe-tasks" -> ecs:DescribeTasks; waiters describe). */
    static Set<String> scriptActions() throws IOException {
        var script = Files.readString(REPOSITORY.resolve("scripts/release"));
        var matcher = Pattern.compile("aws (ecr|ecs|rds|ssm) ([a-z-]+)( ([a-z-]+))?").matcher(script);
        var actions = new TreeSet<String>();
        while (matcher.find()) {
            var command = matcher.group(2).equals("wait")
                    ? (matcher.group(4).startsWith("db-instance") ? "describe-db-instances" : "describe-services")
                    // AWS CLI reference, "ecr get-login-password": a token from the GetAuthorizationToken API.
                    : matcher.group(2).equals("get-login-password") ? "get-authorization-token" : matcher.group(2);
            var name = new StringBuilder();
            for (var word : command.split("-")) {
                name.append(word.equals("db") ? "DB" : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
            actions.add(matcher.group(1) + ":" + name);
        }
        return actions;
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void onlyTheAppsEnvironmentThroughWebstacksReleaseWorkflowMayAssumeTheRole(String stack, @TempDir Path dir) throws IOException {
        var plan = withRelease(dir, stack);
        var role = plan.named("aws:iam/role:Role", "release-role");
        assertEquals("webstack-" + stack + "-release", role.inputText("name"));
        var trust = statements(role.inputText("assumeRolePolicy"));
        assertEquals(1, trust.size());
        assertEquals(List.of("sts:AssumeRoleWithWebIdentity"), list(trust.get(0).get("Action")));
        assertEquals(Map.of("Federated", List.of("arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com")),
                trust.get(0).get("Principal"));
        assertEquals(Map.of("StringEquals", Map.of(
                "token.actions.githubusercontent.com:aud", List.of("sts.amazonaws.com"),
                "token.actions.githubusercontent.com:sub", List.of("repo:acme/shop:environment:" + stack),
                "token.actions.githubusercontent.com:job_workflow_ref", List.of("acme/webstack/.github/workflows/release.yml@refs/heads/main"))),
                normalised(trust.get(0).get("Condition")));
    }

    /** Single values may be written as a string: compare as lists. */
    private static Map<String, Map<String, List<String>>> normalised(Object condition) {
        var result = new LinkedHashMap<String, Map<String, List<String>>>();
        ((Map<?, ?>) condition).forEach((operator, keys) -> {
            var byKey = new LinkedHashMap<String, List<String>>();
            ((Map<?, ?>) keys).forEach((key, values) -> byKey.put(String.valueOf(key), list(values)));
            result.put(String.valueOf(operator), byKey);
        });
        return result;
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theRoleGrantsTheScriptsCallsAndAnImagePushAndNothingElse(String stack, @TempDir Path dir) throws IOException {
        var plan = withRelease(dir, stack);
        var granted = new TreeSet<String>();
        releaseStatements(plan).forEach(s -> {
            assertEquals("Allow", s.get("Effect"));
            granted.addAll(list(s.get("Action")));
        });
        var expected = new TreeSet<>(scriptActions());
        expected.addAll(PUSH);
        expected.add("iam:PassRole");
        if (stack.equals("production")) {
            // Production has no off-hours: its database never sleeps, so nothing may start it.
            expected.remove("rds:StartDBInstance");
        }
        assertEquals(expected, granted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyGrantNamesThisStacksOwnResources(String stack, @TempDir Path dir) throws IOException {
        var plan = withRelease(dir, stack);
        var repository = plan.ofType("aws:ecr/repository:Repository").get(0).outputText("arn");
        assertEquals(List.of(repository), list(granting(plan, "ecr:PutImage").get("Resource")));
        var migration = plan.where(r -> r.type().equals("aws:ecs/taskDefinition:TaskDefinition")
                && r.inputText("family").endsWith("-migration")).get(0);
        var runTask = granting(plan, "ecs:RunTask");
        assertTrue(list(runTask.get("Resource")).stream().allMatch(p -> matches(p, migration.outputText("arn"))), runTask.toString());
        var cluster = plan.ofType("aws:ecs/cluster:Cluster").get(0);
        assertEquals(Map.of("ArnEquals", Map.of("ecs:cluster", List.of(cluster.outputText("arn")))), normalised(runTask.get("Condition")));
        var app = plan.where(r -> r.type().equals("aws:ecs/taskDefinition:TaskDefinition") && r.inputText("family").endsWith("-app")).get(0);
        assertFalse(list(runTask.get("Resource")).stream().anyMatch(p -> matches(p, app.outputText("arn"))), "the app's family is not the migration's");
        var passed = new TreeSet<>(list(granting(plan, "iam:PassRole").get("Resource")));
        assertEquals(new TreeSet<>(List.of(migration.inputText("executionRoleArn"), migration.inputText("taskRoleArn"))), passed);
        var service = plan.ofType("aws:ecs/service:Service").get(0);
        assertEquals(List.of("arn:aws:ecs:ap-northeast-1:123456789012:service/" + cluster.inputText("name") + "/" + service.inputText("name")),
                list(granting(plan, "ecs:UpdateService").get("Resource")));
        var database = plan.ofType("aws:rds/instance:Instance").get(0);
        assertEquals(List.of(database.outputText("arn")), list(granting(plan, "rds:DescribeDBInstances").get("Resource")));
        var stars = releaseStatements(plan).stream().filter(s -> list(s.get("Resource")).contains("*"))
                .flatMap(s -> list(s.get("Action")).stream()).collect(Collectors.toCollection(TreeSet::new));
        // The Service Authorization Reference lists no resource type for these three: "*" is their only scope.
        assertEquals(new TreeSet<>(List.of("ecr:GetAuthorizationToken", "ecs:DescribeTaskDefinition", "ecs:DeregisterTaskDefinition")), stars);
    }

    @Test
    void theParameterHoldsEveryOutputTheScriptReadsWithTheStacksValues(@TempDir Path dir) throws IOException {
        var plan = withRelease(dir, "staging");
        var parameter = plan.named("aws:ssm/parameter:Parameter", "release-outputs");
        assertEquals("/webstack-staging/release/outputs", parameter.inputText("name"));
        assertEquals("String", parameter.inputText("type"), "no secret in it: the outputs are names and ids");
        var written = Json.parseObject(parameter.inputText("value"));
        var script = Files.readString(REPOSITORY.resolve("scripts/release"));
        var read = Pattern.compile("\\$\\(output ([a-zA-Z.]+)\\)").matcher(script).results().map(m -> m.group(1)).toList();
        assertTrue(read.size() >= 10, "the script reads its outputs with $(output <key>): " + read);
        for (var key : read) {
            assertEquals(plan.output(key), written.get(key), key);
        }
        assertEquals("/webstack-staging/release/outputs", plan.output("release.outputsParameter"));
        assertEquals(plan.named("aws:iam/role:Role", "release-role").outputText("arn"), plan.output("release.roleArn"));
    }

    @Test
    void theRoleIsCreatedAfterTheProviderItsTrustNames(@TempDir Path dir) throws IOException {
        var plan = withRelease(dir, "production");
        var role = plan.named("aws:iam/role:Role", "release-role");
        var providers = plan.ofType("aws:iam/openIdConnectProvider:OpenIdConnectProvider");
        assertEquals(1, providers.size(), "production creates the account's provider (deploy.createOidcProvider)");
        assertTrue(role.dependsOn(providers.get(0)), "depends on " + role.dependencies());
    }

    @Test
    void withoutAnAppRepositoryThereIsNoReleaseIdentity(@TempDir Path dir) throws IOException {
        var plan = plan(dir, "staging", "webstack:deploy.githubRepository: acme/webstack");
        assertEquals(List.<PlannedResource>of(), plan.where(r -> r.name().startsWith("release")));
        assertEquals(null, plan.outputs().get("release.roleArn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theStackStillBreaksNoGuardrail(String stack, @TempDir Path dir) throws IOException {
        var report = Guardrails.check(withRelease(dir, stack));
        assertEquals(List.of(), report.violations().stream().map(Object::toString).toList());
    }
}
