package dev.webstack.settings;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Off-hours for the whole environment (requirements R7.2: staging runs in business hours
 * only). One schedule drives every part that can sleep.
 *
 * @param schedule when the stack runs; empty when off-hours are off
 */
public record OffHoursSettings(Optional<OffHours> schedule) {

    private static final List<String> DAY_NAMES = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

    public static final Setting<Boolean> ENABLED = Setting.webstack("offHours.enabled", ValueType.TRUE_OR_FALSE)
            .describedAs("Stop the environment outside its running hours: the service scales to zero and back, the database "
                    + "stops and starts, and alarm actions pause. "
                    + "Refused in production unless offHours.allowInProduction is true.")
            .defaultsTo(true, false)
            .build();

    public static final Setting<List<String>> DAYS = Setting.webstack("offHours.days", ValueType.TEXT_LIST)
            .describedAs("Days the environment starts on (MON, TUE, WED, THU, FRI, SAT, SUN).")
            .defaultsTo(List.of("MON", "TUE", "WED", "THU", "FRI"))
            .check(Check.of(days -> !days.isEmpty() && DAY_NAMES.containsAll(days), "is not a list of days",
                    "use MON, TUE, WED, THU, FRI, SAT and SUN, e.g. [MON, TUE, WED, THU, FRI]"))
            .check(Check.distinct("a day"))
            .build();

    public static final Setting<String> FROM = Setting.webstack("offHours.from", ValueType.TEXT)
            .describedAs("When the environment starts, hh:mm in offHours.timeZone. Quote it in YAML (\"08:00\").")
            .defaultsTo("08:00")
            .check(Check.matches(TIME, "is not a time hh:mm", "write a 24-hour time such as \"08:00\""))
            .build();

    public static final Setting<String> UNTIL = Setting.webstack("offHours.until", ValueType.TEXT)
            .describedAs("When it stops, hh:mm in offHours.timeZone; a time before offHours.from runs past midnight.")
            .defaultsTo("22:00")
            .check(Check.matches(TIME, "is not a time hh:mm", "write a 24-hour time such as \"22:00\""))
            .build();

    public static final Setting<String> TIME_ZONE = Setting.webstack("offHours.timeZone", ValueType.TEXT)
            .describedAs("IANA time zone of offHours.from and offHours.until; daylight saving time is followed.")
            .defaultsTo("Asia/Tokyo")
            .check(Check.of(OffHoursSettings::isZone, "is not an IANA time zone", "use a name such as Asia/Tokyo or Europe/Berlin"))
            .build();

    public static final Setting<Integer> DATABASE_LEAD_MINUTES = Setting.webstack("offHours.databaseLeadMinutes", ValueType.WHOLE_NUMBER)
            .describedAs("Minutes before offHours.from that the database starts, so it accepts connections when the tasks start "
                    + "(an RDS start takes 5 to 10 minutes).")
            .defaultsTo(20)
            .check(Check.between(5, 120))
            .build();

    public static final Setting<Integer> DATABASE_STOP_DELAY_MINUTES = Setting.webstack("offHours.databaseStopDelayMinutes",
                    ValueType.WHOLE_NUMBER)
            .describedAs("Minutes after offHours.until that the database stops, once the tasks have drained. It stops at that time "
                    + "every day, so an instance RDS restarted by itself after seven days is stopped again.")
            .defaultsTo(10)
            .check(Check.between(0, 120))
            .build();

    /** The database should be stopped for at least this long, or stopping it saves nothing worth a cold start. */
    static final int MINIMUM_STOPPED_MINUTES = 60;

    public static final Setting<Boolean> ALLOW_IN_PRODUCTION = Setting.webstack("offHours.allowInProduction", ValueType.TRUE_OR_FALSE)
            .describedAs("Lets a production stack have off-hours: a deliberate choice, since the site is down outside them.")
            .defaultsTo(false)
            .build();

    static List<Setting<?>> settings() {
        return List.of(ENABLED, DAYS, FROM, UNTIL, TIME_ZONE, DATABASE_LEAD_MINUTES, DATABASE_STOP_DELAY_MINUTES, ALLOW_IN_PRODUCTION);
    }

    static OffHoursSettings read(SettingsReader reader) {
        var enabled = reader.get(ENABLED);
        var days = reader.get(DAYS);
        var from = reader.get(FROM);
        var until = reader.get(UNTIL);
        var zone = reader.get(TIME_ZONE);
        var allowInProduction = reader.get(ALLOW_IN_PRODUCTION);
        var lead = reader.get(DATABASE_LEAD_MINUTES);
        var stopDelay = reader.get(DATABASE_STOP_DELAY_MINUTES);
        if (reader.usable(ENABLED, ALLOW_IN_PRODUCTION) && enabled && reader.environment().isProduction() && !allowInProduction) {
            reader.complain(ENABLED, true, "is refused in production: the site would be down outside the running hours",
                    "set webstack:offHours.allowInProduction: true if that is really intended");
        }
        if (reader.usable(FROM, UNTIL) && from.equals(until)) {
            reader.complain(UNTIL, until, "is the same as offHours.from", "give the running window a length");
        }
        if (!enabled || !reader.usable(DAYS, FROM, UNTIL, TIME_ZONE, DATABASE_LEAD_MINUTES, DATABASE_STOP_DELAY_MINUTES)
                || from.equals(until)) {
            return new OffHoursSettings(Optional.empty());
        }
        Set<DayOfWeek> dayset = EnumSet.noneOf(DayOfWeek.class);
        days.forEach(day -> dayset.add(DayOfWeek.values()[DAY_NAMES.indexOf(day)]));
        var schedule = new OffHours(dayset, LocalTime.parse(from), LocalTime.parse(until), ZoneId.of(zone), Duration.ofMinutes(lead),
                Duration.ofMinutes(stopDelay));
        var stopped = 24 * 60 - schedule.runningMinutes() - lead - stopDelay;
        if (stopped < MINIMUM_STOPPED_MINUTES) {
            reader.complain(DATABASE_LEAD_MINUTES, lead, "and offHours.databaseStopDelayMinutes (" + stopDelay + ") leave the database "
                    + "stopped " + Math.max(0, stopped) + " minutes a night between " + until + " and " + from,
                    "shorten them, or the running window, so the database sleeps at least " + MINIMUM_STOPPED_MINUTES + " minutes");
            return new OffHoursSettings(Optional.empty());
        }
        if (schedule.runningMinutes() <= OffHours.ALARMS_RESUME_DELAY.toMinutes()) {
            reader.complain(UNTIL, until, "leaves a running window of " + schedule.runningMinutes() + " minutes, shorter than the "
                    + OffHours.ALARMS_RESUME_DELAY.toMinutes() + " minutes alarms wait after a start", "run the environment for longer");
            return new OffHoursSettings(Optional.empty());
        }
        for (var gap : schedule.momentsInDaylightSavingGap()) {
            reader.complain(TIME_ZONE.key(), "skips " + gap.skippedFrom() + "-" + gap.skippedUntil() + " once a year for daylight saving, "
                    + "and " + gap.moment() + " at " + gap.time() + " falls in it: AWS skips that run",
                    "move offHours.from or offHours.until so no moment falls between " + gap.skippedFrom() + " and " + gap.skippedUntil());
        }
        if (!schedule.momentsInDaylightSavingGap().isEmpty()) {
            return new OffHoursSettings(Optional.empty());
        }
        return new OffHoursSettings(Optional.of(schedule));
    }

    private static boolean isZone(String zone) {
        return ZoneId.getAvailableZoneIds().contains(zone);
    }
}
