package dev.webstack.guardrails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.guardrails.model.Graph;
import dev.webstack.guardrails.model.Rule;
import dev.webstack.guardrails.model.Scope;
import dev.webstack.guardrails.model.Violation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GIVEN hand-built graphs, WHEN each rule runs, THEN the good stack passes and every failing example is caught as described. */
class RuleExamplesTest {

    static Stream<Arguments> failures() {
        return RuleExamples.all().values().stream()
                .flatMap(e -> e.failures().stream().map(f -> Arguments.of(e.ruleId() + ": " + f.description(), e, f)));
    }

    static Stream<Arguments> passingVariants() {
        return RuleExamples.all().values().stream()
                .flatMap(e -> e.passingVariants().stream().map(f -> Arguments.of(e.ruleId() + ": " + f.description(), e, f)));
    }

    private static Rule rule(String id) {
        return RuleCatalog.byId(id).orElseThrow(() -> new AssertionError("examples for unknown rule " + id));
    }

    private static List<Violation> run(RuleExamples.Example example, RuleExamples.Failure change) {
        var fixture = example.base().get();
        change.change().accept(fixture);
        return rule(example.ruleId()).evaluate(new Graph(fixture.plan()));
    }

    @Test
    void everyRuleHasAPassingAndAFailingExample() {
        var missing = RuleCatalog.all().stream().map(Rule::id)
                .filter(id -> !RuleExamples.all().containsKey(id) || RuleExamples.all().get(id).failures().isEmpty()).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void theGoodStackPassesEveryRuleInBothEnvironments() {
        for (var fixture : List.of(GoodStack.staging(), GoodStack.production())) {
            var report = Guardrails.check(fixture.plan(), RuleCatalog.all(), List.of());
            assertEquals(List.of(), report.violations().stream().map(Violation::toString).toList());
            assertTrue(report.rulesApplied() > 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void eachFailingExampleIsCaughtWithItsReason(String name, RuleExamples.Example example, RuleExamples.Failure failure) {
        var violations = run(example, failure);
        assertFalse(violations.isEmpty(), name + " was not caught");
        assertTrue(violations.stream().allMatch(v -> v.ruleId().equals(example.ruleId())));
        assertTrue(violations.stream().anyMatch(v -> v.problem().contains(failure.says())),
                "expected '" + failure.says() + "' in " + violations);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passingVariants")
    void eachPassingVariantPasses(String name, RuleExamples.Example example, RuleExamples.Failure variant) {
        assertEquals(List.of(), run(example, variant).stream().map(Violation::toString).toList(), name);
    }

    @Test
    void productionRulesDoNotJudgeStaging() {
        var productionOnly = RuleCatalog.all().stream().filter(r -> r.scope() == Scope.PRODUCTION).toList();
        assertFalse(productionOnly.isEmpty());
        for (var rule : productionOnly) {
            var example = RuleExamples.all().get(rule.id());
            var broken = GoodStack.staging();
            example.failures().get(0).change().accept(broken);
            assertEquals(List.of(), rule.evaluate(new Graph(broken.plan())), rule.id() + " judged a staging stack");
        }
    }
}
