package dev.webstack.cli;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The minutes of the week an AWS cron expression fires at (Sunday 00:00 is 0), for comparing schedules. */
final class CronWeek {

    private static final Pattern CRON = Pattern.compile("cron\\((\\d+) (\\d+) ([?*]) \\* ([^ ]+) \\*\\)");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    static final int WEEK = 7 * 24 * 60;

    private CronWeek() {
    }

    static Set<Integer> minutes(String expression) {
        var cron = CRON.matcher(expression);
        if (!cron.matches()) {
            throw new IllegalArgumentException("not a daily or weekly cron: " + expression);
        }
        int minuteOfDay = Integer.parseInt(cron.group(2)) * 60 + Integer.parseInt(cron.group(1));
        var days = new TreeSet<Integer>();
        var field = cron.group(4);
        if (field.equals("?") || field.equals("*")) {
            for (int d = 0; d < 7; d++) {
                days.add(d);
            }
        } else {
            for (var part : field.split(",")) {
                var range = part.split("-");
                int first = DAYS.indexOf(range[0]);
                int last = DAYS.indexOf(range[range.length - 1]);
                for (int d = first; d <= last; d++) {
                    days.add(d);
                }
            }
        }
        var moments = new TreeSet<Integer>();
        days.forEach(d -> moments.add(d * 24 * 60 + minuteOfDay));
        return moments;
    }

    /** The moment shifted by minutes, around the week. */
    static int shift(int moment, long minutes) {
        return (int) Math.floorMod(moment + minutes, WEEK);
    }
}
