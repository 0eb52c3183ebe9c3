package dev.webstack.settings;

import dev.webstack.plan.aws.DbInstanceClasses;
import java.util.List;
import java.util.Set;

/**
 * The PostgreSQL instance: version, size, storage, availability, backups, logging.
 *
 * @param engineVersion            PostgreSQL version: a major version ({@code 16}) lets RDS apply minor upgrades
 * @param instanceClass            RDS instance class, e.g. db.t4g.micro
 * @param allocatedStorageGb       gp3 storage allocated at creation
 * @param maxAllocatedStorageGb    the ceiling storage autoscaling may grow to
 * @param multiAz                  a standby in a second availability zone
 * @param backupRetentionDays      days automated backups are kept
 * @param backupWindow             daily backup window, UTC
 * @param maintenanceWindow        weekly maintenance window, UTC
 * @param deletionProtection       whether RDS refuses to delete the instance
 * @param applyImmediately         apply modifications now rather than in the maintenance window
 * @param name                     the database created in the instance
 * @param masterUsername           the master user; its password is managed by RDS in Secrets Manager
 * @param slowQueryMs              statements slower than this are logged
 * @param performanceInsights      Performance Insights with its free 7-day retention
 * @param enhancedMonitoringSeconds OS metrics interval; 0 turns enhanced monitoring off
 * @param logRetentionDays         days the exported PostgreSQL logs are kept
 * @param autoMinorVersionUpgrade  RDS applies new minor versions in the maintenance window
 */
