package dev.webstack.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.settings.Environment;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A managed policy's description forces a new policy (Terraform AWS provider 5.x, aws_iam_policy),
 * and the deploy policies' descriptions count them ("1 of 2"). GIVEN the deploy identity, THEN a
 * description change never asks for a second policy under a fixed name (ADR 0017).
 */
class DeployPoliciesChangeSafetyTest {

    @Test
    void theCountingDescriptionIsNotSentAfterCreation() {
        var plan = DeployIdentityTest.plan(Environment.STAGING, Set.of(AwsTypes.ECS_SERVICE));
        var managed = plan.ofType(AwsTypes.IAM_POLICY).stream().filter(p -> p.name().contains("-manage-")).toList();
        assertTrue(!managed.isEmpty(), "the deploy role has at least one managed policy of its own");
        for (var policy : managed) {
            assertTrue(policy.inputText("description").contains(" of " + managed.size() + ")"), policy.inputText("description"));
            assertEquals(List.of("description"), policy.options().ignoreChanges(), policy.name());
        }
    }
}
