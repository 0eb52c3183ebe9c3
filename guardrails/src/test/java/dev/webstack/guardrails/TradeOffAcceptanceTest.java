package dev.webstack.guardrails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.TradeOff;
import dev.webstack.plan.TradeOffCatalog;
import dev.webstack.testkit.PlanFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GIVEN a stack whose database is single-AZ, WHEN checked, THEN the failure is accepted only
 * when the plan records the trade-off that names it, in the environment that accepts it.
 */
class TradeOffAcceptanceTest {

    private static final TradeOff SINGLE_AZ = TradeOffCatalog.SINGLE_AZ_DATABASE;

    private static PlanFixture singleAz(PlanFixture stack) {
        stack.get("db-instance").in("multiAz", false);
        return stack;
    }

    private static List<String> violations(Report report) {
        return report.violations().stream().map(v -> v.ruleId() + " on " + v.resourceName()).toList();
    }

    static List<TradeOff> catalogue() {
        return TradeOffCatalog.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void everyCatalogueEntryNamesARuleOfTheCatalog(TradeOff tradeOff) {
        assertEquals(tradeOff.ruleId(), Guardrails.ruleBrokenBy(tradeOff).id());
    }

    @Test
    void aRecordedTradeOffIsAcceptedWithItsReason() {
        var plan = singleAz(GoodStack.staging()).plan().withTradeOffs(List.of(SINGLE_AZ));
        var report = Guardrails.check(plan);
        assertEquals(List.of(), violations(report));
        assertEquals(1, report.allowed().size());
        assertEquals("database.multiAz=false: " + SINGLE_AZ.justification(), report.allowed().get(0).entry().reason());
    }

    @Test
    void aFailureTheSettingsCauseButThePlanDoesNotRecordIsAViolation() {
        var report = Guardrails.check(singleAz(GoodStack.staging()).plan());
        assertEquals(List.of("rds.multi-az on db-instance"), violations(report));
    }

    @Test
    void aTradeOffAcceptedInStagingIsAViolationInProduction() {
        var plan = singleAz(GoodStack.production()).plan().withTradeOffs(List.of(SINGLE_AZ));
        var report = Guardrails.check(plan);
        assertEquals(List.of("rds.multi-az on db-instance"), violations(report));
        assertEquals(List.of(), report.unused(), "production accepts nothing, so nothing of it can be stale");
    }

    @Test
    void aRecordedTradeOffThatNothingBreaksIsReportedStale() {
        var report = Guardrails.check(GoodStack.staging().plan().withTradeOffs(List.of(SINGLE_AZ)));
        assertEquals(List.of(SINGLE_AZ), report.unused());
    }

    @Test
    void aTradeOffNamingNoRuleIsRefused() {
        var unknown = new TradeOff("database.multiAz", "false", "a risk", "rds.no-such-rule", "db-instance", "staging", "a reason");
        var plan = GoodStack.staging().plan();
        var error = assertThrows(IllegalStateException.class, () -> Guardrails.check(plan, RuleCatalog.all(), List.of(unknown)));
        assertTrue(error.getMessage().contains("database.multiAz=false names rule rds.no-such-rule"), error.getMessage());
    }

    @Test
    void aPlanCannotAcceptATradeOffTheCatalogueDoesNotHold() {
        // GIVEN a plan (as if read back from edited JSON) that accepts a real rule's failure with its own reason
        var madeUp = new TradeOff(SINGLE_AZ.setting(), SINGLE_AZ.value(), SINGLE_AZ.risk(), SINGLE_AZ.ruleId(), SINGLE_AZ.resource(),
                SINGLE_AZ.acceptedIn(), "because we say so");
        var plan = singleAz(GoodStack.staging()).plan().withTradeOffs(List.of(madeUp));
        // WHEN checked THEN it is refused, naming the entry
        var error = assertThrows(IllegalStateException.class, () -> Guardrails.check(plan));
        assertTrue(error.getMessage().contains("does not hold: database.multiAz=false for " + SINGLE_AZ.ruleId()), error.getMessage());
    }
}
