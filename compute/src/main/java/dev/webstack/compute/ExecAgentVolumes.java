package dev.webstack.compute;

import java.util.List;

/**
 * Writable places for the ECS Exec agent in a container whose root file system is read-only.
 * ECS Exec bind-mounts its SSM agent into the container and the agent writes its state, logs and
 * sockets under these three paths; on a read-only root it crashes at start and every
 * {@code aws ecs execute-command} fails. AWS lists the read-only root as unsupported (Amazon ECS
 * Developer Guide, "Monitor Amazon ECS containers with ECS Exec", Considerations) and tracks
 * support in aws/containers-roadmap#1359, where mounting these paths as writable volumes is the
 * reported working setup (also aws-containers/amazon-ecs-exec-checker#71). Each is an empty,
 * task-scoped bind mount (a Fargate volume without a host path: ephemeral storage), so nothing
 * outlives the task and nothing else in the image becomes writable.
 */
enum ExecAgentVolumes {
    MANAGED_AGENTS("exec-managed-agents", "/managed-agents"),
    SSM_STATE("exec-ssm-state", "/var/lib/amazon/ssm"),
    SSM_LOGS("exec-ssm-logs", "/var/log/amazon/ssm");

    private final String volume;
    private final String path;

    ExecAgentVolumes(String volume, String path) {
        this.volume = volume;
        this.path = path;
    }

    String volume() {
        return volume;
    }

    String path() {
        return path;
    }

    static List<ExecAgentVolumes> all() {
        return List.of(values());
    }
}
