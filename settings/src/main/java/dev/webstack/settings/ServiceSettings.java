package dev.webstack.settings;

import java.util.List;

/**
 * The application's Fargate service: task size, how many tasks run, and what the container
 * exposes.
 *
 * @param cpu             task CPU units (256 = 0.25 vCPU)
 * @param memory          task memory in MiB, a value Fargate accepts for {@code cpu}
 * @param desiredCount    tasks started by a deployment
 * @param minCount        the fewest tasks autoscaling may leave running
 * @param maxCount        the most tasks autoscaling may start
 * @param containerPort   the port the application listens on
 * @param healthCheckPath the path the load balancer probes
 * @param architecture    the CPU architecture the image is built for
 * @param logRetentionDays days the container logs are kept
 * @param imageTag        the tag the task definitions run, e.g. staging-latest
 * @param migrationCommand the migration task's command (requirements R9.2: prisma migrate deploy)
 * @param containerInsights CloudWatch Container Insights on the cluster
 * @param spot            run the service on Fargate Spot
 * @param exec            ECS Exec (a shell into running tasks through SSM)
 * @param healthCheckGraceSeconds seconds a new task's failed health checks are ignored
 * @param stopTimeoutSeconds seconds a task gets between SIGTERM and SIGKILL
 * @param cpuTarget       average CPU the scaler aims for, in percent
 */
