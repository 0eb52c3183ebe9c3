package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GIVEN the staging stack's real outputs and a fake AWS CLI, WHEN scripts/release runs,
 * THEN the migration gates the service update: no failed, unstarted or unfinished migration
 * ever reaches the image tag or the service.
 */
class ReleaseScriptTest {

    private static Path repository;
    private static String outputs;

    record Run(int exitCode, String err, List<String> calls, Path log) {
        boolean called(String prefix) {
            return calls.stream().anyMatch(c -> c.startsWith(prefix));
        }

        int indexOf(String prefix) {
            for (int i = 0; i < calls.size(); i++) {
                if (calls.get(i).startsWith(prefix)) {
                    return i;
                }
            }
            return -1;
        }
    }

    @BeforeAll
    static void stagingOutputs() {
        repository = ProjectDirectory.find(Path.of("")).path();
        outputs = Json.pretty(StackWiringTest.plan("staging").outputs());
    }

    static Run release(Path dir, String scenario, String tag) throws IOException, InterruptedException {
        return release(dir, scenario, tag, Map.of());
    }

    static Run release(Path dir, String scenario, String tag, Map<String, String> more) throws IOException, InterruptedException {
        var bin = Files.createDirectories(dir.resolve("bin"));
        var aws = bin.resolve("aws");
        Files.copy(repository.resolve("cli/src/test/resources/fake-aws/aws"), aws);
        Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwxr-xr-x"));
        var docker = bin.resolve("docker");
        Files.copy(repository.resolve("cli/src/test/resources/fake-docker/docker"), docker);
        Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));
        var outputsFile = dir.resolve("outputs.json");
        Files.writeString(outputsFile, outputs);
        var log = dir.resolve("aws.log");
        var process = new ProcessBuilder("bash", repository.resolve("scripts/release").toString(), "staging", tag)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        var environment = process.environment();
        environment.remove("GITHUB_STEP_SUMMARY");
        environment.put("PATH", bin + ":" + environment.get("PATH"));
        environment.putAll(Map.of("WEBSTACK_OUTPUTS", outputsFile.toString(), "FAKE_AWS_LOG", log.toString(),
                "FAKE_AWS_SCENARIO", scenario, "POLL_SECONDS", "0", "MIGRATION_TIMEOUT_SECONDS", scenario.equals("never-stops") ? "0" : "60",
                "DEPLOYMENT_TIMEOUT_SECONDS", scenario.equals("deploy-timeout") ? "0" : "60"));
        environment.remove("WAKE_DATABASE");
        environment.putAll(more);
        if (more.containsKey("WEBSTACK_OUTPUTS_PARAMETER")) {
            environment.remove("WEBSTACK_OUTPUTS");
            environment.put("FAKE_AWS_OUTPUTS", outputsFile.toString());
        }
        var started = process.start();
        var err = new String(started.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        var code = started.waitFor();
        var calls = Files.exists(log) ? Files.readAllLines(log) : List.<String>of();
        return new Run(code, err, calls, log);
    }

    @Test
    void aSuccessfulMigrationMovesTheTagThenRollsTheServiceAndWaitsForIt(@TempDir Path dir) throws Exception {
        var run = release(dir, "success", "abc123");
        assertEquals(0, run.exitCode(), run.err());
        var runTask = run.calls().get(run.indexOf("ecs run-task"));
        var plan = StackWiringTest.plan("staging");
        assertTrue(runTask.contains("--cluster " + plan.output("service.clusterName")), runTask);
        assertTrue(runTask.contains("--task-definition arn:aws:ecs:ap-northeast-1:123456789012:task-definition/webstack-staging-migration:2"),
                "runs the revision carrying the new image: " + runTask);
        assertTrue(runTask.contains("subnets=[" + String.join(",", (List<String>) plan.output("service.taskSubnetIds")) + "]"), runTask);
        assertTrue(runTask.contains("securityGroups=[" + plan.output("service.taskSecurityGroupId") + "]"), runTask);
        assertTrue(runTask.contains("assignPublicIp=ENABLED"), "no NAT: the task needs its address to reach ECR: " + runTask);

        var putImage = run.calls().get(run.indexOf("ecr put-image"));
        assertTrue(putImage.contains("--repository-name webstack-staging --image-tag staging-latest"), putImage);
        assertTrue(run.indexOf("ecs describe-tasks") < run.indexOf("ecr put-image"), "the tag moves only after the migration");
        assertTrue(run.indexOf("ecr put-image") < run.indexOf("ecs update-service"));
        assertTrue(run.calls().get(run.indexOf("ecs update-service")).contains("--service webstack-staging-app --force-new-deployment"));
        assertTrue(run.indexOf("ecs update-service") < run.indexOf("ecs describe-services"), "the new deployment is followed");
        assertEquals(2, run.calls().stream().filter(c -> c.startsWith("ecs describe-services")).count(),
                "followed until COMPLETED, on the second look");
        assertFalse(run.called("ecs wait services-stable"), "a rolled-back service is stable too: it proves nothing");
        assertEquals(1, run.calls().stream().filter(c -> c.startsWith("ecr put-image")).count(), "the tag moves once, forward");
        assertTrue(run.err().endsWith("release: released abc123 to staging\n"), run.err());
        assertTrue(run.called("ecs deregister-task-definition --task-definition arn:aws:ecs:ap-northeast-1:123456789012:task-definition/webstack-staging-migration:2"),
                "the release's own revision is cleaned up");
    }

    @Test
    void theMigrationRevisionChangesOnlyTheImageOfTheMigrationContainer(@TempDir Path dir) throws Exception {
        var run = release(dir, "success", "abc123");
        var registered = Json.parseObject(Files.readString(Path.of(run.log() + ".registered.json")));
        var container = (Map<?, ?>) ((List<?>) registered.get("containerDefinitions")).get(0);
        assertEquals("123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/webstack-staging:abc123", container.get("image"));
        assertEquals(List.of("npx", "prisma", "migrate", "deploy"), container.get("command"));
        assertEquals("arn:aws:iam::123456789012:role/webstack-staging-task", registered.get("taskRoleArn"));
        for (var readOnly : List.of("taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities", "registeredAt",
                "registeredBy")) {
            assertFalse(registered.containsKey(readOnly), readOnly + " would make register-task-definition fail");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"migration-fails", "no-start", "never-stops"})
    void aMigrationThatDoesNotSucceedNeverReachesTheTagOrTheService(String scenario, @TempDir Path dir) throws Exception {
        var run = release(dir, scenario, "abc123");
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.called("ecr put-image"), scenario + " moved staging-latest: " + run.calls());
        assertFalse(run.called("ecs update-service"), scenario + " updated the service: " + run.calls());
        assertTrue(run.called("ecs deregister-task-definition"), "the revision is cleaned up after a failure too");
        var expected = switch (scenario) {
            case "migration-fails" -> "the migration exited with 1 (Essential container in task exited); the service still runs the previous image";
            case "no-start" -> "the migration task did not start: RESOURCE:ENI no ENI available";
            default -> "the migration did not finish within 0s (last status RUNNING); it was stopped";
        };
        assertTrue(run.err().contains("release: FAILED: " + expected), run.err());
        assertEquals(scenario.equals("never-stops"), run.called("ecs stop-task"), "a timed-out migration is stopped, nothing else is");
    }

    /**
     * GIVEN the setup step fails, THEN ECS force-stops the migration container waiting for it
     * with exit 143 (aws/amazon-ecs-agent pull request 3218): the release must name db-setup,
     * its log stream and the runbook section, not report a failed migration.
     */
    @Test
    void aFailedSetupStepIsReportedAsSuchNotAsAFailedMigration(@TempDir Path dir) throws Exception {
        var run = release(dir, "setup-fails", "abc123");
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.called("ecr put-image"), run.calls().toString());
        assertFalse(run.called("ecs update-service"), run.calls().toString());
        var plan = StackWiringTest.plan("staging");
        assertTrue(run.err().contains("release: FAILED: the database setup step (db-setup) exited with 1 (Essential container in task exited); "
                + "the migration did not run and the service still runs the previous image. Logs: aws logs tail "
                + plan.output("service.logGroupName") + " --log-stream-names db-setup/db-setup/0123456789abcdef; "
                + "runbook: docs/runbook.md#database-setup-failed"), run.err());
        assertFalse(run.err().contains("the migration exited with"), "the force-stopped migration is not blamed: " + run.err());
        assertTrue(Files.readString(repository.resolve("docs/runbook.md")).contains("\n## database-setup-failed\n"),
                "the anchor the message names exists");
    }

    @Test
    void aMissingImageStopsTheReleaseBeforeAnythingRuns(@TempDir Path dir) throws Exception {
        var run = release(dir, "no-image", "abc123");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("does not exist; push it first"), run.err());
        assertEquals(1, run.calls().size(), "only the lookup: " + run.calls());
    }

    @Test
    void aRolledBackDeploymentFailsTheReleaseAndPutsTheTagBackOnTheRunningImage(@TempDir Path dir) throws Exception {
        var run = release(dir, "rolled-back", "abc123");
        assertEquals(1, run.exitCode(), run.err());
        var moves = run.calls().stream().filter(c -> c.startsWith("ecr put-image")).toList();
        assertEquals(2, moves.size(), "forward, then back: " + moves);
        assertTrue(moves.get(0).endsWith("--image-tag staging-latest --image-manifest {\"schemaVersion\":2,\"config\":\"new\"}"), moves.get(0));
        assertTrue(moves.get(1).endsWith("--image-tag staging-latest --image-manifest {\"schemaVersion\":2,\"config\":\"previous\"}"),
                "restored to what it named before the release: " + moves.get(1));
        assertTrue(run.err().contains("release: FAILED: the deployment of abc123 to webstack-staging-app did not complete (FAILED: "
                + "ECS deployment circuit breaker: tasks failed to start.); ECS's circuit breaker rolled the service back to the previous "
                + "image; staging-latest was restored to the image that runs (sha256:0000)"), run.err());
        assertFalse(run.err().contains("released abc123"), run.err());
    }

    @Test
    void aFirstReleaseThatRollsBackSaysTheTagHasNothingToGoBackTo(@TempDir Path dir) throws Exception {
        var run = release(dir, "first-release", "abc123");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.calls().stream().filter(c -> c.startsWith("ecr put-image")).count(), run.calls().toString());
        assertTrue(run.err().contains("staging-latest had no image before this release and still names abc123"), run.err());
    }

    @Test
    void aDeploymentStillInProgressAtTheDeadlineFailsTheReleaseAndLeavesTheTag(@TempDir Path dir) throws Exception {
        var run = release(dir, "deploy-timeout", "abc123");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("release: FAILED: the deployment ecs-svc/2222 of abc123 is still IN_PROGRESS after 0s; "
                + "staging-latest names abc123"), run.err());
        assertEquals(1, run.calls().stream().filter(c -> c.startsWith("ecr put-image")).count(),
                "not put back: the deployment may still complete with it");
    }

    @Test
    void aSleepingDatabaseStopsTheReleaseWithNothingChanged(@TempDir Path dir) throws Exception {
        var run = release(dir, "asleep", "abc123");
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("release: the database webstack-staging-db is stopped (off-hours, ADR 0009); nothing was changed"),
                run.err());
        assertFalse(run.calls().stream().anyMatch(c -> c.matches("(ecs (register|run|update)|ecr put|rds start).*")), run.calls().toString());
    }

    @Test
    void aSleepingDatabaseIsStartedAndAwaitedWhenAsked(@TempDir Path dir) throws Exception {
        var run = release(dir, "asleep", "abc123", Map.of("WAKE_DATABASE", "true"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.called("rds start-db-instance --db-instance-identifier webstack-staging-db"), run.calls().toString());
        assertTrue(run.indexOf("rds start-db-instance") < run.indexOf("rds wait db-instance-available"));
        assertTrue(run.indexOf("rds wait db-instance-available") < run.indexOf("ecs run-task"), "the migration runs once it is up");
        assertTrue(run.err().contains("released abc123 to staging, but the service runs no task now (off-hours): the image first "
                + "starts at the next scale-out"), "a deployment of zero tasks proves nothing about the image: " + run.err());
    }

    @Test
    void theMovingTagIsTheOneTheStackRunsNotAnAssumedOne(@TempDir Path dir) throws Exception {
        var file = dir.resolve("outputs-with-own-tag.json");
        var own = new LinkedHashMap<>(Json.parseObject(outputs));
        own.put("service.imageTag", "stable");
        Files.writeString(file, Json.pretty(own));
        var run = release(dir, "success", "abc123", Map.of("WEBSTACK_OUTPUTS", file.toString()));
        assertEquals(0, run.exitCode(), run.err());
        var putImage = run.calls().get(run.indexOf("ecr put-image"));
        assertTrue(putImage.contains("--image-tag stable "), putImage);
        assertFalse(run.calls().stream().anyMatch(c -> c.contains("staging-latest")), run.calls().toString());
    }

    @Test
    void theOutputsComeFromTheParameterWhenNamed(@TempDir Path dir) throws Exception {
        var run = release(dir, "success", "abc123", Map.of("WEBSTACK_OUTPUTS_PARAMETER", "/webstack-staging/release/outputs"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("ssm get-parameter --name /webstack-staging/release/outputs --query Parameter.Value --output text", run.calls().get(0));
    }

    @Test
    void aTagAlreadyInPlaceIsNotAnError(@TempDir Path dir) throws Exception {
        var run = release(dir, "latest-current", "abc123");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.called("ecs update-service"));
    }

    @Test
    void theMovingTagItselfAndMalformedTagsAreRefused(@TempDir Path dir) throws Exception {
        var latest = release(dir, "success", "staging-latest");
        assertEquals(1, latest.exitCode());
        assertTrue(latest.err().contains("not staging-latest, which the release moves"), latest.err());
        var malformed = release(Files.createDirectories(dir.resolve("2")), "success", "bad tag;rm");
        assertEquals(1, malformed.exitCode());
        assertTrue(malformed.err().contains("is not an image tag"), malformed.err());
        assertTrue(malformed.calls().isEmpty());
    }
    // Promotion (ADR 0025): SOURCE_IMAGE names the image another stack tested, in a repository of the same registry.
    private static final String REGISTRY = "123456789012.dkr.ecr.ap-northeast-1.amazonaws.com";
    private static final String TESTED = "sha256:" + "a".repeat(64);

    @Test
    void aPromotionCopiesTheTestedImageByDigestBeforeAnythingElseRuns(@TempDir Path dir) throws Exception {
        var source = REGISTRY + "/webstack-qa@" + TESTED;
        var run = release(dir, "promote", "abc123", Map.of("SOURCE_IMAGE", source));

        assertEquals(0, run.exitCode(), run.err());
        var copy = run.indexOf("docker buildx imagetools create");
        assertEquals("docker buildx imagetools create --prefer-index=false --tag " + REGISTRY + "/webstack-staging:abc123 " + source,
                run.calls().get(copy));
        // get-login-password and docker login run as one pipeline: both are logged, in either order.
        assertTrue(run.called("ecr get-login-password"), run.calls().toString());
        assertTrue(run.indexOf("docker login --username AWS --password-stdin " + REGISTRY) < copy, "signed in first");
        assertTrue(copy < run.indexOf("ecs run-task"), "the migration runs the copied image");
        assertTrue(run.err().contains("release: " + REGISTRY + "/webstack-staging:abc123 is " + TESTED + ", the image " + source + " names"),
                run.err());
        assertFalse(run.calls().stream().anyMatch(c -> c.startsWith("ecr put-image --repository-name webstack-qa")),
                "the source's tags are not touched: " + run.calls());
    }

    @Test
    void aPromotionByTagResolvesTheSourcesDigestInItsRepository(@TempDir Path dir) throws Exception {
        var run = release(dir, "promote", "abc123", Map.of("SOURCE_IMAGE", REGISTRY + "/webstack-qa:abc123"));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.called("ecr describe-images --repository-name webstack-qa --image-ids imageTag=abc123 --query"), run.calls().toString());
        assertTrue(run.called("docker buildx imagetools create"), run.calls().toString());
    }

    @Test
    void aCopyWhoseDigestDiffersFromTheSourceStopsTheReleaseBeforeTheMigration(@TempDir Path dir) throws Exception {
        var run = release(dir, "promote-wrong", "abc123", Map.of("SOURCE_IMAGE", REGISTRY + "/webstack-qa@" + TESTED));

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("release: FAILED: " + REGISTRY + "/webstack-staging:abc123 is sha256:" + "b".repeat(64) + ", not "
                + TESTED), run.err());
        assertFalse(run.called("ecs run-task"), run.calls().toString());
        assertFalse(run.called("ecr put-image"), run.calls().toString());
    }

    @Test
    void aTagAlreadyHoldingTheTestedImageIsNotCopiedAgain(@TempDir Path dir) throws Exception {
        var run = release(dir, "promote-present", "abc123", Map.of("SOURCE_IMAGE", REGISTRY + "/webstack-qa@" + TESTED));

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.calls().stream().anyMatch(c -> c.startsWith("docker")), run.calls().toString());
    }

    @Test
    void aSourceInAnotherRegistryIsRefusedWithNothingDone(@TempDir Path dir) throws Exception {
        var run = release(dir, "promote", "abc123", Map.of("SOURCE_IMAGE", "999999999999.dkr.ecr.us-east-1.amazonaws.com/webstack-qa@" + TESTED));

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("is not in this stack's registry " + REGISTRY), run.err());
        assertTrue(run.calls().isEmpty(), run.calls().toString());
    }
}
