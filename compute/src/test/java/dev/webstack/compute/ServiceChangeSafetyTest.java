package dev.webstack.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.settings.Environment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Changes that the offline mocks accept but AWS or the bridged provider would refuse or turn
 * into replacements (ADR 0017): GIVEN a service plan, WHEN inspected for what the
 * real engine does on the next update, THEN the options and edges that keep it safe.
 */
class ServiceChangeSafetyTest {

    private static PlannedResource service(Plan plan) {
        return plan.named(AwsTypes.ECS_SERVICE, "app-service");
    }

    /**
     * terraform-provider-aws 5.x, internal/service/ecs/service.go, capacityProviderStrategyCustomizeDiff:
     * a strategy change forces a new service unless force_new_deployment is true and neither the old
     * nor the new strategy is empty. Both halves are asserted, with spot on and off.
     */
    @ParameterizedTest
    @EnumSource(Environment.class)
    void aSpotToggleUpdatesTheServiceInPlace(Environment environment) {
        for (var spot : List.of("true", "false")) {
            // Fargate Spot runs X86_64 tasks only; both sides of the toggle use that architecture.
            var plan = ServiceTest.plan(environment, false, "webstack:service.cpuArchitecture: X86_64", "webstack:service.spot: " + spot);
            var service = service(plan);
            assertEquals(true, service.input("forceNewDeployment").orElseThrow(),
                    "without force_new_deployment the provider replaces the service on a spot toggle");
            assertEquals(1, service.inputList("capacityProviderStrategies").size(),
                    "an empty strategy on either side of the change forces a new service even with force_new_deployment");
            assertEquals("true".equals(spot) ? "FARGATE_SPOT" : "FARGATE",
                    service.input("capacityProviderStrategies[0].capacityProvider").orElseThrow());
            assertTrue(service.input("launchType").isEmpty(), "launch_type is ForceNew and conflicts with a strategy");
        }
    }

    /** A role exists before its inline policy; IAM changes become visible eventually (IAM User Guide, Troubleshooting). */
    @ParameterizedTest
    @EnumSource(Environment.class)
    void tasksAndServiceWaitForTheRolesPermissions(Environment environment) {
        var plan = ServiceTest.plan(environment, false);
        var execution = plan.named(AwsTypes.IAM_ROLE_POLICY, "app-execution-policy");
        var task = plan.named(AwsTypes.IAM_ROLE_POLICY, "app-task-policy");
        var waiting = List.of(plan.named(AwsTypes.ECS_TASK_DEFINITION, "app-task"),
                plan.named(AwsTypes.ECS_TASK_DEFINITION, "app-migration-task"), service(plan));
        for (var resource : waiting) {
            assertTrue(resource.dependsOn(execution), resource + " must wait for the execution role's policy (image pull, secrets)");
            assertTrue(resource.dependsOn(task), resource + " must wait for the task role's policy (the app reads documents at start)");
        }
    }

    /**
     * Application Auto Scaling refuses concurrent writes to one scalable target
     * (ConcurrentUpdateException; terraform-provider-aws#17915): the tracking policy, then the
     * stop action, then the start action.
     */
    @Test
    void scalingWritesToOneTargetOneAfterAnother() {
        var plan = ServiceTest.plan(Environment.STAGING, false);
        var tracking = plan.named(AwsTypes.APPAUTOSCALING_POLICY, "app-cpu-tracking");
        var stop = plan.named(AwsTypes.APPAUTOSCALING_SCHEDULED_ACTION, "app-stop");
        var start = plan.named(AwsTypes.APPAUTOSCALING_SCHEDULED_ACTION, "app-start");
        assertTrue(stop.dependsOn(tracking), "the stop action waits for the tracking policy");
        assertTrue(start.dependsOn(stop), "the start action waits for the stop action");
        assertFalse(tracking.dependsOn(stop) || tracking.dependsOn(start), "no cycle: the policy goes first");
    }

    /**
     * The policy's name carries the CPU target, so a new target replaces it, and AWS allows one
     * target tracking policy per metric on a target: the old one must go first. Scheduled actions are
     * put by name (PutScheduledAction creates or updates), so a create-before-delete would delete the
     * successor. Neither is referred to by anything else.
     */
    @Test
    void scalingPoliciesAndActionsAreDeletedBeforeTheyAreReplaced() {
        var plan = ServiceTest.plan(Environment.STAGING, false);
        var tracking = plan.named(AwsTypes.APPAUTOSCALING_POLICY, "app-cpu-tracking");
        assertTrue(tracking.options().deleteBeforeReplace());
        assertEquals(2, plan.ofType(AwsTypes.APPAUTOSCALING_SCHEDULED_ACTION).size());
        plan.ofType(AwsTypes.APPAUTOSCALING_SCHEDULED_ACTION).forEach(action ->
                assertTrue(action.options().deleteBeforeReplace(), action + " must be deleted before it is replaced"));
        var other = ServiceTest.plan(Environment.STAGING, false, "webstack:service.cpuTarget: 60");
        assertFalse(tracking.inputText("name").equals(other.named(AwsTypes.APPAUTOSCALING_POLICY, "app-cpu-tracking").inputText("name")),
                "the CPU target is in the name: a new target is a replacement, which is why the old policy goes first");
    }
}
