package dev.webstack.observability;

import com.pulumi.aws.cloudwatch.EventRule;
import com.pulumi.aws.cloudwatch.EventRuleArgs;
import com.pulumi.aws.cloudwatch.EventTarget;
import com.pulumi.aws.cloudwatch.EventTargetArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import dev.webstack.plan.json.Json;
import java.util.List;

/** The alert for a release that stopped at its migration: no alarm metric exists for it, an ECS event does. */
final class MigrationFailure {

    private MigrationFailure() {
    }

    /** ECS reports every stopped task; the rule matches the migration's, when its container exited non-zero. */
    /** Returns the rule's name, which EventBridge's delivery metrics are published under. */
    static Output<String> alert(Resource parent, String name, AlarmsArgs args, Topic topic, Output<String> account,
                                Output<String> region) {
        var watched = args.watched();
        var pattern = Output.tuple(watched.clusterArn(), watched.migrationTaskFamily(), account, region).applyValue(t -> Json.compact(
                Json.object(
                        "source", List.of("aws.ecs"),
                        "detail-type", List.of("ECS Task State Change"),
                        "detail", Json.object(
                                "clusterArn", List.of(t.t1),
                                "lastStatus", List.of("STOPPED"),
                                "taskDefinitionArn", List.of(Json.object("prefix",
                                        "arn:aws:ecs:" + t.t4 + ":" + t.t3 + ":task-definition/" + t.t2 + ":")),
                                "containers", Json.object(
                                        "name", List.of(watched.migrationContainerName()),
                                        "exitCode", List.of(Json.object("anything-but", List.of(0))))))));
        var rule = new EventRule(name + "-migration-failed", EventRuleArgs.builder()
                .name(args.naming().physical("migration-failed"))
                .description("The migration task stopped with a non-zero exit code: the release did not update the service. Runbook: "
                        + Alarms.RUNBOOK + "#migration-failed")
                .eventPattern(pattern)
                .build(), Children.of(parent));
        new EventTarget(name + "-migration-failed-target", EventTargetArgs.builder()
                .rule(rule.name())
                .targetId("alarm-topic")
                .arn(topic.arn())
                .build(), Children.of(parent));
        return rule.name();
    }
}
