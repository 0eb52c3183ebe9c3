package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** GIVEN network.availabilityZones in a stack file, WHEN loaded, THEN pinned zones or one problem naming key, value and fix. */
class AvailabilityZonesSettingTest {

    private static StackSettings load(String... lines) {
        return StackFiles.load("staging", lines);
    }

    private static Problem onlyProblem(String... lines) {
        var error = assertThrows(InvalidStackConfigException.class, () -> load(lines));
        assertEquals(1, error.problems().size(), error.getMessage());
        return error.problems().get(0);
    }

    @Test
    void unsetLeavesTheChoiceToTheProgram() {
        assertEquals(List.of(), load().network().availabilityZones());
    }

    @Test
    void pinnedZonesAreKeptInTheirOrder() {
        var settings = load("webstack:network.availabilityZones: [ap-northeast-1d, ap-northeast-1a]");
        assertEquals(List.of("ap-northeast-1d", "ap-northeast-1a"), settings.network().availabilityZones());
    }

    @Test
    void asManyZonesAsTheZoneCount() {
        var problem = onlyProblem("webstack:network.availabilityZones: [ap-northeast-1a, ap-northeast-1c, ap-northeast-1d]");
        assertEquals("webstack:network.availabilityZones", problem.key());
        assertTrue(problem.what().contains("3 zones but network.azCount is 2"), problem.toString());
    }

    @Test
    void zoneIdsAreRefused() {
        var problem = onlyProblem("webstack:network.availabilityZones: [apne1-az1, apne1-az4]");
        assertTrue(problem.fix().contains("not zone ids"), problem.toString());
    }

    @Test
    void aZoneListedTwiceIsRefused() {
        var problem = onlyProblem("webstack:network.availabilityZones: [ap-northeast-1a, ap-northeast-1a]");
        assertTrue(problem.what().contains("twice"), problem.toString());
    }
}
