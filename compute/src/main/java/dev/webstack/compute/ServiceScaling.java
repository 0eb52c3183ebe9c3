package dev.webstack.compute;

import com.pulumi.aws.appautoscaling.Policy;
import com.pulumi.aws.appautoscaling.PolicyArgs;
import com.pulumi.aws.appautoscaling.ScheduledAction;
import com.pulumi.aws.appautoscaling.ScheduledActionArgs;
import com.pulumi.aws.appautoscaling.Target;
import com.pulumi.aws.appautoscaling.TargetArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationArgs;
import com.pulumi.aws.appautoscaling.inputs.PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs;
import com.pulumi.aws.appautoscaling.inputs.ScheduledActionScalableTargetActionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import dev.webstack.settings.OffHours;

/**
 * Target tracking on average CPU between the minimum and maximum task counts, and, with
 * off-hours, scheduled actions that take the service to zero and back. The service ignores
 * desired-count changes, so the scaler and {@code pulumi up} never undo each other.
 */
final class ServiceScaling {

    static final String DIMENSION = "ecs:service:DesiredCount";
    /** Scale out quickly when busy; scale in slowly so a dip does not drop a task that is needed again. */
    static final int SCALE_OUT_COOLDOWN_SECONDS = 60;
    static final int SCALE_IN_COOLDOWN_SECONDS = 300;

    private ServiceScaling() {
    }

    static void attach(Resource parent, String name, ServiceArgs args, Output<String> resourceId) {
        var naming = args.naming();
        var settings = args.settings();
        var offHours = args.offHours();
        var target = new Target(name + "-scaling-target", TargetArgs.builder()
                .serviceNamespace("ecs")
                .scalableDimension(DIMENSION)
                .resourceId(resourceId)
                .minCapacity(settings.minCount())
                .maxCapacity(settings.maxCount())
                // With off-hours the scheduled actions own the bounds; a night-time update must
                // not restore them and start tasks against a stopped database.
                .build(), offHours.isPresent() ? Children.of(parent, o -> o.ignoreChanges("minCapacity", "maxCapacity"))
                        : Children.of(parent));
        // The policy's name carries the CPU target, so a new target replaces it; AWS allows one
        // target tracking policy per metric on a scalable target (terraform-provider-aws#41179,
        // "Only one TargetTrackingScaling policy for a given metric specification is allowed"),
        // so the old one goes first. Nothing refers to a policy: the gap is a few seconds.
        var tracking = new Policy(name + "-cpu-tracking", PolicyArgs.builder()
                .name(naming.physical("cpu-" + settings.cpuTarget()))
                .policyType("TargetTrackingScaling")
                .serviceNamespace("ecs")
                .scalableDimension(DIMENSION)
                .resourceId(target.resourceId())
                .targetTrackingScalingPolicyConfiguration(PolicyTargetTrackingScalingPolicyConfigurationArgs.builder()
                        .targetValue((double) settings.cpuTarget())
                        .predefinedMetricSpecification(PolicyTargetTrackingScalingPolicyConfigurationPredefinedMetricSpecificationArgs.builder()
                                .predefinedMetricType("ECSServiceAverageCPUUtilization")
                                .build())
                        .scaleOutCooldown(SCALE_OUT_COOLDOWN_SECONDS)
                        .scaleInCooldown(SCALE_IN_COOLDOWN_SECONDS)
                        .build())
                .build(), Children.of(parent, o -> o.deleteBeforeReplace(true)));
        offHours.ifPresent(schedule -> {
            var actions = new ScheduledActions(parent, target, schedule, tracking);
            actions.add(name + "-stop", naming.physical("stop-off-hours"), schedule.stopCron(), 0, 0);
            actions.add(name + "-start", naming.physical("start-business-hours"), schedule.startCron(),
                    settings.minCount(), settings.maxCount());
        });
    }

    /**
     * The scaling target's scheduled bounds, in the off-hours schedule's time zone. Each action
     * waits for the previous write to the same scalable target: Application Auto Scaling
     * refuses concurrent updates of one target with ConcurrentUpdateException
     * (PutScheduledAction and PutScalingPolicy, "Errors", Application Auto Scaling API
     * Reference), and the provider does not retry it (terraform-provider-aws#17915).
     * PutScheduledAction overwrites an action of the same name, so a replaced action is
     * deleted before its successor is put (ADR 0017).
     */
    private static final class ScheduledActions {

        private final Resource parent;
        private final Target target;
        private final OffHours schedule;
        /** The last write to the scalable target: the tracking policy, then each action in turn. */
        private Resource previous;

        ScheduledActions(Resource parent, Target target, OffHours schedule, Resource previous) {
            this.parent = parent;
            this.target = target;
            this.schedule = schedule;
            this.previous = previous;
        }

        void add(String logicalName, String actionName, String cron, int min, int max) {
            var after = previous;
            previous = new ScheduledAction(logicalName, ScheduledActionArgs.builder()
                    .name(actionName)
                    .serviceNamespace("ecs")
                    .scalableDimension(DIMENSION)
                    .resourceId(target.resourceId())
                    .schedule(cron)
                    .timezone(schedule.zone().getId())
                    .scalableTargetAction(ScheduledActionScalableTargetActionArgs.builder().minCapacity(min).maxCapacity(max).build())
                    .build(), Children.of(parent, o -> o.dependsOn(after).deleteBeforeReplace(true)));
        }
    }
}
