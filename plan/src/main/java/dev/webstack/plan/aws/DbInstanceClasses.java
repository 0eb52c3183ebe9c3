package dev.webstack.plan.aws;

/**
 * Facts about RDS instance classes that both the settings (alarms, connection limits) and the
 * cost estimate need, kept here so they cannot disagree.
 */
public final class DbInstanceClasses {

    private DbInstanceClasses() {
    }

    /**
     * Whether the class is burstable (db.t3, db.t4g): RDS runs those in unlimited mode, so CPU
     * beyond the baseline, once earned credits are spent, is not throttled but may be billed.
     */
    public static boolean isBurstable(String instanceClass) {
        return instanceClass.matches("db\\.t[34]g?\\.[a-z0-9]+");
    }
}
