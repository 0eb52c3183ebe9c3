package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.cli.ChangeHazards.Hazard;
import dev.webstack.cli.ChangeHazards.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An application parameter holds a SecureString the operator put by hand (aws ssm put-parameter
 * --overwrite, ADR 0019); the program ignores its value. Deleting the parameter deletes that value:
 * SSM DeleteParameter has no recovery window
 * (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DeleteParameter.html).
 */
class ParameterDataLossDiffTest {

    private static final Map<String, String> ONE_PARAMETER = Map.of("parameters.names", "[WANDB_API_KEY]");

    private static List<Hazard> losses(String stack, Map<String, String> before, Map<String, String> after) {
        var diff = new PlanDiff(StackVariants.json(stack, before), StackVariants.json(stack, after));
        return ChangeScenariosTest.hazards(diff, Severity.DATA_LOSS);
    }

    @Test
    void aParameterDroppedFromStagingLosesItsValueAndNothingProtectsIt() {
        var found = losses("staging", ONE_PARAMETER, Map.of());

        assertEquals(List.of("parameters-wandb-api-key"), found.stream().map(Hazard::name).toList());
        assertEquals("nothing", found.get(0).protection());
        assertTrue(found.get(0).blocking());
        assertTrue(found.get(0).problem().contains("put-parameter"), found.get(0).problem());
    }

    @Test
    void aParameterDroppedFromProductionIsProtected() {
        var found = losses("production", ONE_PARAMETER, Map.of());

        assertEquals(List.of("parameters-wandb-api-key"), found.stream().map(Hazard::name).toList());
        assertTrue(found.get(0).protection().startsWith("protect:"), found.get(0).protection());
        assertEquals(false, found.get(0).blocking());
    }

    /** Negative control: a parameter added loses nothing. */
    @Test
    void aParameterAddedLosesNothing() {
        assertEquals(List.of(), losses("staging", Map.of(), ONE_PARAMETER));
    }
}
