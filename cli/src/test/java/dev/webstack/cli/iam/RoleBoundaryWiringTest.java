package dev.webstack.cli.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GIVEN a stack with a deploy identity, WHEN planned, THEN every role but the deploy identity's
 * carries the stack's one boundary policy, and the deploy role's role grants require exactly it.
 */
class RoleBoundaryWiringTest {

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyRoleTheDeployRoleWritesCarriesTheBoundaryItsGrantsRequire(String stack, @TempDir Path dir) throws IOException {
        var plan = IamExportTest.plan(dir, stack);
        var boundaries = plan.where(r -> r.type().equals(AwsTypes.IAM_POLICY) && plan.componentOf(r)
                .map(c -> c.type().equals("webstack:delivery:RoleBoundary")).orElse(false));
        assertEquals(1, boundaries.size());
        var boundary = boundaries.get(0).outputText("arn");

        var byRole = plan.ofType(AwsTypes.IAM_ROLE).stream().collect(Collectors.toMap(r -> r.inputText("name"),
                r -> r.input("permissionsBoundary").map(String::valueOf)));
        var deployIdentity = plan.ofType(AwsTypes.IAM_ROLE).stream()
                .filter(r -> plan.componentOf(r).map(c -> c.type().equals("webstack:delivery:DeployIdentity")).orElse(false))
                .map(r -> r.inputText("name")).collect(Collectors.toSet());
        assertEquals(2, deployIdentity.size(), "the deploy and preview roles");
        byRole.forEach((name, bound) -> assertEquals(deployIdentity.contains(name) ? Optional.empty() : Optional.of(boundary), bound, name));

        var required = deployStatements(plan).stream().map(s -> (Map<?, ?>) s.get("Condition")).filter(c -> c != null && c.containsKey("StringEquals"))
                .map(c -> (Map<?, ?>) c.get("StringEquals")).filter(c -> c.containsKey("iam:PermissionsBoundary"))
                .flatMap(c -> ((List<?>) c.get("iam:PermissionsBoundary")).stream()).map(String::valueOf).collect(Collectors.toSet());
        assertEquals(Set.of(boundary), required);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theBoundaryNeverAllowsIamOrAssumingARole(String stack, @TempDir Path dir) throws IOException {
        var plan = IamExportTest.plan(dir, stack);
        var boundary = plan.where(r -> r.type().equals(AwsTypes.IAM_POLICY) && r.inputText("name").endsWith("-boundary")).get(0);

        var denied = ((List<?>) Json.parseObject(boundary.inputText("policy")).get("Statement")).stream().map(s -> (Map<?, ?>) s)
                .filter(s -> "Deny".equals(s.get("Effect"))).flatMap(s -> ((List<?>) s.get("Action")).stream()).map(String::valueOf).toList();

        assertTrue(denied.containsAll(List.of("iam:*", "sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML")),
                denied.toString());
    }

    /** GIVEN the boundary, THEN passing a role is denied for every role but the stack's own (review 20). */
    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theBoundaryLetsPassOnlyTheStacksOwnRoles(String stack, @TempDir Path dir) throws IOException {
        var plan = IamExportTest.plan(dir, stack);
        var boundary = plan.where(r -> r.type().equals(AwsTypes.IAM_POLICY) && r.inputText("name").endsWith("-boundary")).get(0);

        var passRoleFences = ((List<?>) Json.parseObject(boundary.inputText("policy")).get("Statement")).stream().map(s -> (Map<?, ?>) s)
                .filter(s -> "Deny".equals(s.get("Effect")) && List.of("iam:PassRole").equals(s.get("Action"))).toList();

        assertEquals(1, passRoleFences.size());
        assertEquals(List.of("arn:aws:iam::*:role/webstack-" + stack + "-*"), passRoleFences.get(0).get("NotResource"));
    }

    private static List<Map<?, ?>> deployStatements(dev.webstack.plan.Plan plan) {
        return plan.where(r -> r.type().equals(AwsTypes.IAM_POLICY) && r.name().startsWith("deploy-manage-")).stream()
                .map(PlannedResource::inputs).map(i -> Json.parseObject(String.valueOf(i.get("policy"))))
                .flatMap(d -> ((List<?>) d.get("Statement")).stream()).<Map<?, ?>>map(s -> (Map<?, ?>) s).toList();
    }
}
