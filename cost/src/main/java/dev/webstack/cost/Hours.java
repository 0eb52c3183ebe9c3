package dev.webstack.cost;

/**
 * Hours a month the service and the database run: all of them, or what the off-hours
 * schedule leaves, the same schedule the stack sleeps by.
 */
public record Hours(double service, double database) {

    /** AWS bills a month as 730 hours. */
    public static final double MONTH = 730;
    static final double WEEKS_PER_MONTH = MONTH / (7 * 24);

    /** Around the clock: no off-hours schedule. */
    public static Hours allMonth() {
        return new Hours(MONTH, MONTH);
    }

    /** A schedule's running hours in a week, as hours in a billed month. */
    public static Hours weekly(double serviceHoursPerWeek, double databaseHoursPerWeek) {
        return new Hours(serviceHoursPerWeek * WEEKS_PER_MONTH, databaseHoursPerWeek * WEEKS_PER_MONTH);
    }

    public boolean sleeps() {
        return service < MONTH;
    }
}
