package dev.webstack.settings;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a stack runs: on {@code days}, from {@code from} until {@code until}, in {@code zone}.
 * Outside those hours the service scales to zero, the database stops and alarm actions pause.
 * One schedule for the whole environment: every part's moment is derived here, so the parts
 * can never drift apart. A window whose end is not after its start runs past midnight.
 *
 * @param days              the days a running window starts on
 * @param from              when the service starts
 * @param until             when it stops
 * @param zone              the time zone both times are in
 * @param databaseLead      how long before {@code from} the database starts, so it is up when the tasks connect
 * @param databaseStopDelay how long after {@code until} the database stops, once the tasks have drained
 */
public record OffHours(Set<DayOfWeek> days, LocalTime from, LocalTime until, ZoneId zone, Duration databaseLead,
                       Duration databaseStopDelay) {

    /** Alarm actions resume this long after the service starts: tasks are healthy and the 503s of the night have aged out of the 5-minute windows. */
    public static final Duration ALARMS_RESUME_DELAY = Duration.ofMinutes(15);

    public OffHours {
        days = days.isEmpty() ? Set.of() : EnumSet.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("an off-hours schedule runs on at least one day");
        }
        if (from.equals(until)) {
            throw new IllegalArgumentException("a running window cannot start and stop at the same time");
        }
        if (databaseLead.isNegative() || databaseStopDelay.isNegative()) {
            throw new IllegalArgumentException("the database starts before the service and stops after it");
        }
    }

    /** The cron expression (AWS's six-field form) for the moment the service starts. */
    public String startCron() {
        return cron(from, days, Duration.ZERO);
    }

    /** The cron expression for the moment the service stops: on the next day when the window crosses midnight. */
    public String stopCron() {
        return cron(until, stopDays(), Duration.ZERO);
    }

    /** The database starts {@code databaseLead} before the service, on the day before when that crosses midnight. */
    public String databaseStartCron() {
        return cron(from, days, databaseLead.negated());
    }

    /**
     * The database stops {@code databaseStopDelay} after the service, every day: an instance RDS
     * started by itself after seven days stopped is stopped again the same evening.
     */
    public String databaseStopCron() {
        var time = until.plus(databaseStopDelay);
        return "cron(" + time.getMinute() + " " + time.getHour() + " * * ? *)";
    }

    /** Alarm actions pause when the service stops. */
    public String alarmsPauseCron() {
        return stopCron();
    }

    /** Alarm actions resume {@link #ALARMS_RESUME_DELAY} after the service starts. */
    public String alarmsResumeCron() {
        return cron(from, days, ALARMS_RESUME_DELAY);
    }

    /** A local time the clocks skip once a year (spring forward): AWS skips a schedule set inside it. */
    public record Gap(String moment, LocalTime time, LocalTime skippedFrom, LocalTime skippedUntil) {
    }

    /**
     * Each scheduled moment that falls in the zone's daylight-saving gap. Read from the zone's
     * rules, not from the calendar, so the answer does not depend on today's date.
     */
    public List<Gap> momentsInDaylightSavingGap() {
        var moments = new java.util.LinkedHashMap<String, LocalTime>();
        moments.put("the service start (offHours.from)", from);
        moments.put("the service stop (offHours.until)", until);
        moments.put("the database start", from.minus(databaseLead));
        moments.put("the database stop", until.plus(databaseStopDelay));
        moments.put("the alarms' resumption", from.plus(ALARMS_RESUME_DELAY));
        var gaps = new ArrayList<Gap>();
        for (var rule : zone.getRules().getTransitionRules()) {
            var transition = rule.createTransition(2030);
            if (!transition.isGap()) {
                continue;
            }
            var skippedFrom = transition.getDateTimeBefore().toLocalTime();
            var skippedUntil = transition.getDateTimeAfter().toLocalTime();
            moments.forEach((moment, time) -> {
                if (!time.isBefore(skippedFrom) && time.isBefore(skippedUntil)) {
                    gaps.add(new Gap(moment, time, skippedFrom, skippedUntil));
                }
            });
        }
        return gaps;
    }

    /** Minutes in the running window. */
    public long runningMinutes() {
        long minutes = Duration.between(from, until).toMinutes();
        return minutes <= 0 ? minutes + 24 * 60 : minutes;
    }

    public boolean crossesMidnight() {
        return !until.isAfter(from);
    }

    /** Hours the service runs in a week. */
    public double runningHoursPerWeek() {
        return days.size() * runningMinutes() / 60.0;
    }

    /** Hours the database runs in a week: the service's hours plus the lead and the stop delay of each window. */
    public double databaseHoursPerWeek() {
        return days.size() * (runningMinutes() + databaseLead.toMinutes() + databaseStopDelay.toMinutes()) / 60.0;
    }

    /** "running Mon-Fri 08:00-22:00 Asia/Tokyo". */
    public String describe() {
        return "running " + dayText(days, TextStyle.SHORT) + " " + from + "-" + until + " " + zone.getId();
    }

    /** "the database starts at 07:40 on running days and stops at 22:10 every day". */
    public String describeDatabase() {
        return "the database starts at " + from.minus(databaseLead) + " on running days and stops at " + until.plus(databaseStopDelay)
                + " every day";
    }

    private Set<DayOfWeek> stopDays() {
        return crossesMidnight() ? shifted(days, 1) : days;
    }

    /** A moment {@code offset} from a base time on the given days; the days move when the offset crosses midnight. */
    private static String cron(LocalTime base, Set<DayOfWeek> days, Duration offset) {
        long minutes = base.toSecondOfDay() / 60 + offset.toMinutes();
        int dayShift = (int) Math.floorDiv(minutes, 24 * 60);
        var time = LocalTime.ofSecondOfDay(Math.floorMod(minutes, 24 * 60) * 60L);
        return "cron(" + time.getMinute() + " " + time.getHour() + " ? * " + cronDays(shifted(days, dayShift)) + " *)";
    }

    /**
     * Consecutive days as a range (MON-FRI), others as a list (MON,WED,FRI), in AWS's week
     * (SUN first): FRI, SAT and SUN read FRI-SAT,SUN, never the wrapping FRI-SUN cron refuses.
     */
    static String cronDays(Set<DayOfWeek> days) {
        return runs(days, day -> day.getValue() % 7, null);
    }

    /** Mon-Fri, for people, in the Monday-first week. */
    private static String dayText(Set<DayOfWeek> days, TextStyle style) {
        return runs(days, DayOfWeek::getValue, style);
    }

    private static String runs(Set<DayOfWeek> days, java.util.function.ToIntFunction<DayOfWeek> position, TextStyle style) {
        var sorted = new ArrayList<>(days);
        sorted.sort(java.util.Comparator.comparingInt(position));
        var runs = new ArrayList<List<DayOfWeek>>();
        for (var day : sorted) {
            var last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && position.applyAsInt(last.get(last.size() - 1)) + 1 == position.applyAsInt(day)) {
                last.add(day);
            } else {
                runs.add(new ArrayList<>(List.of(day)));
            }
        }
        return runs.stream().map(run -> run.size() >= 3
                        ? name(run.get(0), style) + "-" + name(run.get(run.size() - 1), style)
                        : run.stream().map(d -> name(d, style)).collect(Collectors.joining(",")))
                .collect(Collectors.joining(","));
    }

    private static String name(DayOfWeek day, TextStyle style) {
        return style == null ? day.name().substring(0, 3) : day.getDisplayName(style, Locale.ENGLISH);
    }

    private static Set<DayOfWeek> shifted(Set<DayOfWeek> days, int by) {
        return days.stream().map(d -> d.plus(by)).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }
}