public record ServiceSettings(int cpu, int memory, int desiredCount, int minCount, int maxCount, int containerPort,
                              String healthCheckPath, CpuArchitecture architecture, int logRetentionDays, String imageTag,
                              List<String> migrationCommand, boolean containerInsights, boolean spot, boolean exec,
                              int healthCheckGraceSeconds, int stopTimeoutSeconds, int cpuTarget) {

    /** The CPU architecture of the task; the image must be built for it. */
    public enum CpuArchitecture {
        X86_64, ARM64
    }

    /** An upper bound that catches a typo (200 instead of 20) before it becomes a bill. */
    public static final int MAX_TASKS = 50;

    public static final Setting<Integer> CPU = Setting.webstack("service.cpu", ValueType.WHOLE_NUMBER)
            .describedAs("Task CPU units (1024 = 1 vCPU). Requirements R3.1: 0.25 vCPU in staging, 1 vCPU in production.")
            .defaultsTo(256, 1024)
            .check(Check.oneOf(FargateSizes.CPU_UNITS))
            .build();

    public static final Setting<Integer> MEMORY = Setting.webstack("service.memory", ValueType.WHOLE_NUMBER)
            .describedAs("Task memory in MiB; must be a size Fargate offers for `service.cpu`.")
            .defaultsTo(1024, 2048)
            .build();

    public static final Setting<Integer> DESIRED_COUNT = Setting.webstack("service.desiredCount", ValueType.WHOLE_NUMBER)
            .describedAs("Tasks a deployment starts; between `service.minCount` and `service.maxCount`.")
            .defaultsTo(1, 2)
            .check(Check.between(1, MAX_TASKS))
            .build();

    public static final Setting<Integer> MIN_COUNT = Setting.webstack("service.minCount", ValueType.WHOLE_NUMBER)
            .describedAs("Fewest tasks autoscaling leaves running (requirements R3.1: 2 in production, for two AZs).")
            .defaultsTo(1, 2)
            .check(Check.between(1, MAX_TASKS))
            .build();

    public static final Setting<Integer> MAX_COUNT = Setting.webstack("service.maxCount", ValueType.WHOLE_NUMBER)
            .describedAs("Most tasks autoscaling may start (requirements R3.1: 2 in staging, 4 in production).")
            .defaultsTo(2, 4)
            .check(Check.between(1, MAX_TASKS))
            .build();

    public static final Setting<Integer> CONTAINER_PORT = Setting.webstack("service.containerPort", ValueType.WHOLE_NUMBER)
            .describedAs("Port the application listens on inside the container.")
            .defaultsTo(3000)
            .check(Check.between(1, 65535))
            .build();

    public static final Setting<String> HEALTH_CHECK_PATH = Setting.webstack("service.healthCheckPath", ValueType.TEXT)
            .describedAs("Path the load balancer probes; it must answer 200 without authentication (requirements R10.1).")
            .defaultsTo("/api/health")
            .check(Check.matches("/[A-Za-z0-9._~!$&'()*+,;=:@%/-]{0,1023}",
                    "is not a URL path", "start it with / and leave out spaces and query strings, e.g. /api/health"))
            .build();

    public static final Setting<CpuArchitecture> ARCHITECTURE = Setting.webstack("service.cpuArchitecture", ValueType.oneOf(CpuArchitecture.class))
            .describedAs("CPU architecture the image is built for: `ARM64` (Graviton, 20% cheaper per vCPU- and GB-hour; "
                    + "build with `--platform linux/arm64`) or `X86_64`. Both stacks run one image, so keep them equal (ADR 0010).")
            .defaultsTo(CpuArchitecture.ARM64)
            .build();

    public static final Setting<Integer> LOG_RETENTION_DAYS = Setting.webstack("service.logRetentionDays", ValueType.WHOLE_NUMBER)
            .describedAs("Days CloudWatch keeps container logs (requirements R3.4: 7 in staging, 90 in production).")
            .defaultsTo(7, 90)
            .check(Check.logRetentionDays())
            .build();

    public static final Setting<String> IMAGE_TAG = Setting.webstack("service.imageTag", ValueType.TEXT)
            .describedAs("Image tag both task definitions run. The release moves it to a new build after the migration "
                    + "succeeds (requirements R9.3: every build is tagged `{sha}`, and `{env}-latest` moves).")
            .derivedDefault("`<stack>-latest`: the stack's own name, whatever its profile")
            .check(Check.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}", "is not an image tag",
                    "use up to 128 letters, digits, '_', '.' and '-', e.g. staging-latest"))
            .build();

    public static final Setting<List<String>> MIGRATION_COMMAND = Setting.webstack("service.migrationCommand", ValueType.TEXT_LIST)
            .describedAs("Command of the `migration` task, one list item per argument (no shell). Run once before each "
                    + "service update, never at container start (requirements R9.2).")
            .defaultsTo(List.of("npx", "prisma", "migrate", "deploy"))
            .check(Check.of(command -> !command.isEmpty() && command.stream().noneMatch(String::isBlank),
                    "is empty or has a blank argument", "list the program and its arguments, e.g. [npx, prisma, migrate, deploy]"))
            .build();

    public static final Setting<Boolean> CONTAINER_INSIGHTS = Setting.webstack("service.containerInsights", ValueType.TRUE_OR_FALSE)
            .describedAs("CloudWatch Container Insights on the cluster (requirements R3.1: production). Per-task metrics, billed as custom metrics.")
            .defaultsTo(false, true)
            .build();

    public static final Setting<Boolean> SPOT = Setting.webstack("service.spot", ValueType.TRUE_OR_FALSE)
            .describedAs("Run the service on Fargate Spot (about 70% cheaper; AWS may stop a task with two minutes' notice). "
                    + "Spot runs only `X86_64` tasks.")
            .defaultsTo(false)
            .build();

    public static final Setting<Boolean> EXEC = Setting.webstack("service.exec", ValueType.TRUE_OR_FALSE)
            .describedAs("ECS Exec: `aws ecs execute-command` into running tasks, through SSM; gives the task role the "
                    + "ssmmessages channel permissions.")
            .defaultsTo(true, false)
            .build();

    public static final Setting<Integer> HEALTH_CHECK_GRACE_SECONDS = Setting.webstack("service.healthCheckGraceSeconds", ValueType.WHOLE_NUMBER)
            .describedAs("Seconds a starting task's failed load-balancer health checks are ignored.")
            .defaultsTo(60)
            .check(Check.between(0, 3600))
            .build();

    public static final Setting<Integer> STOP_TIMEOUT_SECONDS = Setting.webstack("service.stopTimeoutSeconds", ValueType.WHOLE_NUMBER)
            .describedAs("Seconds a task gets between SIGTERM and SIGKILL to finish its work (Fargate allows 2 to 120).")
            .defaultsTo(30)
            .check(Check.between(2, 120))
            .build();

    public static final Setting<Integer> CPU_TARGET = Setting.webstack("service.cpuTarget", ValueType.WHOLE_NUMBER)
            .describedAs("Average CPU in percent target tracking keeps the service at, between service.minCount and "
                    + "service.maxCount tasks (requirements R3.1: 70).")
            .defaultsTo(70)
            .check(Check.between(10, 95))
            .build();

    static List<Setting<?>> settings() {
        return List.of(CPU, MEMORY, DESIRED_COUNT, MIN_COUNT, MAX_COUNT, CONTAINER_PORT, HEALTH_CHECK_PATH,
                ARCHITECTURE, LOG_RETENTION_DAYS, IMAGE_TAG, MIGRATION_COMMAND, CONTAINER_INSIGHTS, SPOT, EXEC,
                HEALTH_CHECK_GRACE_SECONDS, STOP_TIMEOUT_SECONDS, CPU_TARGET);
    }

    static ServiceSettings read(SettingsReader reader) {
        var settings = new ServiceSettings(reader.get(CPU), reader.get(MEMORY), reader.get(DESIRED_COUNT),
                reader.get(MIN_COUNT), reader.get(MAX_COUNT), reader.get(CONTAINER_PORT), reader.get(HEALTH_CHECK_PATH),
                reader.get(ARCHITECTURE), reader.get(LOG_RETENTION_DAYS),
                imageTag(reader), reader.get(MIGRATION_COMMAND),
                reader.get(CONTAINER_INSIGHTS), reader.get(SPOT), reader.get(EXEC), reader.get(HEALTH_CHECK_GRACE_SECONDS),
                reader.get(STOP_TIMEOUT_SECONDS), reader.get(CPU_TARGET));
        if (reader.usable(CPU, MEMORY) && !FargateSizes.accepts(settings.cpu, settings.memory)) {
            reader.complain(MEMORY, settings.memory, "is not a valid Fargate memory for cpu " + settings.cpu,
                    FargateSizes.describeMemoryFor(settings.cpu));
        }
        if (reader.usable(MIN_COUNT, MAX_COUNT) && settings.minCount > settings.maxCount) {
            reader.complain(MIN_COUNT, settings.minCount, "is above service.maxCount (" + settings.maxCount + ")",
                    "make service.minCount at most service.maxCount");
        } else if (reader.usable(MIN_COUNT, MAX_COUNT, DESIRED_COUNT)
                && (settings.desiredCount < settings.minCount || settings.desiredCount > settings.maxCount)) {
            reader.complain(DESIRED_COUNT, settings.desiredCount,
                    "is outside service.minCount..service.maxCount (" + settings.minCount + ".." + settings.maxCount + ")",
                    "use a number from " + settings.minCount + " to " + settings.maxCount);
        }
        if (reader.usable(SPOT, ARCHITECTURE) && settings.spot && settings.architecture == CpuArchitecture.ARM64) {
            // AWS offers Fargate Spot capacity for X86_64 Linux tasks only (ECS guide, Fargate capacity providers).
            reader.complain(SPOT, true, "asks for Fargate Spot, which runs only X86_64 tasks (service.cpuArchitecture is ARM64)",
                    "set webstack:service.spot to false, or webstack:service.cpuArchitecture to X86_64");
        }
        return settings;
    }

    /** The tag the task definitions run: webstack:service.imageTag, or {@code <stack>-latest} (ADR 0022). */
    static String imageTag(SettingsReader reader) {
        return reader.find(IMAGE_TAG).orElse(reader.source().stackName() + "-latest");
    }
}
