package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.webstack.compute.Service;
import dev.webstack.cost.fixture.ReadsSettings;
import dev.webstack.guardrails.fixture.ReadsTheEstimate;
import dev.webstack.guardrails.fixture.RegistersItsRules;
import dev.webstack.guardrails.fixture.rules.ExtendsItsRegistry;
import dev.webstack.kit.fixture.NeedsPlan;
import dev.webstack.kit.fixture.UsesTheTestkit;
import dev.webstack.network.fixture.ReachesIntoCompute;
import dev.webstack.network.fixture.ReadsThePlanModel;
import dev.webstack.network.fixture.UsesTheSharedModules;
import dev.webstack.offline.fixture.RunsTheProgram;
import dev.webstack.plan.fixture.NeedsKit;
import dev.webstack.program.fixture.CallsTheCli;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ArchitectureTest's rules catch what they are named for: each fixture under src/test breaks the one it is paired with. */
class ArchitectureRulesTest {

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of(ArchitectureTest.COMPONENTS_DO_NOT_DEPEND_ON_EACH_OTHER, List.of(ReachesIntoCompute.class, Service.class),
                        ReachesIntoCompute.class.getName() + ".service> has type <" + Service.class.getName()),
                Arguments.of(ArchitectureTest.COMPONENTS_USE_ONLY_THE_SHARED_MODULES, List.of(ReadsThePlanModel.class),
                        ReadsThePlanModel.class.getName() + ".plan> has type <dev.webstack.plan.Plan>"),
                Arguments.of(ArchitectureTest.COST_READS_THE_PLAN_ONLY, List.of(ReadsSettings.class),
                        ReadsSettings.class.getName() + ".settings> has type <dev.webstack.settings.CostSettings>"),
                Arguments.of(ArchitectureTest.GUARDRAILS_READ_THE_PLAN_ONLY, List.of(ReadsTheEstimate.class),
                        ReadsTheEstimate.class.getName() + ".estimate> has type <dev.webstack.cost.Estimate>"),
                Arguments.of(ArchitectureTest.TESTKIT_STAYS_IN_TESTS, List.of(UsesTheTestkit.class),
                        UsesTheTestkit.class.getName() + ".fixture> has type <dev.webstack.testkit.PlanFixture>"),
                Arguments.of(ArchitectureTest.ONLY_THE_CLI_CALLS_THE_PROGRAM, List.of(RunsTheProgram.class),
                        RunsTheProgram.class.getName() + ".program> has type <dev.webstack.program.WebstackProgram>"),
                Arguments.of(ArchitectureTest.NOTHING_CALLS_THE_CLI, List.of(CallsTheCli.class),
                        CallsTheCli.class.getName() + ".cli> has type <dev.webstack.cli.WebstackCli>"),
                Arguments.of(ArchitectureTest.PLAN_STANDS_ALONE, List.of(NeedsKit.class),
                        NeedsKit.class.getName() + ".kit> has type <" + NeedsPlan.class.getName()),
                Arguments.of(ArchitectureTest.MODULES_FREE_OF_CYCLES, List.of(NeedsKit.class, NeedsPlan.class),
                        "Cycle detected: Slice kit -> "),
                Arguments.of(ArchitectureTest.PACKAGES_FREE_OF_CYCLES, List.of(RegistersItsRules.class, ExtendsItsRegistry.class),
                        "Cycle detected: Slice guardrails.fixture -> "));
    }

    @ParameterizedTest
    @MethodSource("violations")
    void aRuleReportsTheDependencyThatBreaksIt(ArchRule rule, List<Class<?>> fixtures, String expected) {
        var result = rule.evaluate(new ClassFileImporter().importClasses(fixtures));
        assertTrue(result.hasViolation(), rule.getDescription());
        var report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains(expected), report);
    }

    @Test
    void aComponentMayUseSettingsTheKitAndThePlansJsonHelper() {
        var classes = new ClassFileImporter().importClasses(UsesTheSharedModules.class);
        for (var rule : List.of(ArchitectureTest.COMPONENTS_USE_ONLY_THE_SHARED_MODULES, ArchitectureTest.TESTKIT_STAYS_IN_TESTS)) {
            assertEquals(List.of(), rule.evaluate(classes).getFailureReport().getDetails(), rule.getDescription());
        }
    }
}
