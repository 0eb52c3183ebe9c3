package dev.webstack.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webstack.kit.Safekeeping;
import dev.webstack.kit.SettingsArgs;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.Environment;
import dev.webstack.testkit.ComponentHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GIVEN an owner stack sharing its registry, WHEN planned, THEN it holds one repository per stack it serves,
 * its own unchanged, each with the same settings and the keep-*-latest rule first, and exports them by stack
 * (ADR 0025).
 */
class RegistryTest {

    private static Plan plan(String... settings) {
        return ComponentHarness.run(Environment.PRODUCTION, (context, options) -> {
            var stack = ComponentHarness.settings(Environment.PRODUCTION, settings);
            new Registry("app", new SettingsArgs<>(ComponentHarness.naming(Environment.PRODUCTION), stack.registry(),
                    Safekeeping.forEnvironment(Environment.PRODUCTION)), options).contract().exportTo(context);
        });
    }

    private static PlannedResource lifecycleOf(Plan plan, PlannedResource repository) {
        return plan.ofType("aws:ecr/lifecyclePolicy:LifecyclePolicy").stream()
                .filter(policy -> policy.inputText("repository").equals(repository.inputText("name"))).findFirst().orElseThrow();
    }

    @Test
    void anOwnerHoldsARepositoryForEachStackItSharesWith() {
        var plan = plan("webstack:registry.sharedWith: [staging, test]");

        var repositories = plan.ofType("aws:ecr/repository:Repository");
        assertEquals(List.of("app-repository", "app-repository-staging", "app-repository-test"),
                repositories.stream().map(PlannedResource::name).toList());
        assertEquals(List.of("webstack-production", "webstack-production/staging", "webstack-production/test"),
                repositories.stream().map(r -> r.inputText("name")).toList());
        for (var repository : repositories) {
            assertEquals("MUTABLE", repository.inputText("imageTagMutability"), repository.name());
            assertEquals(true, repository.input("imageScanningConfiguration.scanOnPush").orElseThrow(), repository.name());
            assertEquals("AES256", repository.input("encryptionConfigurations[0].encryptionType").orElseThrow(), repository.name());
            assertEquals(true, repository.options().protect(), "production's safekeeping for every repository: " + repository.name());
            var rules = (List<?>) Json.parseObject(lifecycleOf(plan, repository).inputText("policy")).get("rules");
            var first = (Map<?, ?>) rules.get(0);
            assertEquals(1, ((Number) first.get("rulePriority")).intValue());
            assertEquals(List.of("*-latest"), ((Map<?, ?>) first.get("selection")).get("tagPatternList"), repository.name());
        }
    }

    @Test
    void theExportedMapNamesEachStacksRepositoryAndTheOwnersOwnStaysTheContract() {
        var plan = plan("webstack:registry.sharedWith: [staging, test]");

        var own = plan.named("aws:ecr/repository:Repository", "app-repository");
        var staging = plan.named("aws:ecr/repository:Repository", "app-repository-staging");
        var test = plan.named("aws:ecr/repository:Repository", "app-repository-test");
        assertEquals(Map.of(
                "production", Map.of("url", own.outputText("repositoryUrl"), "arn", own.outputText("arn")),
                "staging", Map.of("url", staging.outputText("repositoryUrl"), "arn", staging.outputText("arn")),
                "test", Map.of("url", test.outputText("repositoryUrl"), "arn", test.outputText("arn"))),
                plan.output(RegistryContract.REPOSITORIES));
        assertEquals(own.outputText("arn"), plan.output(RegistryContract.REPOSITORY_ARN));
        assertEquals(own.outputText("repositoryUrl"), plan.output(RegistryContract.REPOSITORY_URL));
    }

    @Test
    void aStandaloneStackHoldsOnlyItsOwnRepository() {
        var plan = plan();

        assertEquals(1, plan.ofType("aws:ecr/repository:Repository").size());
        assertEquals(1, plan.ofType("aws:ecr/lifecyclePolicy:LifecyclePolicy").size());
        assertEquals(List.of("production"), List.copyOf(((Map<?, ?>) plan.output(RegistryContract.REPOSITORIES)).keySet()));
    }
}
