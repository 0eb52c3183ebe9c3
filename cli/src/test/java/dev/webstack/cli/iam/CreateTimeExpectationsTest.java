package dev.webstack.cli.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.aws.AwsTypes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GIVEN a stack with a deploy identity, WHEN its expectations are derived, THEN the calls made while a
 * resource is created carry the stack's tags as request tags only (review 20, finding 1), the denials of
 * other stacks' resources carry an allowed control, and the export says which deploy role it checks.
 */
class CreateTimeExpectationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void creatingCallsSeeNoResourceTags(String stack, @TempDir Path dir) throws IOException {
        var plan = IamExportTest.plan(dir, stack);
        var deploy = String.valueOf(plan.output(DeployNeeds.ROLE_OUTPUT));

        var creates = IamExport.expectations(plan).stream().filter(e -> e.role().equals(deploy) && e.allowed()
                && List.of("cloudfront:CreateDistribution", "cloudfront:CreateVpcOrigin", "kms:CreateKey").contains(e.action())).toList();

        var planned = plan.ofType(AwsTypes.CLOUDFRONT_DISTRIBUTION).size() + plan.ofType(AwsTypes.CLOUDFRONT_VPC_ORIGIN).size()
                + plan.ofType(AwsTypes.KMS_KEY).size();
        assertTrue(planned >= 3, "a distribution, a VPC origin and a key at least");
        assertEquals(planned, creates.size(), creates.toString());
        for (var e : creates) {
            assertEquals(stack, e.context().get("aws:RequestTag/pulumi-stack"), e.toString());
            assertFalse(e.context().keySet().stream().anyMatch(k -> k.startsWith("aws:ResourceTag/")), e.toString());
        }
        var tagAtCreate = IamExport.expectations(plan).stream().filter(e -> e.role().equals(deploy) && e.allowed()
                && e.action().equals("kms:TagResource") && !e.context().containsKey("aws:ResourceTag/pulumi-stack")).count();
        assertEquals(plan.ofType(AwsTypes.KMS_KEY).size(), tagAtCreate, "each key's tags, given with CreateKey");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void otherStacksDenialsHaveAnAllowedControl(String stack, @TempDir Path dir) throws IOException {
        var plan = IamExportTest.plan(dir, stack);

        var relabel = IamExport.expectations(plan).stream().filter(e -> !e.allowed() && e.action().equals("cloudfront:TagResource")).toList();

        assertEquals(1, relabel.size());
        var control = relabel.get(0).control();
        assertTrue(control.allowed());
        assertEquals(relabel.get(0).resource(), control.resource());
        assertFalse(control.context().containsKey("aws:ResourceTag/pulumi-stack"));
        assertEquals("otherstack", relabel.get(0).context().get("aws:ResourceTag/pulumi-stack"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theExportNamesItsDeployRoleAndTheDataReads(String stack, @TempDir Path dir) throws IOException {
        var plan = IamExportTest.plan(dir, stack);

        var export = IamExport.of(plan);

        assertEquals(String.valueOf(plan.output(DeployNeeds.ROLE_OUTPUT)), ((Map<?, ?>) export.get("identity")).get(DeployNeeds.ROLE_OUTPUT));
        assertTrue(((List<?>) export.get("dataReads")).contains("secretsmanager:GetSecretValue"));
    }
}
