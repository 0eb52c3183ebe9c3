package dev.webstack.compute;

import dev.webstack.plan.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One container of a task definition, resolved, as ECS's JSON expects it. The app and the
 * migration share one {@link Runtime}, so they cannot differ in image, environment or secrets by
 * accident; only what runs differs.
 *
 * @param name    the container's name ("app", "migration"), also its awslogs stream prefix
 * @param command the command, or empty for the image's own
 * @param port    the port it listens on, for the app
 * @param runtime what every container of the service shares
 */
record ContainerDefinition(String name, List<String> command, Optional<Integer> port, Runtime runtime) {

    /**
     * What the app and the migration share.
     *
     * @param image              repository URL and tag
     * @param environment        plain values only
     * @param secrets            environment variable name to the secret or parameter it is read from
     * @param logGroup           the awslogs group
     * @param region             the awslogs region
     * @param stopTimeoutSeconds time between SIGTERM and SIGKILL
     * @param exec               ECS Exec is on: the agent's paths are writable volumes ({@link ExecAgentVolumes})
     */
    record Runtime(String image, Map<String, String> environment, Map<String, String> secrets, String logGroup,
                   String region, int stopTimeoutSeconds, boolean exec) {

        Runtime {
            var overlap = environment.keySet().stream().filter(secrets::containsKey).toList();
            if (!overlap.isEmpty()) {
                throw new IllegalArgumentException(overlap + " would be both a plain variable and a secret");
            }
        }

        /** The same runtime plus one container's own secrets (its database login, ADR 0018). */
        Runtime withSecrets(Map<String, String> own) {
            var all = new HashMap<>(secrets);
            own.forEach((name, valueFrom) -> {
                if (all.putIfAbsent(name, valueFrom) != null) {
                    throw new IllegalArgumentException(name + " is injected twice");
                }
            });
            return new Runtime(image, environment, Map.copyOf(all), logGroup, region, stopTimeoutSeconds, exec);
        }
    }

    /** The writable scratch volume; everything else in the container is read-only. */
    static final String SCRATCH_VOLUME = "scratch";
    static final String SCRATCH_PATH = "/tmp";


    Map<String, Object> toMap() {
        var container = new LinkedHashMap<String, Object>();
        container.put("name", name);
        container.put("image", runtime.image());
        container.put("essential", true);
        if (!command.isEmpty()) {
            container.put("command", command);
        }
        port.ifPresent(p -> container.put("portMappings", List.of(Json.object(
                "name", "http", "containerPort", p, "hostPort", p, "protocol", "tcp", "appProtocol", "http"))));
        container.put("environment", new TreeMap<>(runtime.environment()).entrySet().stream()
                .map(e -> Json.object("name", e.getKey(), "value", e.getValue())).toList());
        container.put("secrets", new TreeMap<>(runtime.secrets()).entrySet().stream()
                .map(e -> Json.object("name", e.getKey(), "valueFrom", e.getValue())).toList());
        container.put("readonlyRootFilesystem", true);
        var mounts = new ArrayList<Object>();
        mounts.add(Json.object("sourceVolume", SCRATCH_VOLUME, "containerPath", SCRATCH_PATH, "readOnly", false));
        if (runtime.exec()) {
            ExecAgentVolumes.all().forEach(v -> mounts.add(Json.object("sourceVolume", v.volume(), "containerPath", v.path(), "readOnly", false)));
        }
        container.put("mountPoints", List.copyOf(mounts));
        container.put("stopTimeout", runtime.stopTimeoutSeconds());
        // An init process reaps zombies and forwards signals; ECS Exec sessions need it too.
        container.put("linuxParameters", Json.object("initProcessEnabled", true));
        container.put("logConfiguration", Json.object("logDriver", "awslogs", "options", Json.object(
                "awslogs-group", runtime.logGroup(), "awslogs-region", runtime.region(), "awslogs-stream-prefix", name)));
        return container;
    }
}
