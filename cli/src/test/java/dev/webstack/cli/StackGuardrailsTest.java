package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webstack.plan.Plan;
import dev.webstack.plan.TradeOff;
import dev.webstack.plan.TradeOffCatalog;
import dev.webstack.guardrails.Guardrails;
import dev.webstack.guardrails.Report;
import dev.webstack.guardrails.RuleCatalog;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Both real stacks against every rule: production clean, staging clean but for its reasoned trade-offs. */
class StackGuardrailsTest {

    private static Plan plan(String stack) {
        return StackWiringTest.plan(stack);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void noRuleIsBroken(String stack) {
        var report = Guardrails.check(plan(stack));
        assertEquals(List.of(), report.violations().stream().map(Object::toString).toList());
    }

    @Test
    void productionNeedsNoExceptionAndEveryRuleAppliesThere() {
        assertEquals(List.of(), plan("production").tradeOffs());
        var report = Guardrails.check(plan("production"));
        assertEquals(List.of(), report.allowed());
        assertEquals(RuleCatalog.all().size(), report.rulesApplied());
    }

    @Test
    void stagingTakesEveryCataloguedTradeOffAndEachStillMatchesSomething() {
        var staging = plan("staging");
        assertEquals(TradeOffCatalog.ALL, staging.tradeOffs());
        var report = Guardrails.check(staging);
        assertEquals(List.of(), report.unused(), "stale trade-offs: the catalogue names a failure staging no longer has");
        assertEquals(Set.copyOf(staging.tradeOffs()), report.allowed().stream().map(Report.Allowed::entry).collect(Collectors.toSet()));
    }

    static List<TradeOff> catalogue() {
        return TradeOffCatalog.ALL;
    }

    /** Staging's settings take the trade-off; without it recorded the failure it causes is a violation. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void aTradeOffStagingTakesButThePlanLacksBreaksTheBuild(TradeOff missing) {
        var staging = plan("staging");
        var others = staging.tradeOffs().stream().filter(t -> !t.equals(missing)).toList();
        var report = Guardrails.check(staging, RuleCatalog.all(), others);
        assertEquals(List.of(missing.ruleId() + " on " + missing.resource()),
                report.violations().stream().map(v -> v.ruleId() + " on " + v.resourceName()).toList());
    }
}
