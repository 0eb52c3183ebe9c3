package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GIVEN the staging stack's real outputs and a fake AWS CLI, WHEN
 * scripts/rotate-database-credentials runs, THEN a first run writes both logins, a rotation
 * switches the app to the other login only after the setup step applied it, and a failed
 * setup leaves the running app's login untouched (ADR 0018).
 */
class RotateCredentialsScriptTest {

    private static Path repository;
    private static Map<String, Object> outputs;

    record Run(int exitCode, String err, List<String> calls, Path log) {
        int indexOf(String prefix) {
            for (int i = 0; i < calls.size(); i++) {
                if (calls.get(i).startsWith(prefix)) {
                    return i;
                }
            }
            return -1;
        }

        Map<String, Object> written(int n) throws Exception {
            return Json.parseObject(Files.readString(Path.of(log + ".put." + n + ".json")));
        }
    }

    @BeforeAll
    static void stagingOutputs() {
        repository = ProjectDirectory.find(Path.of("")).path();
        outputs = StackWiringTest.plan("staging").outputs();
    }

    static Run rotate(Path dir, String scenario) throws Exception {
        var bin = Files.createDirectories(dir.resolve("bin"));
        var aws = bin.resolve("aws");
        Files.copy(repository.resolve("cli/src/test/resources/fake-aws/rotation/aws"), aws);
        Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwxr-xr-x"));
        var outputsFile = dir.resolve("outputs.json");
        Files.writeString(outputsFile, Json.pretty(outputs));
        var log = dir.resolve("aws.log");
        var process = new ProcessBuilder("bash", repository.resolve("scripts/rotate-database-credentials").toString(), "staging")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        var environment = process.environment();
        environment.put("PATH", bin + ":" + environment.get("PATH"));
        environment.putAll(Map.of("WEBSTACK_OUTPUTS", outputsFile.toString(), "FAKE_AWS_LOG", log.toString(), "FAKE_AWS_SCENARIO", scenario,
                "FAKE_APP_SECRET_ARN", String.valueOf(outputs.get("secrets.databaseAppLoginArn")), "POLL_SECONDS", "0"));
        var started = process.start();
        var err = new String(started.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        var code = started.waitFor();
        return new Run(code, err, Files.exists(log) ? Files.readAllLines(log) : List.of(), log);
    }

    @Test
    void aFirstRunWritesBothLoginsAndStartsNothing(@TempDir Path dir) throws Exception {
        var run = rotate(dir, "first-run");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.calls().get(run.indexOf("secretsmanager put-secret-value")).contains(
                "--secret-id " + outputs.get("secrets.databaseMigratorLoginArn")), "the migrator first");
        var migrator = run.written(1);
        var app = run.written(2);
        assertEquals("webstack_migrator", migrator.get("username"));
        assertEquals("webstack_app_a", app.get("username"));
        assertEquals("postgresql://webstack_app_a:" + app.get("password") + "@" + outputs.get("database.address") + ":5432/"
                + outputs.get("database.name") + "?sslmode=require", app.get("url"));
        assertFalse(run.calls().stream().anyMatch(c -> c.startsWith("ecs ")), "the next release's setup step creates the roles: " + run.calls());
    }

    @ParameterizedTest
    @CsvSource({"rotate, webstack_app_a, webstack_app_b", "rotate-from-b, webstack_app_b, webstack_app_a"})
    void aRotationSwitchesToTheOtherLoginOnlyAfterTheSetupStepAppliedIt(String scenario, String from, String to, @TempDir Path dir)
            throws Exception {
        var run = rotate(dir, scenario);
        assertEquals(0, run.exitCode(), run.err());
        var pending = run.calls().get(run.indexOf("secretsmanager put-secret-value"));
        assertTrue(pending.contains("--secret-id " + outputs.get("secrets.databaseAppLoginArn") + " --version-stages AWSPENDING"), pending);
        assertEquals(to, run.written(1).get("username"));

        var registered = Json.parseObject(Files.readString(Path.of(run.log() + ".registered.json")));
        var containers = (List<?>) registered.get("containerDefinitions");
        assertEquals(1, containers.size(), "the setup step alone, not the migration");
        var setup = (Map<?, ?>) containers.get(0);
        assertEquals("db-setup", setup.get("name"));
        assertEquals(true, setup.get("essential"));
        var app = String.valueOf(outputs.get("secrets.databaseAppLoginArn"));
        assertTrue(((List<?>) setup.get("secrets")).contains(Map.of("name", "APP_VERIFIER", "valueFrom", app + ":verifier:AWSPENDING:")),
                "the setup step applies the pending login: " + setup.get("secrets"));

        var finish = run.indexOf("secretsmanager update-secret-version-stage --secret-id " + app + " --version-stage AWSCURRENT");
        assertTrue(run.indexOf("ecs describe-tasks") < finish, "AWSCURRENT moves only after the setup step exited 0");
        assertTrue(run.calls().get(finish).contains("--move-to-version-id v-new --remove-from-version-id v-old"), run.calls().get(finish));
        assertTrue(finish < run.indexOf("ecs update-service"), "the service rolls onto the new login last");
        assertTrue(run.indexOf("ecs update-service") < run.indexOf("ecs wait services-stable"));
        assertTrue(run.err().contains(from + " stays valid until the next rotation"), run.err());
    }

    @Test
    void aFailedSetupStepDropsThePendingLoginAndLeavesTheAppAlone(@TempDir Path dir) throws Exception {
        var run = rotate(dir, "setup-fails");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("FAILED: the setup step exited with 1; the app keeps webstack_app_a"), run.err());
        assertTrue(run.calls().stream().anyMatch(c -> c.contains("--version-stage AWSPENDING --remove-from-version-id v-new")));
        assertFalse(run.calls().stream().anyMatch(c -> c.startsWith("secretsmanager update-secret-version-stage")
                && c.contains("--version-stage AWSCURRENT")), "the app's current login never moved");
        assertEquals(-1, run.indexOf("ecs update-service"));
        assertTrue(run.indexOf("ecs deregister-task-definition") >= 0, "its one-off revision is cleaned up");
    }

    @Test
    void passwordsNeverReachACommandLineAndEachVerifierMatchesItsPassword(@TempDir Path dir) throws Exception {
        var run = rotate(dir, "rotate");
        for (var n : List.of(1, 2)) {
            var login = run.written(n);
            var password = String.valueOf(login.get("password"));
            assertTrue(run.calls().stream().noneMatch(c -> c.contains(password)), "a password in an AWS CLI argument");
            assertVerifies(String.valueOf(login.get("verifier")), password);
        }
    }

    /** RFC 5802's SaltedPassword, StoredKey and ServerKey, recomputed here independently of the script's Python. */
    private static void assertVerifies(String verifier, String password) throws Exception {
        var matcher = java.util.regex.Pattern.compile("SCRAM-SHA-256\\$4096:([^$]+)\\$([^:]+):(.+)").matcher(verifier);
        assertTrue(matcher.matches(), verifier);
        var salt = Base64.getDecoder().decode(matcher.group(1));
        var salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 4096, 256)).getEncoded();
        var clientKey = hmac(salted, "Client Key");
        assertEquals(matcher.group(2), Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(clientKey)));
        assertEquals(matcher.group(3), Base64.getEncoder().encodeToString(hmac(salted, "Server Key")));
    }

    private static byte[] hmac(byte[] key, String message) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }
}
