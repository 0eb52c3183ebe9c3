package dev.webstack.core.settings;

import java.time.DayOfWeek;
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
 * Outside those hours the service scales to zero (and, with issue 10, the database stops).
 * One schedule for the whole environment, so the parts can never drift apart. A window whose
 * end is not after its start runs past midnight into the next day.
 *
 * @param days  the days a running window starts on
 * @param from  when the stack starts
 * @param until when it stops
 * @param zone  the time zone both times are in
 */
public record OffHours(Set<DayOfWeek> days, LocalTime from, LocalTime until, ZoneId zone) {

    public OffHours {
        days = days.isEmpty() ? Set.of() : EnumSet.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("an off-hours schedule runs on at least one day");
        }
        if (from.equals(until)) {
            throw new IllegalArgumentException("a running window cannot start and stop at the same time");
        }
    }

    /** The cron expression (AWS's six-field form) for the moment the stack starts. */
    public String startCron() {
        return cron(from, days);
    }

    /** The cron expression for the moment the stack stops: on the next day when the window crosses midnight. */
    public String stopCron() {
        return cron(until, crossesMidnight() ? shifted(days) : days);
    }

    public boolean crossesMidnight() {
        return !until.isAfter(from);
    }

    /** Hours the stack runs in a week. */
    public double runningHoursPerWeek() {
        long minutes = java.time.Duration.between(from, until).toMinutes();
        if (minutes <= 0) {
            minutes += 24 * 60;
        }
        return days.size() * minutes / 60.0;
    }

    /** "running Mon-Fri 08:00-22:00 Asia/Tokyo". */
    public String describe() {
        return "running " + dayText(days, TextStyle.SHORT) + " " + from + "-" + until + " " + zone.getId();
    }

    private static String cron(LocalTime time, Set<DayOfWeek> days) {
        return "cron(" + time.getMinute() + " " + time.getHour() + " ? * " + cronDays(days) + " *)";
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

    private static Set<DayOfWeek> shifted(Set<DayOfWeek> days) {
        return days.stream().map(d -> d.plus(1)).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }
}
