package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OffHoursTest {

    private static OffHours schedule(String days, String from, String until) {
        Set<DayOfWeek> set = Arrays.stream(days.split(" ")).map(OffHoursTest::day)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new OffHours(set, LocalTime.parse(from), LocalTime.parse(until), ZoneId.of("Asia/Tokyo"), Duration.ofMinutes(20),
                Duration.ofMinutes(10));
    }

    private static DayOfWeek day(String name) {
        return Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1}-{2}: start {3}, stop {4}")
    @CsvSource(delimiter = '|', value = {
            "MON TUE WED THU FRI | 08:00 | 22:00 | cron(0 8 ? * MON-FRI *)  | cron(0 22 ? * MON-FRI *)",
            "MON TUE WED THU FRI | 09:30 | 18:45 | cron(30 9 ? * MON-FRI *) | cron(45 18 ? * MON-FRI *)",
            "MON WED FRI         | 08:00 | 20:00 | cron(0 8 ? * MON,WED,FRI *) | cron(0 20 ? * MON,WED,FRI *)",
            "MON TUE WED THU FRI | 18:00 | 02:00 | cron(0 18 ? * MON-FRI *) | cron(0 2 ? * TUE-SAT *)",
            "FRI SAT SUN         | 10:00 | 23:00 | cron(0 10 ? * SUN,FRI,SAT *) | cron(0 23 ? * SUN,FRI,SAT *)",
            "THU FRI SAT         | 20:00 | 00:00 | cron(0 20 ? * THU-SAT *) | cron(0 0 ? * SUN,FRI,SAT *)",
            "SAT SUN             | 09:00 | 17:00 | cron(0 9 ? * SUN,SAT *)  | cron(0 17 ? * SUN,SAT *)",
            "SUN MON TUE         | 22:00 | 06:00 | cron(0 22 ? * SUN-TUE *) | cron(0 6 ? * MON-WED *)",
    })
    void startsAndStopsOnTheRightDaysAcrossMidnightAndTheWeekEnd(String days, String from, String until, String start, String stop) {
        var schedule = schedule(days, from, until);
        assertEquals(start, schedule.startCron());
        assertEquals(stop, schedule.stopCron());
    }

    @ParameterizedTest(name = "{0} {1}-{2}: {3} hours a week")
    @CsvSource({"MON TUE WED THU FRI, 08:00, 22:00, 70", "MON TUE WED THU FRI, 22:00, 06:00, 40", "SAT, 00:00, 23:30, 23.5"})
    void countsRunningHours(String days, String from, String until, double hours) {
        assertEquals(hours, schedule(days, from, until).runningHoursPerWeek(), 1e-9);
    }

    @Test
    void describesItselfForPeople() {
        assertEquals("running Mon-Fri 08:00-22:00 Asia/Tokyo", schedule("MON TUE WED THU FRI", "08:00", "22:00").describe());
        assertEquals("running Fri-Sun 10:00-23:00 Asia/Tokyo", schedule("FRI SAT SUN", "10:00", "23:00").describe());
    }

    @Test
    void refusesAnEmptyWindow() {
        assertThrows(IllegalArgumentException.class, () -> schedule("MON", "08:00", "08:00"));
        assertThrows(IllegalArgumentException.class, () -> new OffHours(Set.of(), LocalTime.NOON, LocalTime.MIDNIGHT, ZoneId.of("UTC"),
                Duration.ZERO, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new OffHours(Set.of(DayOfWeek.MONDAY), LocalTime.NOON, LocalTime.MIDNIGHT,
                ZoneId.of("UTC"), Duration.ofMinutes(-5), Duration.ZERO));
    }

    @ParameterizedTest(name = "{0} {1}-{2}: database starts {3}, stops {4}; alarms resume {5}")
    @CsvSource(delimiter = '|', value = {
            // the default: weekdays, the database 20 minutes early, stopped every evening
            "MON TUE WED THU FRI | 08:00 | 22:00 | cron(40 7 ? * MON-FRI *)      | cron(10 22 * * ? *) | cron(15 8 ? * MON-FRI *)",
            // a start just after midnight: the database starts the evening before
            "MON TUE WED THU FRI | 00:10 | 09:00 | cron(50 23 ? * SUN-THU *)     | cron(10 9 * * ? *)  | cron(25 0 ? * MON-FRI *)",
            // Monday 00:05 starts on Sunday, which AWS's Sunday-first week writes first
            "MON                 | 00:05 | 12:00 | cron(45 23 ? * SUN *)         | cron(10 12 * * ? *) | cron(20 0 ? * MON *)",
            // a window past midnight: stop time after midnight, every day
            "FRI SAT             | 18:00 | 02:00 | cron(40 17 ? * FRI,SAT *)     | cron(10 2 * * ? *)  | cron(15 18 ? * FRI,SAT *)",
            // alarms resuming after midnight move to the next day
            "SAT                 | 23:50 | 06:00 | cron(30 23 ? * SAT *)         | cron(10 6 * * ? *)  | cron(5 0 ? * SUN *)",
            // weekends only
            "SAT SUN             | 09:00 | 17:00 | cron(40 8 ? * SUN,SAT *)      | cron(10 17 * * ? *) | cron(15 9 ? * SUN,SAT *)",
    })
    void theDatabaseAndTheAlarmsFollowTheServicesSchedule(String days, String from, String until, String databaseStart,
                                                           String databaseStop, String alarmsResume) {
        var schedule = schedule(days, from, until);
        assertEquals(databaseStart, schedule.databaseStartCron());
        assertEquals(databaseStop, schedule.databaseStopCron());
        assertEquals(alarmsResume, schedule.alarmsResumeCron());
        assertEquals(schedule.stopCron(), schedule.alarmsPauseCron(), "alarms pause the moment the service stops");
    }

    @Test
    void theDatabaseRunsItsLeadAndStopDelayLongerThanTheService() {
        var schedule = schedule("MON TUE WED THU FRI", "08:00", "22:00");
        assertEquals(70 + 5 * 0.5, schedule.databaseHoursPerWeek(), 1e-9);
        assertEquals("the database starts at 07:40 on running days and stops at 22:10 every day", schedule.describeDatabase());
    }
}
