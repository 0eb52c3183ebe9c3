package dev.webstack.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * With off-hours on, RDS's backup and maintenance windows must fall inside the hours the
 * database runs. An automated backup needs the instance in the {@code available} state, so a
 * backup window in the nightly stop is never used and the stack goes without backups after its
 * first snapshot; pending maintenance would wait for a window that never comes (ADR 0019;
 * Amazon RDS User Guide, "Introduction to backups": "Your DB instance must be in the available
 * state for automated backups to occur").
 *
 * <p>The database runs on each running day from {@code from - databaseLead} until
 * {@code until + databaseStopDelay} in the schedule's zone; the windows are in UTC. A zone with
 * daylight saving time has two offsets, and a window must fit with both.
 */
final class DatabaseRunningHours {

    private static final int DAY = 24 * 60;
    private static final int WEEK = 7 * DAY;
    /** Suggested windows end this long before the stop: a backup or maintenance may run past its window. */
    private static final int BACKUP_MARGIN = 70;
    private static final int MAINTENANCE_MARGIN = 130;

    private final OffHours schedule;

    DatabaseRunningHours(OffHours schedule) {
        this.schedule = schedule;
    }

    static void refuseWindowsOutside(SettingsReader reader, DatabaseSettings database, OffHoursSettings offHours) {
        offHours.schedule().ifPresent(schedule -> {
            var hours = new DatabaseRunningHours(schedule);
            if (reader.usable(DatabaseSettings.BACKUP_WINDOW) && !hours.coversDaily(database.backupWindow())) {
                reader.complain(DatabaseSettings.BACKUP_WINDOW, database.backupWindow(),
                        "(UTC) is " + hours.localDaily(database.backupWindow()) + " and falls outside the database's running hours, "
                                + hours.describe() + "; RDS takes no automated backups while the instance is stopped",
                        hours.suggestion(BACKUP_MARGIN, false).map(w -> "move it inside them, e.g. " + w)
                                .orElse("move it inside them") + ", not overlapping database.maintenanceWindow");
            }
            if (reader.usable(DatabaseSettings.MAINTENANCE_WINDOW) && !hours.coversWeekly(database.maintenanceWindow())) {
                reader.complain(DatabaseSettings.MAINTENANCE_WINDOW, database.maintenanceWindow(),
                        "(UTC) is " + hours.localWeekly(database.maintenanceWindow()) + " and falls outside the database's running hours, "
                                + hours.describe() + "; RDS applies maintenance only while the instance runs",
                        hours.suggestion(MAINTENANCE_MARGIN, true).map(w -> "move it inside them, e.g. " + w)
                                .orElse("move it inside them") + ", not overlapping database.backupWindow");
            }
        });
    }

    /** Minutes of the local day the database starts at, and how long it runs. */
    private int localStart() {
        return Math.floorMod(schedule.from().toSecondOfDay() / 60 - (int) schedule.databaseLead().toMinutes(), DAY);
    }

    private int runningLength() {
        return (int) (schedule.runningMinutes() + schedule.databaseLead().toMinutes() + schedule.databaseStopDelay().toMinutes());
    }

    /** Every offset the zone uses in a year (one for Asia/Tokyo, two where clocks change), from its rules for a fixed year. */
    List<Integer> offsets() {
        var offsets = new LinkedHashSet<Integer>();
        var rules = schedule.zone().getRules();
        for (int month = 1; month <= 12; month++) {
            var instant = LocalDate.of(2030, month, 15).atStartOfDay().toInstant(ZoneOffset.UTC);
            offsets.add(rules.getOffset(instant).getTotalSeconds() / 60);
        }
        return List.copyOf(offsets);
    }

    boolean coversDaily(String window) {
        var span = TimeWindows.daily(window).orElseThrow();
        var running = new TimeWindows.Span(localStart(), runningLength(), DAY);
        return offsets().stream().allMatch(offset -> everyMinute(span, m -> running.covers(m + offset)));
    }

    boolean coversWeekly(String window) {
        var span = TimeWindows.weekly(window).orElseThrow();
        var runs = new ArrayList<TimeWindows.Span>();
        for (var day : schedule.days()) {
            // A lead that crosses midnight starts the database on the day before.
            int start = (day.getValue() - 1) * DAY + schedule.from().toSecondOfDay() / 60 - (int) schedule.databaseLead().toMinutes();
            runs.add(new TimeWindows.Span(Math.floorMod(start, WEEK), runningLength(), WEEK));
        }
        return offsets().stream().allMatch(offset -> everyMinute(span,
                m -> runs.stream().anyMatch(run -> run.covers(Math.floorMod(m + offset, WEEK)))));
    }

    private static boolean everyMinute(TimeWindows.Span span, IntPredicate covered) {
        for (int i = 0; i < span.length(); i++) {
            if (!covered.test(span.start() + i)) {
                return false;
            }
        }
        return true;
    }

    /** "07:40-22:10 Asia/Tokyo (22:40-13:10 UTC) on Mon-Fri". */
    String describe() {
        int offset = offsets().get(0);
        int start = localStart();
        int end = Math.floorMod(start + runningLength(), DAY);
        return clock(start) + "-" + clock(end) + " " + schedule.zone().getId() + " (" + clock(start - offset) + "-" + clock(end - offset)
                + " UTC) on " + schedule.describe().replaceFirst("running (\\S+) .*", "$1");
    }

    String localDaily(String window) {
        var span = TimeWindows.daily(window).orElseThrow();
        int offset = offsets().get(0);
        return clock(span.start() + offset) + "-" + clock(span.start() + span.length() + offset) + " " + schedule.zone().getId();
    }

    String localWeekly(String window) {
        var span = TimeWindows.weekly(window).orElseThrow();
        int offset = offsets().get(0);
        return dayAndClock(span.start() + offset) + "-" + dayAndClock(span.start() + span.length() + offset) + " " + schedule.zone().getId();
    }

    /**
     * A 30-minute window ending {@code margin} minutes before the database stops, on the first running
     * day for a weekly one; empty when the running hours are too short for it.
     */
    Optional<String> suggestion(int margin, boolean weekly) {
        if (runningLength() < margin + TimeWindows.MINIMUM_MINUTES + 10) {
            return Optional.empty();
        }
        int offset = offsets().get(0);
        int localStart = localStart() + runningLength() - margin;
        if (!weekly) {
            int utc = localStart - offset;
            return Optional.of(clock(utc) + "-" + clock(utc + TimeWindows.MINIMUM_MINUTES) + " (" + clock(localStart) + "-"
                    + clock(localStart + TimeWindows.MINIMUM_MINUTES) + " " + schedule.zone().getId() + ")");
        }
        var first = schedule.days().stream().min(Comparator.comparingInt(DayOfWeek::getValue)).orElseThrow();
        int local = (first.getValue() - 1) * DAY + localStart;
        int utc = local - offset;
        return Optional.of(TimeWindows.DAYS.get(Math.floorMod(utc, WEEK) / DAY) + ":" + clock(utc) + "-"
                + TimeWindows.DAYS.get(Math.floorMod(utc + TimeWindows.MINIMUM_MINUTES, WEEK) / DAY) + ":"
                + clock(utc + TimeWindows.MINIMUM_MINUTES) + " (" + dayAndClock(local) + "-" + dayAndClock(local + TimeWindows.MINIMUM_MINUTES)
                + " " + schedule.zone().getId() + ")");
    }

    private static String clock(int minutes) {
        int m = Math.floorMod(minutes, DAY);
        return String.format("%02d:%02d", m / 60, m % 60);
    }

    private static String dayAndClock(int minuteOfWeek) {
        int m = Math.floorMod(minuteOfWeek, WEEK);
        var day = TimeWindows.DAYS.get(m / DAY);
        return Character.toUpperCase(day.charAt(0)) + day.substring(1) + " " + clock(m);
    }
}
