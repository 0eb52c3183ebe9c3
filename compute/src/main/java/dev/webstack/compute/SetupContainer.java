package dev.webstack.compute;

import dev.webstack.plan.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The migration task's database setup step (ADR 0018): a non-essential init container that
 * runs {@code database-setup.sql} with psql as the RDS master, and exits. The migration
 * container starts only after it exited 0 ({@code dependsOn} condition {@code SUCCESS}: "the
 * dependent container will only start if the dependency ... exits with a zero status",
 * Amazon ECS Developer Guide, "Container dependency").
 *
 * <p>The image is the Docker official {@code postgres} image mirrored on Amazon ECR Public
 * ({@code public.ecr.aws/docker/library/postgres}): Fargate pulls it over the task's public
 * IP with no Docker Hub pull-rate limit and no credentials. It is pinned to the engine's major
 * version ({@code <major>-alpine}), so psql speaks the server's protocol and catalog, and
 * moves only with minor releases, as the engine itself does (automatic minor upgrades).
 *
 * @param engineMajor the RDS engine's major version
 * @param secrets     variable name to {@code valueFrom}: the master's user and password, the
 *                    verifiers and the app login's user name
 * @param environment PGHOST, PGPORT, PGDATABASE and the like
 */
record SetupContainer(String engineMajor, Map<String, String> environment, Map<String, String> secrets, String logGroup,
                      String region) {

    static final String NAME = "db-setup";
    static final String IMAGE_REPOSITORY = "public.ecr.aws/docker/library/postgres";
    static final String SQL_RESOURCE = "database-setup.sql";
    /** Where the container reads the script from: an environment variable, since the stock image cannot hold it. */
    static final String SQL_VARIABLE = "SETUP_SQL";

    /**
     * The image has a shell; the psql variables are the secrets injected as environment, passed
     * as arguments so that no value is ever part of the script's text.
     */
    static final List<String> COMMAND = List.of("sh", "-c", "printf '%s\\n' \"$" + SQL_VARIABLE + "\" | psql -X "
            + "-v master_user=\"$PGUSER\" -v migrator_verifier=\"$MIGRATOR_VERIFIER\" "
            + "-v app_user=\"$APP_USERNAME\" -v app_verifier=\"$APP_VERIFIER\" -f -");

    String image() {
        return IMAGE_REPOSITORY + ":" + engineMajor + "-alpine";
    }

    static String sql() {
        try (var in = SetupContainer.class.getResourceAsStream(SQL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SQL_RESOURCE + " is missing from the compute module's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> toMap() {
        var variables = new TreeMap<>(environment);
        variables.put(SQL_VARIABLE, sql());
        var container = new LinkedHashMap<String, Object>();
        container.put("name", NAME);
        container.put("image", image());
        // Non-essential: it exits when done, which must not stop the task (the migration still has to run).
        container.put("essential", false);
        container.put("command", COMMAND);
        container.put("environment", variables.entrySet().stream()
                .map(e -> Json.object("name", e.getKey(), "value", e.getValue())).toList());
        container.put("secrets", new TreeMap<>(secrets).entrySet().stream()
                .map(e -> Json.object("name", e.getKey(), "valueFrom", e.getValue())).toList());
        container.put("readonlyRootFilesystem", true);
        container.put("mountPoints", List.of(Json.object("sourceVolume", ContainerDefinition.SCRATCH_VOLUME,
                "containerPath", ContainerDefinition.SCRATCH_PATH, "readOnly", false)));
        container.put("logConfiguration", Json.object("logDriver", "awslogs", "options", Json.object(
                "awslogs-group", logGroup, "awslogs-region", region, "awslogs-stream-prefix", NAME)));
        return container;
    }

    /** What the migration container declares so that it starts only after a successful setup. */
    static List<Map<String, Object>> dependency() {
        return List.of(Json.object("containerName", NAME, "condition", "SUCCESS"));
    }
}
