package dev.webstack.settings;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * RDS's two windows, in UTC: the daily backup window ({@code hh:mm-hh:mm}) and the weekly
 * maintenance window ({@code ddd:hh:mm-ddd:hh:mm}). Both last at least 30 minutes and must
 * not overlap, or RDS refuses the instance.
 */
public final class TimeWindows {

    public static final int MINIMUM_MINUTES = 30;
    static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final int DAY = 24 * 60;
    private static final int WEEK = 7 * DAY;
    private static final Pattern DAILY = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)-([01]\\d|2[0-3]):([0-5]\\d)");
    private static final Pattern WEEKLY = Pattern.compile(
            "(mon|tue|wed|thu|fri|sat|sun):([01]\\d|2[0-3]):([0-5]\\d)-(mon|tue|wed|thu|fri|sat|sun):([01]\\d|2[0-3]):([0-5]\\d)");

    private TimeWindows() {
    }

    /** A span of minutes from {@code start} (inclusive), {@code length} long, wrapping at {@code period}. */
    record Span(int start, int length, int period) {
        boolean covers(int minute) {
            return Math.floorMod(minute - start, period) < length;
        }
    }

    static Optional<Span> daily(String text) {
        var m = DAILY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = minutes(m.group(1), m.group(2));
        int end = minutes(m.group(3), m.group(4));
        return Optional.of(new Span(start, Math.floorMod(end - start, DAY), DAY));
    }

    static Optional<Span> weekly(String text) {
        var m = WEEKLY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = DAYS.indexOf(m.group(1)) * DAY + minutes(m.group(2), m.group(3));
        int end = DAYS.indexOf(m.group(4)) * DAY + minutes(m.group(5), m.group(6));
        return Optional.of(new Span(start, Math.floorMod(end - start, WEEK), WEEK));
    }

    /** Whether any minute of the weekly window falls inside the daily window on its day. */
    static boolean overlap(Span daily, Span weekly) {
        for (int i = 0; i < weekly.length(); i++) {
            if (daily.covers((weekly.start() + i) % DAY)) {
                return true;
            }
        }
        return false;
    }

    static Check<String> dailyWindow() {
        return value -> daily(value).map(span -> span.length() >= MINIMUM_MINUTES ? Optional.<Complaint>empty()
                        : Optional.of(new Complaint("is shorter than 30 minutes", "make the window at least 30 minutes long")))
                .orElse(Optional.of(new Complaint("is not a daily window hh:mm-hh:mm (UTC)", "write e.g. 18:00-18:30")));
    }

    static Check<String> weeklyWindow() {
        return value -> weekly(value).map(span -> span.length() >= MINIMUM_MINUTES ? Optional.<Complaint>empty()
                        : Optional.of(new Complaint("is shorter than 30 minutes", "make the window at least 30 minutes long")))
                .orElse(Optional.of(new Complaint("is not a weekly window ddd:hh:mm-ddd:hh:mm (UTC)",
                        "write e.g. sun:19:00-sun:19:30 with days mon, tue, wed, thu, fri, sat or sun")));
    }

    private static int minutes(String hours, String minutes) {
        return Integer.parseInt(hours) * 60 + Integer.parseInt(minutes);
    }
}
