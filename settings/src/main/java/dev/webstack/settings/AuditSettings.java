package dev.webstack.settings;

import java.util.List;

/**
 * The API audit trail (requirements R4.4: CloudTrail in every region).
 *
 * @param trail         who records the account's API calls for this stack
 * @param retentionDays days the stack's own trail keeps its log files before S3 expires them
 */
public record AuditSettings(Trail trail, int retentionDays) {

    /** Where the audit trail comes from. */
    public enum Trail implements ValueType.Textual {
        /** The stack creates a multi-region trail and its private log bucket. */
        OWN("own"),
        /** An AWS Organizations trail already records this account: the stack creates nothing. */
        ORGANIZATION("organization"),
        /** No trail: only CloudTrail's free 90-day event history. */
        OFF("off");

        private final String text;

        Trail(String text) {
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }
    }

    public static final Setting<Trail> TRAIL = Setting.webstack("audit.trail", ValueType.oneOf(Trail.class))
            .describedAs("Who records the account's API calls: `own` creates a multi-region CloudTrail trail with log file "
                    + "validation into a private, expiring bucket; `organization` relies on an AWS Organizations trail that "
                    + "already covers the account and creates nothing; `off` keeps only the free 90-day event history. "
                    + "Production refuses `off`. The first trail of an account is free, a second copy of the same events is not "
                    + "(docs/adr/0013-audit-trail-and-budget.md).")
            .defaultsTo(Trail.OFF, Trail.OWN)
            .build();

    public static final Setting<Integer> RETENTION_DAYS = Setting.webstack("audit.retentionDays", ValueType.WHOLE_NUMBER)
            .describedAs("Days the stack's own trail keeps its log files (and digest files) before S3 expires them.")
            .defaultsTo(90, 365)
            .check(Check.between(30, 3650))
            .build();

    static List<Setting<?>> settings() {
        return List.of(TRAIL, RETENTION_DAYS);
    }

    static AuditSettings read(SettingsReader reader, Environment environment) {
        var settings = new AuditSettings(reader.get(TRAIL), reader.get(RETENTION_DAYS));
        if (environment.isProduction() && reader.usable(TRAIL) && settings.trail() == Trail.OFF) {
            reader.complain(TRAIL, settings.trail(), "is refused in production: nothing would record the API calls (requirements R4.4)",
                    "use own, or organization when an AWS Organizations trail already records this account");
        }
        return settings;
    }
}
