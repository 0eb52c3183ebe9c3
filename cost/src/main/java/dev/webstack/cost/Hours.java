package dev.webstack.cost;

import dev.webstack.settings.OffHours;
import java.util.Optional;

/**
 * Hours a month the service and the database run: all of them, or what the off-hours
 * schedule leaves, the same schedule the stack sleeps by.
 */
public record Hours(double service, double database) {

    /** AWS bills a month as 730 hours. */
    public static final double MONTH = 730;
    static final double WEEKS_PER_MONTH = MONTH / (7 * 24);

    public static Hours of(Optional<OffHours> schedule) {
        return schedule.map(s -> new Hours(s.runningHoursPerWeek() * WEEKS_PER_MONTH, s.databaseHoursPerWeek() * WEEKS_PER_MONTH))
                .orElse(new Hours(MONTH, MONTH));
    }

    public boolean sleeps() {
        return service < MONTH;
    }
}
