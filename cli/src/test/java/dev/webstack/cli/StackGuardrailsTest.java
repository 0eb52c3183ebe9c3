package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.Plan;
import dev.webstack.guardrails.Allowlist;
import dev.webstack.guardrails.Guardrails;
import dev.webstack.guardrails.Report;
import dev.webstack.guardrails.RuleCatalog;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
        var report = Guardrails.check(plan("production"));
        assertEquals(List.of(), report.allowed());
        assertEquals(RuleCatalog.all().size(), report.rulesApplied());
    }

    @Test
    void everyStagingExceptionStillMatchesSomething() {
        var report = Guardrails.check(plan("staging"));
        assertEquals(List.of(), report.unused(), "stale allowlist entries: remove them from Allowlist");
        assertEquals(Allowlist.STAGING_TRADE_OFFS.size(), report.allowed().stream().map(Report.Allowed::entry).distinct().count());
    }

    @Test
    void everyStagingExceptionIsAWarningOfTheStagingPlan() {
        var warnings = plan("staging").warnings();
        for (var entry : Allowlist.STAGING_TRADE_OFFS) {
            var setting = entry.reason().substring(0, entry.reason().indexOf(':'));
            assertTrue(warnings.stream().anyMatch(w -> w.contains(setting)),
                    entry + " cites " + setting + ", which the staging plan does not warn about: " + warnings);
        }
    }

    @Test
    void withoutTheAllowlistStagingShowsExactlyItsTradeOffs() {
        var report = Guardrails.check(plan("staging"), RuleCatalog.all(), List.of());
        assertEquals(Allowlist.STAGING_TRADE_OFFS.stream().map(e -> e.ruleId() + " " + e.resourceName()).collect(Collectors.toSet()),
                report.violations().stream().map(v -> v.ruleId() + " " + v.resourceName()).collect(Collectors.toSet()));
    }
}
