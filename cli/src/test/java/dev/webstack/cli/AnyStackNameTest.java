package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlanJson;
import dev.webstack.plan.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/adr/0022-stack-name-is-the-environment.md: GIVEN a project holding a
 * Pulumi.test.yaml that is staging's stack file with only its name and address range changed
 * (its profile stays staging), WHEN it is planned and released, THEN everything that says which
 * environment this is carries {@code test}, never {@code staging}; staging's defaults still apply.
 */
class AnyStackNameTest {

    private static Path repository;
    private static Path project;
    private static Plan plan;

    @BeforeAll
    static void planTheTestStack(@TempDir Path dir) throws IOException {
        repository = ProjectDirectory.find(Path.of("")).path();
        project = dir;
        for (var file : List.of("Pulumi.yaml", "Pulumi.staging.yaml", "Pulumi.production.yaml")) {
            Files.copy(repository.resolve(file), dir.resolve(file));
        }
        var staging = Files.readString(repository.resolve("Pulumi.staging.yaml"));
        var test = staging.replace("webstack:network.cidr: 10.0.0.0/16", "webstack:network.cidr: 10.4.0.0/16");
        assertTrue(test.contains("  webstack:profile: staging\n"), "the copy keeps staging's profile explicitly");
        assertFalse(test.equals(staging), "the address range was changed");
        Files.writeString(dir.resolve("Pulumi.test.yaml"), test);
        plan = OfflinePlanner.plan(ProjectDirectory.find(dir), "test");
    }

    @Test
    void theAppIsToldItRunsInTest() {
        var definitions = plan.ofType("aws:ecs/taskDefinition:TaskDefinition");
        assertEquals(2, definitions.size(), "the app's and the migration's");
        for (var definition : definitions) {
            var containers = (List<?>) Json.parse(definition.inputText("containerDefinitions"));
            var appEnv = containers.stream().map(c -> (Map<?, ?>) c)
                    .flatMap(c -> ((List<?>) c.get("environment")).stream().map(v -> (Map<?, ?>) v))
                    .filter(v -> "APP_ENV".equals(v.get("name"))).map(v -> v.get("value")).toList();
            assertFalse(appEnv.isEmpty(), definition.name() + " sets APP_ENV");
            assertTrue(appEnv.stream().allMatch("test"::equals), definition.name() + ": " + appEnv);
        }
    }

    @Test
    void namesTagsAndTheImageTagAreTheStacksOwn() {
        assertEquals("webstack-test", plan.output("service.clusterName"));
        assertEquals("webstack-test-db", plan.output("database.instanceIdentifier"));
        assertEquals("test-latest", plan.output("service.imageTag"));
        assertEquals("test", plan.output("stack.environment"));
        var tags = plan.ofType("pulumi:providers:aws").get(0).inputText("defaultTags");
        assertTrue(tags.contains("\"environment\":\"test\"") && tags.contains("\"pulumi-stack\":\"test\""), tags);
        var json = PlanJson.write(plan);
        assertFalse(json.contains("webstack-staging"), "no physical name of staging's");
        assertFalse(json.contains("staging-latest"), "no image of staging's");
        assertFalse(json.contains("\"environment\":\"staging\""), "no staging tag");
    }

    @Test
    void stagingsDefaultsAndRulesStillApply() {
        assertEquals("staging", plan.environment(), "the profile decides guardrail strictness");
        assertTrue(plan.warnings().stream().anyMatch(w -> w.startsWith("test cost trade-off: ")), plan.warnings().toString());
        assertTrue(plan.warnings().stream().noneMatch(w -> w.startsWith("staging")), plan.warnings().toString());
    }

    @Test
    void theReleaseMovesTheTestStacksTag(@TempDir Path dir) throws Exception {
        var bin = Files.createDirectories(dir.resolve("bin"));
        var aws = bin.resolve("aws");
        Files.copy(repository.resolve("cli/src/test/resources/fake-aws/aws"), aws);
        Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwxr-xr-x"));
        var outputs = dir.resolve("outputs.json");
        Files.writeString(outputs, Json.pretty(plan.outputs()));
        var log = dir.resolve("aws.log");
        var process = new ProcessBuilder("bash", repository.resolve("scripts/release").toString(), "test", "abc123")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        var environment = process.environment();
        environment.remove("GITHUB_STEP_SUMMARY");
        environment.remove("WAKE_DATABASE");
        environment.put("PATH", bin + ":" + environment.get("PATH"));
        environment.putAll(Map.of("WEBSTACK_OUTPUTS", outputs.toString(), "FAKE_AWS_LOG", log.toString(), "FAKE_AWS_SCENARIO", "success",
                "POLL_SECONDS", "0", "MIGRATION_TIMEOUT_SECONDS", "60", "DEPLOYMENT_TIMEOUT_SECONDS", "60"));
        var started = process.start();
        var err = new String(started.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, started.waitFor(), err);

        var moves = Files.readAllLines(log).stream().filter(c -> c.startsWith("ecr put-image")).toList();
        assertEquals(1, moves.size(), moves.toString());
        assertTrue(moves.get(0).contains("--repository-name webstack-test --image-tag test-latest "), moves.get(0));
        assertTrue(err.endsWith("release: released abc123 to test\n"), err);
    }

    @Test
    void theReadmeCostTableCoversTheNewStackAndTheTestNamesTheCommand() {
        // GIVEN the extra stack file WHEN the README's cost table is generated THEN it has a row for it: the
        // GeneratedDocsTest comparing it fails with "run ./webstack cost --write README.md", nothing else.
        var table = CostSummary.markdown(ProjectDirectory.find(project));
        assertEquals(List.of("production", "staging", "test", "together"),
                table.lines().skip(2).map(l -> l.split(" \\| ")[0].substring(2)).toList(), "a row per stack, then their sum");
    }

    @Test
    void theWorkflowsFindTheNewStackAndItsBranchInTheStackFiles() {
        // GIVEN the copy keeps staging's deploy.githubBranch (develop) WHEN the deploy workflow asks which stacks a
        // push to develop deploys THEN both, each in the GitHub environment of its own name; main deploys production only
        var out = new java.io.ByteArrayOutputStream();
        var cli = new WebstackCli(project, new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, cli.run("stacks", "--branch", "develop"));
        assertEquals(List.of(Map.of("stack", "staging", "profile", "staging", "branch", "develop", "environment", "staging"),
                Map.of("stack", "test", "profile", "staging", "branch", "develop", "environment", "test")),
                Json.parse(out.toString(StandardCharsets.UTF_8)));
        out.reset();
        assertEquals(0, cli.run("stacks", "--branch", "main"));
        assertEquals(List.of("production"), ((List<?>) Json.parse(out.toString(StandardCharsets.UTF_8))).stream()
                .map(s -> ((Map<?, ?>) s).get("stack")).toList());
    }
}
