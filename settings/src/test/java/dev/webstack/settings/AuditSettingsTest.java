package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.webstack.settings.AuditSettings.Trail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GIVEN a stack file's audit keys, WHEN loaded, THEN production records API calls and the retention is sane. */
class AuditSettingsTest {

    private static StackSettings load(String stack, String... lines) {
        return StackFiles.load(stack, lines);
    }

    @Test
    void productionHasItsOwnTrailAndStagingNoneByDefault() {
        assertEquals(new AuditSettings(Trail.OWN, 365), load("production").audit());
        assertEquals(new AuditSettings(Trail.OFF, 90), load("staging").audit());
    }

    @ParameterizedTest
    @CsvSource({"staging, own, OWN", "staging, organization, ORGANIZATION", "production, organization, ORGANIZATION"})
    void eachStackMayChooseWhoRecords(String stack, String value, Trail expected) {
        assertEquals(expected, load(stack, "webstack:audit.trail: " + value).audit().trail());
    }

    @Test
    void productionRefusesToGoWithoutATrail() {
        var error = assertThrows(InvalidStackConfigException.class, () -> load("production", "webstack:audit.trail: off"));

        assertEquals("webstack:audit.trail: off is refused in production: nothing would record the API calls (requirements R4.4); "
                + "use own, or organization when an AWS Organizations trail already records this account", error.problems().get(0).toString());
    }

    @ParameterizedTest
    @CsvSource({"webstack:audit.trail: both, webstack:audit.trail", "webstack:audit.retentionDays: 7, webstack:audit.retentionDays",
            "webstack:audit.retentionDays: 4000, webstack:audit.retentionDays"})
    void refusesWhatIsNotAChoiceOrARetention(String line, String key) {
        var error = assertThrows(InvalidStackConfigException.class, () -> load("staging", line));

        assertEquals(1, error.problems().size(), error.getMessage());
        assertEquals(key, error.problems().get(0).key());
    }

    @Test
    void theRetentionIsTheStackFilesWhenSet() {
        assertEquals(30, load("staging", "webstack:audit.retentionDays: 30").audit().retentionDays());
    }
}
