package dev.webstack.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GIVEN the release's resources, WHEN its policy and parameter are written, THEN they stay within what AWS accepts. */
class ReleaseIdentityTest {

    private static ReleasePolicy.Resolved resolved(boolean sleeps) {
        return resolved(sleeps, List.of());
    }

    private static ReleasePolicy.Resolved resolved(boolean sleeps, List<String> promotionSources) {
        return new ReleasePolicy.Resolved("123456789012", "ap-northeast-1", "arn:aws:ssm:ap-northeast-1:123456789012:parameter/p/release/outputs",
                "arn:aws:ecr:ap-northeast-1:123456789012:repository/p", "arn:aws:ecs:ap-northeast-1:123456789012:cluster/p", "p",
                "p-migration", "p-app", List.of("arn:aws:iam::123456789012:role/p-ecs-execution", "arn:aws:iam::123456789012:role/p-task"),
                "arn:aws:rds:ap-northeast-1:123456789012:db:p-db", sleeps, promotionSources);
    }

    @Test
    void onlyASleepingDatabaseMayBeStarted() {
        var asleep = ReleasePolicy.statements(resolved(true)).stream().filter(s -> s.actions().contains("rds:StartDBInstance")).count();
        var awake = ReleasePolicy.statements(resolved(false)).stream().filter(s -> s.actions().contains("rds:StartDBInstance")).count();
        assertEquals(1, asleep);
        assertEquals(0, awake);
    }

    /**
     * ADR 0025: the role writes to its stack's own repository only (ECR has no tag condition key), and reads
     * the repositories its stack holds for others only when there are some, to promote an image by digest.
     */
    @Test
    void theRoleWritesOnlyToItsOwnRepositoryAndPullsOnlyFromTheOnesItsStackHoldsForOthers() {
        var held = List.of("arn:aws:ecr:ap-northeast-1:123456789012:repository/p/staging", "arn:aws:ecr:ap-northeast-1:123456789012:repository/p/test");
        var owner = ReleasePolicy.statements(resolved(false, held));
        var writes = owner.stream().filter(s -> s.actions().contains("ecr:PutImage")).toList();
        assertEquals(1, writes.size());
        assertEquals(List.of("arn:aws:ecr:ap-northeast-1:123456789012:repository/p"), writes.get(0).resources());
        var pulls = owner.stream().filter(s -> s.resources().equals(held)).toList();
        assertEquals(1, pulls.size(), "one statement names the held repositories: " + owner);
        assertEquals(List.of("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability", "ecr:DescribeImages"),
                pulls.get(0).actions(), "reads only: no push, no PutImage");

        var alone = ReleasePolicy.statements(resolved(false));
        assertTrue(alone.stream().noneMatch(s -> s.actions().contains("ecr:GetDownloadUrlForLayer")), "nothing to promote from: " + alone);
        assertEquals(owner.size() - 1, alone.size());
    }

    @Test
    void theMigrationsRolesGoToEcsTasksOnly() {
        var passRole = ReleasePolicy.statements(resolved(false)).stream().filter(s -> s.actions().contains("iam:PassRole")).toList();
        assertEquals(1, passRole.size());
        assertEquals(List.of("arn:aws:iam::123456789012:role/p-ecs-execution", "arn:aws:iam::123456789012:role/p-task"), passRole.get(0).resources());
        assertEquals(Map.of("iam:PassedToService", List.of("ecs-tasks.amazonaws.com")), passRole.get(0).conditions().get("StringEquals"));
    }

    @Test
    void theOutputsAreSortedCompactJson() {
        assertEquals("{\"a\":\"1\",\"b\":[\"x\",\"y\"]}", ReleaseIdentity.outputsJson(Map.of("b", List.of("x", "y"), "a", "1")));
    }

    @Test
    void outputsBeyondAStandardParameterAreRefused() {
        var error = assertThrows(IllegalStateException.class, () -> ReleaseIdentity.outputsJson(Map.of("k", "v".repeat(4100))));
        assertTrue(error.getMessage().contains("more than a standard SSM parameter holds (4096)"), error.getMessage());
    }

    @Test
    void theTrustNamesTheCallersEnvironmentAndTheCalledWorkflow() {
        var trust = Json.parseObject(ReleaseIdentity.trust("arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com",
                new ReleaseIdentityArgs.Trust("acme/shop", "staging", "acme/webstack", "main")));
        var condition = (Map<?, ?>) ((Map<?, ?>) ((List<?>) trust.get("Statement")).get(0)).get("Condition");
        var equals = (Map<?, ?>) condition.get("StringEquals");
        assertEquals(List.of("repo:acme/shop:environment:staging"), asList(equals.get("token.actions.githubusercontent.com:sub")));
        assertEquals(List.of("acme/webstack/.github/workflows/release.yml@refs/heads/main"),
                asList(equals.get("token.actions.githubusercontent.com:job_workflow_ref")));
        assertEquals(1, condition.size(), "no StringLike: nothing is a pattern");
    }

    private static List<?> asList(Object value) {
        return value instanceof List<?> l ? l : List.of(value);
    }
}