public record DatabaseSettings(String engineVersion, String instanceClass, int allocatedStorageGb, int maxAllocatedStorageGb,
                               boolean multiAz, int backupRetentionDays, String backupWindow, String maintenanceWindow,
                               boolean deletionProtection, boolean applyImmediately, String name, String masterUsername,
                               int slowQueryMs, boolean performanceInsights, int enhancedMonitoringSeconds,
                               int logRetentionDays, boolean autoMinorVersionUpgrade) {

    /** Whether the instance class is burstable: see {@link DbInstanceClasses#isBurstable}. */
    public boolean burstable() {
        return DbInstanceClasses.isBurstable(instanceClass);
    }

    /** PostgreSQL's port; not a setting because nothing gains from changing it. */
    public static final int PORT = 5432;

    /** gp3 volumes for RDS PostgreSQL range from 20 GiB to 64 TiB. */
    public static final int MIN_STORAGE_GB = 20;
    public static final int MAX_STORAGE_GB = 65536;

    private static final Set<String> RESERVED_NAMES = Set.of("postgres", "template0", "template1", "rdsadmin");

    public static final Setting<String> ENGINE_VERSION = Setting.webstack("database.engineVersion", ValueType.TEXT)
            .describedAs("PostgreSQL version. A major version (`16`) lets RDS apply minor upgrades without a diff; `16.4` pins one, "
                    + "which needs `database.autoMinorVersionUpgrade: false`. Raising the major (16 to 17) upgrades in place: "
                    + "docs/runbook.md#database-engine-upgrade.")
            .defaultsTo("16")
            .check(Check.matches("1[4-7](\\.\\d{1,2})?", "is not a PostgreSQL version webstack supports",
                    "use a major version from 14 to 17 (16 recommended), optionally with a minor such as 16.4"))
            .build();

    public static final Setting<String> INSTANCE_CLASS = Setting.webstack("database.instanceClass", ValueType.TEXT)
            .describedAs("RDS instance class (requirements R3.2: db.t4g.micro in staging). Production: db.t4g.small Multi-AZ, the largest class that "
                    + "keeps production's ~$240 total; the db.r6g.large first asked for would cost ~$423 alone (ADR 0010).")
            .defaultsTo("db.t4g.micro", "db.t4g.small")
            .check(Check.matches("db\\.[a-z][a-z0-9-]*\\.(micro|small|medium|large|xlarge|\\d{1,2}xlarge)",
                    "is not an RDS instance class", "use a class such as db.t4g.micro, db.t4g.small or db.r6g.large"))
            .build();

    public static final Setting<Integer> ALLOCATED_STORAGE_GB = Setting.webstack("database.allocatedStorageGb", ValueType.WHOLE_NUMBER)
            .describedAs("gp3 storage in GiB allocated at creation (requirements R3.2: 20 in staging, 50 in production).")
            .defaultsTo(20, 50)
            .check(Check.between(MIN_STORAGE_GB, MAX_STORAGE_GB))
            .build();

    public static final Setting<Integer> MAX_ALLOCATED_STORAGE_GB = Setting.webstack("database.maxAllocatedStorageGb", ValueType.WHOLE_NUMBER)
            .describedAs("Ceiling for storage autoscaling in GiB; at least 10% above `database.allocatedStorageGb`.")
            .defaultsTo(50, 200)
            .check(Check.between(MIN_STORAGE_GB, MAX_STORAGE_GB))
            .build();

    public static final Setting<Boolean> MULTI_AZ = Setting.webstack("database.multiAz", ValueType.TRUE_OR_FALSE)
            .describedAs("Keep a synchronous standby in another AZ (requirements R3.2: production only; doubles the instance price).")
            .defaultsTo(false, true)
            .build();

    public static final Setting<Integer> BACKUP_RETENTION_DAYS = Setting.webstack("database.backupRetentionDays", ValueType.WHOLE_NUMBER)
            .describedAs("Days automated backups are kept (requirements R3.2: 7 in staging, 30 in production). 0 would disable backups and is refused.")
            .defaultsTo(7, 30)
            .check(Check.between(1, 35))
            .build();

    public static final Setting<String> BACKUP_WINDOW = Setting.webstack("database.backupWindow", ValueType.TEXT)
            .describedAs("Daily backup window in UTC, at least 30 minutes. With off-hours on it must lie inside the database's "
                    + "running hours, since RDS backs up only a running instance (staging: 21:00-21:30 in Tokyo; production: 03:00-03:30).")
            .defaultsTo("12:00-12:30", "18:00-18:30")
            .check(TimeWindows.dailyWindow())
            .build();

    public static final Setting<String> MAINTENANCE_WINDOW = Setting.webstack("database.maintenanceWindow", ValueType.TEXT)
            .describedAs("Weekly maintenance window in UTC, at least 30 minutes, not overlapping the backup window; inside the "
                    + "database's running hours with off-hours on (staging: Tuesday 20:00-20:30 in Tokyo; production: Monday 04:00-04:30).")
            .defaultsTo("tue:11:00-tue:11:30", "sun:19:00-sun:19:30")
            .check(TimeWindows.weeklyWindow())
            .build();

    public static final Setting<Boolean> DELETION_PROTECTION = Setting.webstack("database.deletionProtection", ValueType.TRUE_OR_FALSE)
            .describedAs("RDS refuses to delete the instance until this is turned off (requirements R3.2: production).")
            .defaultsTo(false, true)
            .build();

    public static final Setting<Boolean> APPLY_IMMEDIATELY = Setting.webstack("database.applyImmediately", ValueType.TRUE_OR_FALSE)
            .describedAs("Apply instance changes at once (staging) or in the next maintenance window (production: no surprise restart).")
            .defaultsTo(true, false)
            .build();

    public static final Setting<String> NAME = Setting.webstack("database.name", ValueType.TEXT)
            .describedAs("Name of the database created in the instance.")
            .defaultsTo("app")
            .check(Check.matches("[a-zA-Z][a-zA-Z0-9_]{0,62}", "is not a PostgreSQL database name",
                    "use 1 to 63 letters, digits and underscores, starting with a letter"))
            .check(Check.of(n -> !RESERVED_NAMES.contains(n.toLowerCase()), "is reserved by PostgreSQL or RDS",
                    "choose another name, e.g. app"))
            .build();

    public static final Setting<String> MASTER_USERNAME = Setting.webstack("database.masterUsername", ValueType.TEXT)
            .describedAs("Master user. Its password is generated and rotated by RDS in Secrets Manager; it is never in config or state.")
            .defaultsTo("app_admin")
            .check(Check.matches("[a-zA-Z][a-zA-Z0-9_]{0,62}", "is not a PostgreSQL user name",
                    "use 1 to 63 letters, digits and underscores, starting with a letter"))
            .check(Check.of(n -> !n.toLowerCase().startsWith("rds") && !n.toLowerCase().startsWith("pg_"),
                    "uses a prefix RDS reserves (rds, pg_)", "choose another name, e.g. app_admin"))
            .build();

    public static final Setting<Integer> SLOW_QUERY_MS = Setting.webstack("database.slowQueryMs", ValueType.WHOLE_NUMBER)
            .describedAs("Statements slower than this many milliseconds are logged (`log_min_duration_statement`).")
            .defaultsTo(1000)
            .check(Check.between(10, 600_000))
            .build();

    public static final Setting<Boolean> PERFORMANCE_INSIGHTS = Setting.webstack("database.performanceInsights", ValueType.TRUE_OR_FALSE)
            .describedAs("Performance Insights with its free 7-day retention (every PostgreSQL instance class supports it).")
            .defaultsTo(true)
            .build();

    public static final List<Integer> MONITORING_INTERVALS = List.of(0, 1, 5, 10, 15, 30, 60);

    public static final Setting<Integer> ENHANCED_MONITORING_SECONDS = Setting.webstack("database.enhancedMonitoringSeconds", ValueType.WHOLE_NUMBER)
            .describedAs("Enhanced monitoring interval in seconds (OS metrics, with its own IAM role); 0 turns it off.")
            .defaultsTo(0, 60)
            .check(Check.oneOf(MONITORING_INTERVALS))
            .build();

    public static final Setting<Integer> LOG_RETENTION_DAYS = Setting.webstack("database.logRetentionDays", ValueType.WHOLE_NUMBER)
            .describedAs("Days CloudWatch keeps the exported PostgreSQL and upgrade logs (RDS would otherwise keep them forever).")
            .defaultsTo(7, 30)
            .check(Check.logRetentionDays())
            .build();

    public static final Setting<Boolean> AUTO_MINOR_VERSION_UPGRADE = Setting.webstack("database.autoMinorVersionUpgrade",
                    ValueType.TRUE_OR_FALSE)
            .describedAs("RDS applies new PostgreSQL minor versions in the maintenance window. Turn it off only to pin a minor "
                    + "(`database.engineVersion: \"16.4\"`): RDS would otherwise move past the pinned minor, and the next "
                    + "`pulumi up` would ask it to go back, a downgrade RDS refuses.")
            .defaultsTo(true)
            .build();

    static List<Setting<?>> settings() {
        return List.of(ENGINE_VERSION, INSTANCE_CLASS, ALLOCATED_STORAGE_GB, MAX_ALLOCATED_STORAGE_GB, MULTI_AZ,
                BACKUP_RETENTION_DAYS, BACKUP_WINDOW, MAINTENANCE_WINDOW, DELETION_PROTECTION, APPLY_IMMEDIATELY, NAME,
                MASTER_USERNAME, SLOW_QUERY_MS, PERFORMANCE_INSIGHTS, ENHANCED_MONITORING_SECONDS, LOG_RETENTION_DAYS,
                AUTO_MINOR_VERSION_UPGRADE);
    }

    static DatabaseSettings read(SettingsReader reader) {
        var settings = new DatabaseSettings(reader.get(ENGINE_VERSION), reader.get(INSTANCE_CLASS),
                reader.get(ALLOCATED_STORAGE_GB), reader.get(MAX_ALLOCATED_STORAGE_GB), reader.get(MULTI_AZ),
                reader.get(BACKUP_RETENTION_DAYS), reader.get(BACKUP_WINDOW), reader.get(MAINTENANCE_WINDOW),
                reader.get(DELETION_PROTECTION), reader.get(APPLY_IMMEDIATELY), reader.get(NAME), reader.get(MASTER_USERNAME),
                reader.get(SLOW_QUERY_MS), reader.get(PERFORMANCE_INSIGHTS), reader.get(ENHANCED_MONITORING_SECONDS),
                reader.get(LOG_RETENTION_DAYS), reader.get(AUTO_MINOR_VERSION_UPGRADE));
        refusePinnedMinorWithAutomaticUpgrades(reader, settings);
        if (reader.usable(ALLOCATED_STORAGE_GB, MAX_ALLOCATED_STORAGE_GB)) {
            int lowestCeiling = minimumCeiling(settings.allocatedStorageGb);
            if (settings.maxAllocatedStorageGb < lowestCeiling) {
                reader.complain(MAX_ALLOCATED_STORAGE_GB, settings.maxAllocatedStorageGb,
                        "is not at least 10% above database.allocatedStorageGb (" + settings.allocatedStorageGb + ")",
                        "use " + lowestCeiling + " or more, as RDS storage autoscaling requires");
            }
        }
        if (reader.usable(BACKUP_WINDOW, MAINTENANCE_WINDOW) && TimeWindows.overlap(
                TimeWindows.daily(settings.backupWindow).orElseThrow(), TimeWindows.weekly(settings.maintenanceWindow).orElseThrow())) {
            reader.complain(MAINTENANCE_WINDOW, settings.maintenanceWindow,
                    "overlaps database.backupWindow (" + settings.backupWindow + ")",
                    "move one of them; RDS refuses overlapping windows");
        }
        return settings;
    }

    /**
     * A pinned minor with automatic minor upgrades drifts: RDS moves the instance to a newer minor in
     * its maintenance window, the program still asks for the pinned one, and the next update is a
     * downgrade RDS refuses. The provider keeps the configured version in state only when it is a
     * prefix of the running one ("16" of "16.8"; terraform-provider-aws 5.x,
     * internal/service/rds/engine_version.go, compareActualEngineVersion), so "16.4" of "16.8"
     * shows as a change back to 16.4. A bare major is the default for that reason. See ADR 0019.
     */
    private static void refusePinnedMinorWithAutomaticUpgrades(SettingsReader reader, DatabaseSettings settings) {
        if (reader.usable(ENGINE_VERSION, AUTO_MINOR_VERSION_UPGRADE) && settings.pinsMinorVersion()
                && settings.autoMinorVersionUpgrade()) {
            reader.complain(ENGINE_VERSION, settings.engineVersion,
                    "pins a minor version while database.autoMinorVersionUpgrade is true: once RDS upgrades the minor in the "
                            + "maintenance window, the next update asks it to downgrade, which RDS refuses",
                    "use the major version alone (\"" + settings.majorVersion() + "\"), or set "
                            + "webstack:database.autoMinorVersionUpgrade: false to keep the pinned minor");
        }
    }

    /** Whether the version names a minor ({@code 16.4}) rather than a major alone ({@code 16}). */
    public boolean pinsMinorVersion() {
        return engineVersion.contains(".");
    }

    /** RDS refuses a storage-autoscaling ceiling less than 10% above the allocation. */
    static int minimumCeiling(int allocatedGb) {
        return (int) Math.ceil(allocatedGb * 1.1);
    }

    /** The major version, which picks the parameter group family. */
    public String majorVersion() {
        return engineVersion.split("\\.")[0];
    }

    public String parameterGroupFamily() {
        return "postgres" + majorVersion();
    }
}
