package dev.webstack.core.settings;

import java.util.List;

/**
 * The PostgreSQL instance: size, storage, availability and backups.
 *
 * @param instanceClass         RDS instance class, e.g. db.t4g.micro
 * @param allocatedStorageGb    gp3 storage allocated at creation
 * @param maxAllocatedStorageGb the ceiling storage autoscaling may grow to
 * @param multiAz               a standby in a second availability zone
 * @param backupRetentionDays   days automated backups are kept
 * @param deletionProtection    whether RDS refuses to delete the instance
 */
public record DatabaseSettings(String instanceClass, int allocatedStorageGb, int maxAllocatedStorageGb, boolean multiAz,
                               int backupRetentionDays, boolean deletionProtection) {

    /** gp3 volumes for RDS PostgreSQL range from 20 GiB to 64 TiB. */
    public static final int MIN_STORAGE_GB = 20;
    public static final int MAX_STORAGE_GB = 65536;

    public static final Setting<String> INSTANCE_CLASS = Setting.webstack("database.instanceClass", ValueType.TEXT)
            .describedAs("RDS instance class (seed 000: db.t4g.micro in staging; seed 001: db.r6g.large in production).")
            .defaultsTo("db.t4g.micro", "db.r6g.large")
            .check(Check.matches("db\\.[a-z][a-z0-9-]*\\.(micro|small|medium|large|xlarge|\\d{1,2}xlarge)",
                    "is not an RDS instance class", "use a class such as db.t4g.micro, db.t4g.small or db.r6g.large"))
            .build();

    public static final Setting<Integer> ALLOCATED_STORAGE_GB = Setting.webstack("database.allocatedStorageGb", ValueType.WHOLE_NUMBER)
            .describedAs("gp3 storage in GiB allocated at creation (seed 000: 20; seed 001: 50).")
            .defaultsTo(20, 50)
            .check(Check.between(MIN_STORAGE_GB, MAX_STORAGE_GB))
            .build();

    public static final Setting<Integer> MAX_ALLOCATED_STORAGE_GB = Setting.webstack("database.maxAllocatedStorageGb", ValueType.WHOLE_NUMBER)
            .describedAs("Ceiling for storage autoscaling in GiB; at least 10% above `database.allocatedStorageGb`.")
            .defaultsTo(50, 200)
            .check(Check.between(MIN_STORAGE_GB, MAX_STORAGE_GB))
            .build();

    public static final Setting<Boolean> MULTI_AZ = Setting.webstack("database.multiAz", ValueType.TRUE_OR_FALSE)
            .describedAs("Keep a synchronous standby in another AZ (seed 001: production only; doubles the instance price).")
            .defaultsTo(false, true)
            .build();

    public static final Setting<Integer> BACKUP_RETENTION_DAYS = Setting.webstack("database.backupRetentionDays", ValueType.WHOLE_NUMBER)
            .describedAs("Days automated backups are kept (seed 001: 7 in staging, 30 in production). 0 would disable backups and is refused.")
            .defaultsTo(7, 30)
            .check(Check.between(1, 35))
            .build();

    public static final Setting<Boolean> DELETION_PROTECTION = Setting.webstack("database.deletionProtection", ValueType.TRUE_OR_FALSE)
            .describedAs("RDS refuses to delete the instance until this is turned off (seed 001: production).")
            .defaultsTo(false, true)
            .build();

    static List<Setting<?>> settings() {
        return List.of(INSTANCE_CLASS, ALLOCATED_STORAGE_GB, MAX_ALLOCATED_STORAGE_GB, MULTI_AZ, BACKUP_RETENTION_DAYS,
                DELETION_PROTECTION);
    }

    static DatabaseSettings read(SettingsReader reader) {
        var settings = new DatabaseSettings(reader.get(INSTANCE_CLASS), reader.get(ALLOCATED_STORAGE_GB),
                reader.get(MAX_ALLOCATED_STORAGE_GB), reader.get(MULTI_AZ), reader.get(BACKUP_RETENTION_DAYS),
                reader.get(DELETION_PROTECTION));
        if (reader.usable(ALLOCATED_STORAGE_GB, MAX_ALLOCATED_STORAGE_GB)) {
            int lowestCeiling = minimumCeiling(settings.allocatedStorageGb);
            if (settings.maxAllocatedStorageGb < lowestCeiling) {
                reader.complain(MAX_ALLOCATED_STORAGE_GB, settings.maxAllocatedStorageGb,
                        "is not at least 10% above database.allocatedStorageGb (" + settings.allocatedStorageGb + ")",
                        "use " + lowestCeiling + " or more, as RDS storage autoscaling requires");
            }
        }
        return settings;
    }

    /** RDS refuses a storage-autoscaling ceiling less than 10% above the allocation. */
    static int minimumCeiling(int allocatedGb) {
        return (int) Math.ceil(allocatedGb * 1.1);
    }
}
