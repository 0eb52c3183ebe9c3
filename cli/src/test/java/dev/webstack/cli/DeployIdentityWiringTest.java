package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.guardrails.Guardrails;
import dev.webstack.plan.Plan;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.StackIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GIVEN a stack file naming a GitHub repository, WHEN planned, THEN its deploy role may act on
 * every resource the stack has (by the resource's real ARN), passes exactly the stack's other
 * roles, and the stack still breaks no guardrail.
 */
class DeployIdentityWiringTest {

    /**
     * IAM authorises these on the resource they belong to (the topic, the rule, the scalable
     * target), whose own ARNs are checked; their ARNs name nothing a policy can grant.
     */
    private static final Set<String> AUTHORISED_ON_THEIR_PARENT = Set.of("aws:sns/topicPolicy:TopicPolicy",
            "aws:cloudwatch/eventTarget:EventTarget", "aws:appautoscaling/policy:Policy",
            "aws:appautoscaling/scheduledAction:ScheduledAction");

    /** Read-only and tag-conditioned statements grant "*"; reaching a resource must not rest on them. */
    private static final String ANY_RESOURCE = "*";

    private static Plan plan(Path dir, String stack) throws IOException {
        return plan(dir, stack, stack);
    }

    /** The repository's stack file of {@code environment}, as stack {@code stack}, with a GitHub repository. */
    private static Plan plan(Path dir, String environment, String stack) throws IOException {
        var repository = ProjectDirectory.find(Path.of("")).path();
        Files.copy(repository.resolve("Pulumi.yaml"), dir.resolve("Pulumi.yaml"));
        Files.writeString(dir.resolve("Pulumi." + stack + ".yaml"), Files.readString(repository.resolve("Pulumi." + environment + ".yaml"))
                .replace("  webstack:profile: " + environment + "\n",
                        "  webstack:profile: " + environment + "\n  webstack:deploy.githubRepository: acme/shop\n"));
        return OfflinePlanner.plan(ProjectDirectory.find(dir), stack);
    }

    private static List<Map<?, ?>> deployStatements(Plan plan) {
        var statements = new ArrayList<Map<?, ?>>();
        plan.where(r -> r.type().equals("aws:iam/policy:Policy") && r.name().startsWith("deploy-manage-"))
                .forEach(p -> ((List<?>) Json.parseObject(p.inputText("policy")).get("Statement")).forEach(s -> statements.add((Map<?, ?>) s)));
        return statements;
    }

    /** IAM's resource matching: '*' any run of characters, '?' one. */
    private static boolean matches(String pattern, String arn) {
        var regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
        }
        return arn.matches(regex.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theDeployRoleReachesEveryResourceOfTheStackByItsRealArn(String stack, @TempDir Path dir) throws IOException {
        assertEquals(List.of(), ungranted(plan(dir, stack)));
    }

    /** The longest stack name the settings allow still leaves every shortened name inside the role's grants. */
    @Test
    void theDeployRoleReachesEveryResourceOfAStackWithTheLongestAllowedName(@TempDir Path dir) throws IOException {
        var stack = "s".repeat(StackIdentity.MAX_NAME_PREFIX_LENGTH - "webstack-".length());
        assertEquals(List.of(), ungranted(plan(dir, "production", stack)));
    }

    static List<String> ungranted(Plan plan) {
        var statements = deployStatements(plan);
        var missing = new ArrayList<String>();
        for (var resource : plan.cloudResources()) {
            var arn = resource.outputs().get("arn");
            if (arn == null || AUTHORISED_ON_THEIR_PARENT.contains(resource.type())) {
                continue;
            }
            var granted = statements.stream().anyMatch(s -> ((List<?>) s.get("Resource")).stream()
                    .anyMatch(pattern -> !ANY_RESOURCE.equals(pattern) && matches(String.valueOf(pattern), String.valueOf(arn))));
            if (!granted) {
                missing.add(resource.type() + " " + arn);
            }
        }
        return missing;
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theDeployRolePassesExactlyTheStacksOtherRoles(String stack, @TempDir Path dir) throws IOException {
        var plan = plan(dir, stack);
        var pass = deployStatements(plan).stream().filter(s -> "PassTheStacksRoles".equals(s.get("Sid"))).findFirst().orElseThrow();
        var stackRoles = plan.ofType("aws:iam/role:Role").stream().filter(r -> !r.name().startsWith("deploy-"))
                .map(r -> r.outputText("arn")).collect(Collectors.toSet());
        assertEquals(stackRoles, Set.copyOf((List<?>) pass.get("Resource")));
        assertTrue(stackRoles.size() >= 3, stackRoles.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void aStackWithItsDeployIdentityStillBreaksNoRule(String stack, @TempDir Path dir) throws IOException {
        var report = Guardrails.check(plan(dir, stack));
        assertEquals(List.of(), report.violations().stream().map(Object::toString).toList());
        assertTrue(StackWiringTest.plan(stack).ofType("aws:iam/policy:Policy").isEmpty(), "the repository's stack files name no repository");
    }
}
