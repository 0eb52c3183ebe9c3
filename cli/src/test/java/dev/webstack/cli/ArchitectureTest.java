package dev.webstack.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;

/**
 * Which way the modules depend on each other, held against the product's main classes (tests
 * and their fixtures are left out). The cli module sees every module but the notifier, which
 * shares no code with the rest.
 */
@AnalyzeClasses(packages = "dev.webstack", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The packages of the component modules, as {@code importPackages} takes them. */
    static final String[] COMPONENT_PACKAGES = {"dev.webstack.network", "dev.webstack.data", "dev.webstack.compute",
            "dev.webstack.edge", "dev.webstack.observability", "dev.webstack.delivery"};

    static final String[] COMPONENTS = {"dev.webstack.network..", "dev.webstack.data..", "dev.webstack.compute..",
            "dev.webstack.edge..", "dev.webstack.observability..", "dev.webstack.delivery.."};

    @ArchTest
    static final ArchRule COMPONENTS_USE_ONLY_THE_SHARED_MODULES = classes().that().resideInAnyPackage(COMPONENTS)
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("dev.webstack..").or(resideInAnyPackage(Stream.concat(
                    Stream.of(COMPONENTS), Stream.of("dev.webstack.settings..", "dev.webstack.kit..", "dev.webstack.plan.json..",
                            "dev.webstack.plan.aws..", "dev.webstack.plan.hash..")).toArray(String[]::new))))
            .as("components use only settings, kit, and the plan module's JSON and hash helpers and AWS facts")
            .because("a component is built from its settings and Args; the plan model, the analysers and the program are "
                    + "downstream of it, and depending on them would turn the arrows around");

    @ArchTest
    static final ArchRule COMPONENTS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching("dev.webstack.(network|data|compute|edge|observability|delivery)..")
            .should().notDependOnEachOther()
            .as("components do not depend on each other")
            .because("the program hands one component's outputs to another through Args, so each builds, tests and "
                    + "reads alone");

    @ArchTest
    static final ArchRule GUARDRAILS_READ_THE_PLAN_ONLY = usesOnly("dev.webstack.guardrails..", "dev.webstack.plan..")
            .as("guardrails read the plan model only")
            .because("they judge what a plan would create, whichever program or settings produced it");

    @ArchTest
    static final ArchRule COST_READS_THE_PLAN_ONLY = usesOnly("dev.webstack.cost..", "dev.webstack.plan..")
            .as("cost reads the plan model only")
            .because("it prices what a plan would create; the command line turns settings into its usage and hours");

    @ArchTest
    static final ArchRule PLAN_STANDS_ALONE = usesOnly("dev.webstack.plan..")
            .as("the plan model depends on no other webstack module")
            .because("everything else reads it, and it must stay free of Pulumi and of settings");

    @ArchTest
    static final ArchRule SETTINGS_READ_ONLY_PLAN_FACTS = usesOnly("dev.webstack.settings..", "dev.webstack.plan..")
            .as("settings depend on the plan module only")
            .because("settings are read before anything is built; they share AWS facts with the analysers through plan");

    @ArchTest
    static final ArchRule KIT_BUILDS_ON_SETTINGS_AND_PLAN = usesOnly("dev.webstack.kit..", "dev.webstack.settings..",
            "dev.webstack.plan..")
            .as("kit depends on settings and plan only")
            .because("every component uses the kit, so the kit cannot know any component");

    @ArchTest
    static final ArchRule OFFLINE_ENGINE_KNOWS_NO_COMPONENT = usesOnly("dev.webstack.offline..", "dev.webstack.settings..",
            "dev.webstack.plan..")
            .as("the offline engine depends on settings and plan only")
            .because("it runs whatever program it is given under mocks; it answers for resource types, not components");

    @ArchTest
    static final ArchRule TESTKIT_STAYS_IN_TESTS = noClasses().that().resideOutsideOfPackage("dev.webstack.testkit..")
            .should().dependOnClassesThat().resideInAPackage("dev.webstack.testkit..")
            .as("no product code depends on the testkit")
            .because("its fixtures are for tests; pulumi up must not run them");

    @ArchTest
    static final ArchRule ONLY_THE_CLI_CALLS_THE_PROGRAM = noClasses().that()
            .resideOutsideOfPackages("dev.webstack.program..", "dev.webstack.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.webstack.program..")
            .as("only the command line depends on the program")
            .because("the program is what pulumi up runs, at the top of the graph; the command line runs it offline");

    @ArchTest
    static final ArchRule NOTHING_CALLS_THE_CLI = noClasses().that().resideOutsideOfPackage("dev.webstack.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.webstack.cli..")
            .as("nothing depends on the command line")
            .because("it is the outermost layer: pulumi up must run without it");

    @ArchTest
    static final ArchRule MODULES_FREE_OF_CYCLES = slices().matching("dev.webstack.(*)..")
            .should().beFreeOfCycles()
            .as("the modules form no cycle")
            .because("each package under dev.webstack is a Maven module, and modules cannot depend on each other in a circle");

    @ArchTest
    static final ArchRule PACKAGES_FREE_OF_CYCLES = slices().matching("dev.webstack.(**)")
            .should().beFreeOfCycles()
            .as("no package cycles")
            .because("inside a module too, a package's parts build on the layer below them (the offline engine on the "
                    + "service mocks on the catalogue, the guardrails on the rules on their model), so each reads alone");

    /** Classes of {@code module} depend on no webstack classes but their own and those of {@code allowed}. */
    private static ArchRule usesOnly(String module, String... allowed) {
        var permitted = Stream.concat(Stream.of(module), Stream.of(allowed)).toArray(String[]::new);
        return classes().that().resideInAPackage(module)
                .should().onlyDependOnClassesThat(resideOutsideOfPackage("dev.webstack..").or(resideInAnyPackage(permitted)));
    }
}
