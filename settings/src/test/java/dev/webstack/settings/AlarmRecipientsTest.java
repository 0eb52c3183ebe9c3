package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GIVEN a stack file's alarm recipients, WHEN it is loaded, THEN production is refused unless its
 * alarms reach someone by email or the file says why not; staging may subscribe nobody.
 */
class AlarmRecipientsTest {

    private static final String REASON = "webstack:alarms.noEmailReason: 'PagerDuty subscribes to the topic; on-call: platform rota'";

    private static StackSettings load(String stack, String... lines) {
        return StackFiles.loadWithoutRecipients(stack, lines);
    }

    private static InvalidStackConfigException refused(String stack, String... lines) {
        return assertThrows(InvalidStackConfigException.class, () -> load(stack, lines));
    }

    @ParameterizedTest(name = "production with [{0}] is refused")
    @ValueSource(strings = {"webstack:alarms.emails: []", "webstack:alarms.discord: true"})
    void productionThatSubscribesNobodyIsRefusedNamingTheKeyItsValueAndBothFixes(String line) {
        var error = refused("production", line);

        assertEquals(1, error.problems().size(), error.getMessage());
        var problem = error.problems().get(0);
        assertEquals("webstack:alarms.emails", problem.key());
        assertTrue(problem.what().startsWith("[] subscribes nobody"), problem.what());
        assertTrue(problem.fix().contains("pulumi config set --path 'webstack:alarms.emails[0]' <address>"), problem.fix());
        assertTrue(problem.fix().contains("pulumi config set webstack:alarms.noEmailReason"), problem.fix());
    }

    @Test
    void theRefusalComesWithEveryOtherProblemOfTheFile() {
        var error = refused("production", "webstack:alarms.emails: []", "webstack:network.azCount: 9");

        assertEquals(List.of("webstack:network.azCount", "webstack:alarms.emails"), error.problems().stream().map(Problem::key).toList());
    }

    @Test
    void productionWithANamedOptOutIsAccepted() {
        var alarms = load("production", "webstack:alarms.emails: []", REASON).alarms();

        assertEquals(List.of(), alarms.emails());
        assertEquals(Optional.of("PagerDuty subscribes to the topic; on-call: platform rota"), alarms.noEmailReason());
    }

    @Test
    void productionWithAnAddressIsAcceptedAndHasNoOptOut() {
        var alarms = load("production", "webstack:alarms.emails: [oncall@example-corp.com]").alarms();

        assertEquals(List.of("oncall@example-corp.com"), alarms.emails());
        assertEquals(Optional.empty(), alarms.noEmailReason());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"staging", "production"})
    void anOptOutNextToAddressesContradictsThemAndIsRefused(String stack) {
        var error = refused(stack, "webstack:alarms.emails: [oncall@example-corp.com]", REASON);

        assertEquals(1, error.problems().size(), error.getMessage());
        var problem = error.problems().get(0);
        assertEquals("webstack:alarms.noEmailReason", problem.key());
        assertTrue(problem.what().endsWith("but webstack:alarms.emails subscribes ['oncall@example-corp.com']"), problem.what());
        assertTrue(problem.fix().startsWith("remove webstack:alarms.noEmailReason"), problem.fix());
    }

    @Test
    void stagingMaySubscribeNobody() {
        assertEquals(List.of(), load("staging", "webstack:alarms.emails: []").alarms().emails());
        assertEquals(List.of(), load("staging").alarms().emails(), "the default");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "[ops@example-corp]              | ops@example-corp",
            "[ops@@example-corp.com]         | ops@@example-corp.com",
            "[ops@-corp.com]                 | ops@-corp.com",
            "[.ops@example-corp.com]         | .ops@example-corp.com",
            "[ops..on.call@example-corp.com] | ops..on.call@example-corp.com",
            "[ops@example-corp.c]            | ops@example-corp.c",
            "['on call@example-corp.com']    | on call@example-corp.com",
            "[example-corp.com]              | example-corp.com",
            "[ok@example-corp.com, 'ops@corp..com'] | ops@corp..com",
    })
    void anAddressThatIsNotOneIsRefusedByName(String list, String bad) {
        var error = refused("staging", "webstack:alarms.emails: " + list);

        assertEquals(1, error.problems().size(), error.getMessage());
        var problem = error.problems().get(0);
        assertEquals("webstack:alarms.emails", problem.key());
        assertTrue(problem.what().endsWith("has an entry that is not an email address (" + bad + ")"), problem.what());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"oncall+alarms@example-corp.com", "first.last@ops.example-corp.co.jp", "o_n-c%all@x1.io"})
    void addressesMailProvidersHandOutAreAccepted(String address) {
        assertEquals(List.of(address), load("production", "webstack:alarms.emails: [" + address + "]").alarms().emails());
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"none", "n/a", "later", "''", "'   '", "'not needed here'"})
    void anOptOutThatCannotSayWhyAndWhoIsRefused(String reason) {
        var error = refused("production", "webstack:alarms.noEmailReason: " + reason);

        assertEquals(List.of("webstack:alarms.noEmailReason"), error.problems().stream().map(Problem::key).toList(), error.getMessage());
        assertTrue(error.problems().get(0).what().contains("is not a sentence saying why"), error.getMessage());
    }
}
