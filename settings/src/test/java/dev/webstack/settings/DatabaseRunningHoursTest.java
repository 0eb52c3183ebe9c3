package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GIVEN a stack with off-hours (staging: Mon-Fri 08:00-22:00 Tokyo, the database up from 07:40 until 22:10),
 * WHEN its backup or maintenance window falls even partly in the nightly stop or on a day off,
 * THEN the stack file is refused, naming the key, the window in local time and the running hours in both zones.
 */
class DatabaseRunningHoursTest {

    private static StackSettings load(String stack, String... lines) {
        return StackFiles.load(stack, lines);
    }

    private static List<Problem> problems(String stack, String... lines) {
        return assertThrows(InvalidStackConfigException.class, () -> load(stack, lines)).problems();
    }

    @Test
    void refusesTheOldStagingBackupWindowWithTheRunningHoursInTokyoAndUtc() {
        var problems = problems("staging", "webstack:database.backupWindow: 18:00-18:30");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("webstack:database.backupWindow: '18:00-18:30' (UTC) is 03:00-03:30 Asia/Tokyo and falls outside the "
                + "database's running hours, 07:40-22:10 Asia/Tokyo (22:40-13:10 UTC) on Mon-Fri; RDS takes no automated "
                + "backups while the instance is stopped; move it inside them, e.g. 12:00-12:30 (21:00-21:30 Asia/Tokyo), "
                + "not overlapping database.maintenanceWindow", problems.get(0).toString());
    }

    @Test
    void refusesTheOldStagingMaintenanceWindowOnAMondayMorningBeforeTheStart() {
        var problems = problems("staging", "webstack:database.maintenanceWindow: sun:19:00-sun:19:30");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("webstack:database.maintenanceWindow: 'sun:19:00-sun:19:30' (UTC) is Mon 04:00-Mon 04:30 Asia/Tokyo and falls "
                + "outside the database's running hours, 07:40-22:10 Asia/Tokyo (22:40-13:10 UTC) on Mon-Fri; RDS applies "
                + "maintenance only while the instance runs; move it inside them, e.g. mon:11:00-mon:11:30 "
                + "(Mon 20:00-Mon 20:30 Asia/Tokyo), not overlapping database.backupWindow", problems.get(0).toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // 22:00-22:30 Tokyo: the database stops at 22:10, so the window is partly outside
            "webstack:database.backupWindow: 13:00-13:30             | refused",
            // 07:30-08:00 Tokyo: the database starts at 07:40
            "webstack:database.backupWindow: 22:30-23:00             | refused",
            // 21:40-22:10 Tokyo: ends as the database stops
            "webstack:database.backupWindow: 12:40-13:10             | accepted",
            // 07:40-08:10 Tokyo: starts as the database starts
            "webstack:database.backupWindow: 22:40-23:10             | accepted",
            // Saturday 12:00 Tokyo: not a running day
            "webstack:database.maintenanceWindow: sat:03:00-sat:03:30 | refused",
            // Friday 20:00 Tokyo
            "webstack:database.maintenanceWindow: fri:11:00-fri:11:30 | accepted",
            // Monday 22:40 UTC is Tuesday 07:40 Tokyo, the database's start
            "webstack:database.maintenanceWindow: mon:22:40-mon:23:10 | accepted",
            // Friday 22:40 UTC is Saturday 07:40 Tokyo: no start on Saturdays
            "webstack:database.maintenanceWindow: fri:22:40-fri:23:10 | refused",
    })
    void measuresEveryMinuteOfTheWindow(String line, String outcome) {
        var key = line.substring(0, line.indexOf(':', "webstack:".length()));
        // The backup default (12:00-12:30) overlaps none of these maintenance windows, nor the maintenance default any backup.
        var refused = new ArrayList<Problem>();
        try {
            load("staging", line);
        } catch (InvalidStackConfigException e) {
            refused.addAll(e.problems());
        }
        assertEquals(outcome.equals("refused") ? List.of(key) : List.of(), refused.stream().map(Problem::key).toList(), refused.toString());
    }

    @Test
    void checksBothOffsetsOfAZoneWithDaylightSavingTime() {
        // Berlin, 09:00-18:00: the database runs 08:40-18:10, i.e. 07:40-17:10 UTC in winter and 06:40-16:10 UTC in summer.
        var berlin = new String[] {"webstack:offHours.timeZone: Europe/Berlin", "webstack:offHours.from: \"09:00\"",
                "webstack:offHours.until: \"18:00\"", "webstack:database.maintenanceWindow: tue:12:00-tue:12:30"};
        var fitsBoth = load("staging", append(berlin, "webstack:database.backupWindow: 15:30-16:00"));
        assertEquals("15:30-16:00", fitsBoth.database().backupWindow());
        var winterOnly = problems("staging", append(berlin, "webstack:database.backupWindow: 16:30-17:00"));
        assertEquals(List.of("webstack:database.backupWindow"), winterOnly.stream().map(Problem::key).toList());
    }

    @Test
    void leavesTheWindowsAloneWithoutOffHours() {
        var settings = load("staging", "webstack:offHours.enabled: false", "webstack:database.backupWindow: 18:00-18:30",
                "webstack:database.maintenanceWindow: sun:19:00-sun:19:30");
        assertEquals("18:00-18:30", settings.database().backupWindow());
        assertEquals("sun:19:00-sun:19:30", settings.database().maintenanceWindow());
    }

    @Test
    void stagingDefaultsLieInsideTheRunningHours() {
        var settings = load("staging");
        var hours = new DatabaseRunningHours(settings.offHours().schedule().orElseThrow());
        assertEquals(true, hours.coversDaily(settings.database().backupWindow()), settings.database().backupWindow());
        assertEquals(true, hours.coversWeekly(settings.database().maintenanceWindow()), settings.database().maintenanceWindow());
        assertEquals("21:00-21:30 Asia/Tokyo", hours.localDaily(settings.database().backupWindow()));
        assertEquals("Tue 20:00-Tue 20:30 Asia/Tokyo", hours.localWeekly(settings.database().maintenanceWindow()));
    }

    private static String[] append(String[] lines, String line) {
        var all = new ArrayList<>(List.of(lines));
        all.add(line);
        return all.toArray(String[]::new);
    }
}
