package dev.webstack.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.Plan;
import dev.webstack.settings.Environment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GIVEN a service with the master secret and the two login secrets, WHEN planned, THEN the
 * migration task runs the database setup step first, as the master, and only it reads the
 * master; the app and the migration each get the DATABASE_URL of their own role (ADR 0018).
 */
class DatabaseSetupStepTest {

    private static Map<String, Map<?, ?>> byName(Plan plan, String task) {
        return ServiceTest.containers(plan, task).stream().collect(Collectors.toMap(c -> String.valueOf(c.get("name")), c -> c));
    }

    private static Map<String, Object> named(Object list, String valueKey) {
        return ((List<?>) list).stream().map(e -> (Map<?, ?>) e)
                .collect(Collectors.toMap(e -> String.valueOf(e.get("name")), e -> e.get(valueKey)));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theSetupStepRunsFirstAsTheMasterAndTheMigrationOnlyAfterItSucceeded(Environment environment) {
        var plan = ServiceTest.plan(environment, false);
        var containers = byName(plan, "app-migration-task");
        var setup = containers.get("db-setup");
        var migration = containers.get("migration");

        assertEquals(false, setup.get("essential"), "it exits when done; that must not stop the task");
        assertEquals(true, migration.get("essential"));
        assertEquals(List.of(Map.of("containerName", "db-setup", "condition", "SUCCESS")), migration.get("dependsOn"));
        assertEquals("public.ecr.aws/docker/library/postgres:16-alpine", setup.get("image"), "psql of the engine's major (default 16)");
        var master = ServiceTest.MASTER_SECRET;
        assertEquals(Map.of("PGUSER", master + ":username::", "PGPASSWORD", master + ":password::",
                "MIGRATOR_VERIFIER", ServiceTest.MIGRATOR_LOGIN + ":verifier::",
                "APP_USERNAME", ServiceTest.APP_LOGIN + ":username::", "APP_VERIFIER", ServiceTest.APP_LOGIN + ":verifier::"),
                named(setup.get("secrets"), "valueFrom"));
        var environmentVariables = named(setup.get("environment"), "value");
        assertEquals("db.example.internal", environmentVariables.get("PGHOST"));
        assertEquals("5432", environmentVariables.get("PGPORT"));
        assertEquals("app", environmentVariables.get("PGDATABASE"));
        assertEquals("require", environmentVariables.get("PGSSLMODE"), "the instance forces TLS");
        assertEquals(SetupContainer.sql(), environmentVariables.get("SETUP_SQL"));
        assertEquals(true, setup.get("readonlyRootFilesystem"));
        assertEquals("db-setup", ((Map<?, ?>) ((Map<?, ?>) setup.get("logConfiguration")).get("options")).get("awslogs-stream-prefix"));
    }

    @Test
    void theSetupImageFollowsTheEnginesMajorVersion() {
        var plan = ServiceTest.plan(Environment.STAGING, false, "webstack:database.engineVersion: \"17\"");
        assertEquals("public.ecr.aws/docker/library/postgres:17-alpine", byName(plan, "app-migration-task").get("db-setup").get("image"));
    }

    @Test
    void theSetupCommandPassesEveryVariableTheScriptReadsAndNoValueInItsText() {
        var command = String.join(" ", SetupContainer.COMMAND);
        for (var variable : List.of("master_user", "migrator_verifier", "app_user", "app_verifier")) {
            assertTrue(command.contains("-v " + variable + "=\"$"), variable + " is passed from the environment");
        }
        assertTrue(SetupContainer.COMMAND.get(2).contains("| psql -X"), "the script goes to psql on stdin, ~/.psqlrc ignored");
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void noContainerButTheSetupStepReadsTheMasterSecret(Environment environment) {
        var plan = ServiceTest.plan(environment, false);
        for (var task : List.of("app-task", "app-migration-task")) {
            byName(plan, task).forEach((name, container) -> {
                var readsMaster = named(container.get("secrets"), "valueFrom").values().stream()
                        .anyMatch(v -> String.valueOf(v).startsWith(ServiceTest.MASTER_SECRET));
                assertEquals(name.equals("db-setup"), readsMaster, task + "/" + name);
            });
        }
        assertEquals(Optional.empty(), plan.named("aws:ecs/taskDefinition:TaskDefinition", "app-task").input("tags"));
    }

    @Test
    void duringTheTransitionTheAppKeepsTheMastersCredentialsAndItsTaskDefinitionSaysSo() {
        var plan = ServiceTest.plan(Environment.PRODUCTION, false, "webstack:database.appLogin: MASTER");
        var app = byName(plan, "app-task").get("app");
        var secrets = named(app.get("secrets"), "valueFrom");
        assertEquals(ServiceTest.MASTER_SECRET + ":username::", secrets.get("DB_USERNAME"));
        assertEquals(ServiceTest.MASTER_SECRET + ":password::", secrets.get("DB_PASSWORD"));
        assertFalse(secrets.containsKey("DATABASE_URL"), "the app's own role does not exist before the first setup step");
        assertEquals(Map.of("webstack:database-login", "MASTER"), plan.named("aws:ecs/taskDefinition:TaskDefinition", "app-task").input("tags").orElseThrow());
        assertEquals(ServiceTest.MIGRATOR_LOGIN + ":url::",
                named(byName(plan, "app-migration-task").get("migration").get("secrets"), "valueFrom").get("DATABASE_URL"),
                "the migration already runs as the migrator: its setup step creates the roles");
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theMigrationsHomeAndCachesAreOnItsWritableMount(Environment environment) {
        var migration = byName(ServiceTest.plan(environment, false), "app-migration-task").get("migration");
        var variables = named(migration.get("environment"), "value");
        var writable = ((List<?>) migration.get("mountPoints")).stream().map(m -> (Map<?, ?>) m)
                .filter(m -> Boolean.FALSE.equals(m.get("readOnly"))).map(m -> String.valueOf(m.get("containerPath"))).toList();
        for (var variable : List.of("HOME", "XDG_CACHE_HOME", "npm_config_cache")) {
            var path = String.valueOf(variables.get(variable));
            assertTrue(writable.stream().anyMatch(root -> path.equals(root) || path.startsWith(root + "/")),
                    variable + "=" + path + " is not under a writable mount " + writable);
        }
    }
}
