package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeWindowsTest {

    @ParameterizedTest(name = "backup {0} and maintenance {1}: overlap {2}")
    @CsvSource({
            "18:00-18:30, sun:19:00-sun:19:30, false",
            "18:00-18:30, sun:18:15-sun:18:45, true",
            "18:00-18:30, sun:18:30-sun:19:00, false",
            "18:00-18:30, wed:17:30-wed:18:01, true",
            "23:45-00:15, mon:00:00-mon:00:30, true",
            "23:45-00:15, mon:00:15-mon:00:45, false",
            "00:00-00:30, sat:23:30-sun:00:30, true",
            "12:00-12:30, sat:13:00-sun:11:59, false",
            "12:00-12:30, sat:13:00-sun:12:01, true",
    })
    void detectsOverlapAcrossMidnightAndWeekEnd(String daily, String weekly, boolean overlap) {
        assertEquals(overlap, TimeWindows.overlap(TimeWindows.daily(daily).orElseThrow(), TimeWindows.weekly(weekly).orElseThrow()));
    }

    @ParameterizedTest(name = "{0} lasts {1} minutes")
    @CsvSource({"18:00-18:30, 30", "23:50-00:20, 30", "00:00-23:59, 1439"})
    void measuresDailyWindows(String daily, int minutes) {
        assertEquals(minutes, TimeWindows.daily(daily).orElseThrow().length());
    }

    @ParameterizedTest(name = "{0} lasts {1} minutes")
    @CsvSource({"sun:19:00-sun:19:30, 30", "sun:23:45-mon:00:15, 30", "sat:22:00-sun:02:00, 240"})
    void measuresWeeklyWindowsAcrossTheWeek(String weekly, int minutes) {
        assertEquals(minutes, TimeWindows.weekly(weekly).orElseThrow().length());
    }

    @ParameterizedTest
    @CsvSource({"24:00-00:30", "18:00", "18:00-18:60", "Sun:19:00-sun:19:30"})
    void refusesMalformedWindows(String text) {
        assertTrue(TimeWindows.daily(text).isEmpty() && TimeWindows.weekly(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource({"18:00-18:29", "23:50-00:10"})
    void refusesShortWindows(String daily) {
        assertEquals("is shorter than 30 minutes",
                TimeWindows.dailyWindow().check(daily).map(Complaint::what).orElse("accepted"));
        assertEquals(Optional.empty(), TimeWindows.dailyWindow().check("18:00-18:30"));
    }
}
