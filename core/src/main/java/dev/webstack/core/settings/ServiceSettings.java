package dev.webstack.core.settings;

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
 */
public record ServiceSettings(int cpu, int memory, int desiredCount, int minCount, int maxCount, int containerPort,
                              String healthCheckPath, CpuArchitecture architecture, int logRetentionDays) {

    /** The CPU architecture of the task; the image must be built for it. */
    public enum CpuArchitecture {
        X86_64, ARM64
    }

    /** An upper bound that catches a typo (200 instead of 20) before it becomes a bill. */
    public static final int MAX_TASKS = 50;

    public static final Setting<Integer> CPU = Setting.webstack("service.cpu", ValueType.WHOLE_NUMBER)
            .describedAs("Task CPU units (1024 = 1 vCPU). Seed 000: 0.25 vCPU in staging; seed 001: 1 vCPU in production.")
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
            .describedAs("Fewest tasks autoscaling leaves running (seed 001: 2 in production, for two AZs).")
            .defaultsTo(1, 2)
            .check(Check.between(1, MAX_TASKS))
            .build();

    public static final Setting<Integer> MAX_COUNT = Setting.webstack("service.maxCount", ValueType.WHOLE_NUMBER)
            .describedAs("Most tasks autoscaling may start (seed 001: 2 in staging, 4 in production).")
            .defaultsTo(2, 4)
            .check(Check.between(1, MAX_TASKS))
            .build();

    public static final Setting<Integer> CONTAINER_PORT = Setting.webstack("service.containerPort", ValueType.WHOLE_NUMBER)
            .describedAs("Port the application listens on inside the container.")
            .defaultsTo(3000)
            .check(Check.between(1, 65535))
            .build();

    public static final Setting<String> HEALTH_CHECK_PATH = Setting.webstack("service.healthCheckPath", ValueType.TEXT)
            .describedAs("Path the load balancer probes; it must answer 200 without authentication (seed 000).")
            .defaultsTo("/api/health")
            .check(Check.matches("/[A-Za-z0-9._~!$&'()*+,;=:@%/-]{0,1023}",
                    "is not a URL path", "start it with / and leave out spaces and query strings, e.g. /api/health"))
            .build();

    public static final Setting<CpuArchitecture> ARCHITECTURE = Setting.webstack("service.cpuArchitecture", ValueType.oneOf(CpuArchitecture.class))
            .describedAs("CPU architecture of the image: `X86_64`, or `ARM64` (Graviton, about 20% cheaper per vCPU-hour).")
            .defaultsTo(CpuArchitecture.X86_64)
            .build();

    public static final Setting<Integer> LOG_RETENTION_DAYS = Setting.webstack("service.logRetentionDays", ValueType.WHOLE_NUMBER)
            .describedAs("Days CloudWatch keeps container logs (seed 001: 7 in staging, 90 in production).")
            .defaultsTo(7, 90)
            .check(Check.logRetentionDays())
            .build();

    static List<Setting<?>> settings() {
        return List.of(CPU, MEMORY, DESIRED_COUNT, MIN_COUNT, MAX_COUNT, CONTAINER_PORT, HEALTH_CHECK_PATH,
                ARCHITECTURE, LOG_RETENTION_DAYS);
    }

    static ServiceSettings read(SettingsReader reader) {
        var settings = new ServiceSettings(reader.get(CPU), reader.get(MEMORY), reader.get(DESIRED_COUNT),
                reader.get(MIN_COUNT), reader.get(MAX_COUNT), reader.get(CONTAINER_PORT), reader.get(HEALTH_CHECK_PATH),
                reader.get(ARCHITECTURE), reader.get(LOG_RETENTION_DAYS));
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
        return settings;
    }
}
