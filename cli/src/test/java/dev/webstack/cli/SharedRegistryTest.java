package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.Plan;
import dev.webstack.plan.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GIVEN production holding a repository for staging ({@code registry.sharedWith}) and staging adopting
 * production's registry ({@code registry.fromStack}), both with a release identity, WHEN planned offline,
 * THEN staging creates no repository, runs and releases to its own repository from production's map, and
 * neither release role can write to the other stack's repository (ADR 0025).
 */
class SharedRegistryTest {

    private static final Path REPOSITORY = ProjectDirectory.find(Path.of("")).path();
    private static final String RELEASE = "webstack:deploy.githubRepository: acme/webstack\n  webstack:deploy.appRepository: acme/shop";

    /** The repository's two stack files, each with a release identity and the lines given added after its profile. */
    private static ProjectDirectory project(Path dir, String productionLines, String stagingLines) throws IOException {
        Files.copy(REPOSITORY.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        for (var stack : List.of("production", "staging")) {
            var lines = RELEASE + (stack.equals("production") ? productionLines : stagingLines);
            Files.writeString(dir.resolve("Pulumi." + stack + ".yaml"), Files.readString(REPOSITORY.resolve("Pulumi." + stack + ".yaml"))
                    .lines().filter(line -> !stack.equals("staging") || !line.matches("  webstack:registry\\..*"))
                    .map(line -> line.equals("  webstack:profile: " + stack) ? line + "\n  " + lines : line)
                    .reduce("", (a, b) -> a + b + "\n"));
        }
        return ProjectDirectory.find(dir);
    }

    private static ProjectDirectory shared(Path dir) throws IOException {
        return project(dir, "\n  webstack:registry.sharedWith: [staging]", "\n  webstack:registry.fromStack: acme/webstack/production");
    }

    private static List<Map<?, ?>> releaseStatements(Plan plan) {
        var statements = new ArrayList<Map<?, ?>>();
        ((List<?>) Json.parseObject(plan.named("aws:iam/policy:Policy", "release-policy").inputText("policy")).get("Statement"))
                .forEach(s -> statements.add((Map<?, ?>) s));
        return statements;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of(value);
    }

    /** The resources of the statements that allow an ECR action. */
    private static List<Object> ecrResources(List<Map<?, ?>> statements, boolean wildcardOnly) {
        return statements.stream().filter(s -> list(s.get("Action")).stream().anyMatch(a -> ((String) a).startsWith("ecr:")))
                .filter(s -> wildcardOnly == list(s.get("Resource")).equals(List.of("*")))
                .flatMap(s -> list(s.get("Resource")).stream()).distinct().map(r -> (Object) r).toList();
    }

    @Test
    void theAdopterCreatesNoRepositoryAndRunsItsOwnFromTheOwnersMap(@TempDir Path dir) throws IOException {
        var project = shared(dir);
        var production = OfflinePlanner.plan(project, "production");
        var staging = OfflinePlanner.plan(project, "staging");

        assertEquals(List.of(), staging.ofType("aws:ecr/repository:Repository"));
        assertEquals(List.of(), staging.ofType("aws:ecr/lifecyclePolicy:LifecyclePolicy"));
        var held = production.named("aws:ecr/repository:Repository", "app-repository-staging");
        assertEquals("webstack-production/staging", held.inputText("name"));
        for (var family : List.of("app-task", "app-migration-task")) {
            var containers = (List<?>) Json.parse(staging.named("aws:ecs/taskDefinition:TaskDefinition", family).inputText("containerDefinitions"));
            assertTrue(containers.stream().map(c -> (String) ((Map<?, ?>) c).get("image")).filter(image -> image.contains(".dkr.ecr."))
                    .allMatch(image -> image.equals(held.outputText("repositoryUrl") + ":staging-latest")), family + ": " + containers);
        }
        assertEquals(held.outputText("repositoryUrl"), staging.output("registry.repositoryUrl"));
        assertEquals(Map.of("staging", Map.of("url", held.outputText("repositoryUrl"), "arn", held.outputText("arn"))),
                staging.output("registry.repositories"), "the adopter re-exports its own entry only");
    }

    @Test
    void theAdoptersReleaseRoleWritesOnlyToItsOwnRepository(@TempDir Path dir) throws IOException {
        var project = shared(dir);
        var production = OfflinePlanner.plan(project, "production");
        var staging = OfflinePlanner.plan(project, "staging");

        var statements = releaseStatements(staging);
        var held = production.named("aws:ecr/repository:Repository", "app-repository-staging").outputText("arn");
        assertEquals(List.of(held), ecrResources(statements, false), "no ECR action on production's own repository: " + statements);
        assertEquals(List.of("*"), ecrResources(statements, true));
        var wildcard = statements.stream().filter(s -> list(s.get("Resource")).equals(List.of("*")))
                .flatMap(s -> list(s.get("Action")).stream()).filter(a -> ((String) a).startsWith("ecr:")).toList();
        assertEquals(List.of("ecr:GetAuthorizationToken"), wildcard, "only the action with no resource type is on \"*\"");
    }

    @Test
    void theOwnersReleaseRolePullsFromTheRepositoryItHoldsForTheAdopterAndPushesOnlyToItsOwn(@TempDir Path dir) throws IOException {
        var production = OfflinePlanner.plan(shared(dir), "production");

        var own = production.named("aws:ecr/repository:Repository", "app-repository").outputText("arn");
        var held = production.named("aws:ecr/repository:Repository", "app-repository-staging").outputText("arn");
        var statements = releaseStatements(production);
        var pushes = statements.stream().filter(s -> list(s.get("Action")).contains("ecr:PutImage")).toList();
        assertEquals(1, pushes.size());
        assertEquals(List.of(own), list(pushes.get(0).get("Resource")));
        var pulls = statements.stream().filter(s -> list(s.get("Resource")).contains(held)).toList();
        assertEquals(1, pulls.size(), statements.toString());
        assertEquals(List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability", "ecr:DescribeImages"),
                list(pulls.get(0).get("Action")));
    }

    @Test
    void anOwnerThatDoesNotListTheAdopterFailsTheAdopterNamingBothKeys(@TempDir Path dir) throws IOException {
        var project = project(dir, "", "\n  webstack:registry.fromStack: acme/webstack/production");

        var error = assertThrows(RuntimeException.class, () -> OfflinePlanner.plan(project, "staging"));
        var messages = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains("webstack:registry.fromStack: is acme/webstack/production, whose "
                + "webstack:registry.sharedWith does not list staging (output registry.repositories has [production]); add staging to "
                + "webstack:registry.sharedWith in production's stack file and run pulumi up on production first"), messages.toString());
    }
    @Test
    void anOwnerWhoseFileIsElsewhereResolvesToPlaceholdersThatListTheAdopter(@TempDir Path dir) throws IOException {
        var staging = OfflinePlanner.plan(project(dir, "", "\n  webstack:registry.fromStack: acme/webstack/shared"), "staging");

        assertEquals("000000000000.dkr.ecr.ap-northeast-1.amazonaws.com/placeholder-of-shared/staging", staging.output("registry.repositoryUrl"));
        assertEquals(List.of("arn:aws:ecr:ap-northeast-1:000000000000:repository/placeholder-of-shared/staging"),
                ecrResources(releaseStatements(staging), false));
    }
    /** The statements of the deploy role's manage policies with the given Sid. */
    private static List<Map<?, ?>> deployGrant(Plan plan, String sid) {
        return plan.ofType("aws:iam/policy:Policy").stream().filter(p -> p.name().startsWith("deploy-manage-"))
                .flatMap(p -> ((List<?>) Json.parseObject(p.inputText("policy")).get("Statement")).stream())
                .<Map<?, ?>>map(statement -> (Map<?, ?>) statement).filter(statement -> sid.equals(statement.get("Sid"))).toList();
    }

    @Test
    void theOwnersDeployRoleManagesTheRepositoriesItHoldsAndTheAdoptersManagesNone(@TempDir Path dir) throws IOException {
        var project = shared(dir);
        var production = OfflinePlanner.plan(project, "production");

        var registry = deployGrant(production, "Registry");
        assertEquals(1, registry.size());
        assertEquals(List.of("arn:aws:ecr:ap-northeast-1:123456789012:repository/webstack-production",
                "arn:aws:ecr:ap-northeast-1:123456789012:repository/webstack-production/*"), list(registry.get(0).get("Resource")));
        assertTrue(list(registry.get(0).get("Action")).contains("ecr:CreateRepository"));
        assertEquals(List.of(), deployGrant(OfflinePlanner.plan(project, "staging"), "Registry"), "the adopter creates no repository");
    }
}
