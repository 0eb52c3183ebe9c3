package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.offline.catalog.MockResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.FargateSizes;
import java.util.List;
import java.util.Map;

/** ECR repositories and ECS clusters, task definitions and services; Application Auto Scaling on them. */
public final class EcsMocks {

    private EcsMocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource(AwsTypes.ECR_REPOSITORY, r -> {
            var name = r.autoName("name");
            r.id(name)
                    .set("arn", r.facts().arn("ecr", "repository/" + name))
                    .set("registryId", r.facts().account())
                    .set("repositoryUrl", r.facts().account() + ".dkr.ecr." + r.facts().region() + ".amazonaws.com/" + name);
        });
        catalog.resource(AwsTypes.ECR_LIFECYCLE_POLICY, r -> {
            var rules = Json.parseObject(r.inputText("policy")).get("rules");
            if (!(rules instanceof List<?> list) || list.isEmpty()) {
                throw new IllegalArgumentException("ECR refuses a lifecycle policy without rules");
            }
            r.id(r.inputText("repository")).set("registryId", r.facts().account());
        });
        catalog.resource(AwsTypes.ECS_CLUSTER, r -> {
            var name = r.autoName("name");
            var arn = r.facts().arn("ecs", "cluster/" + name);
            r.id(arn).set("arn", arn);
        });
        catalog.resource(AwsTypes.ECS_CLUSTER_CAPACITY_PROVIDERS, r -> r.id(r.inputText("clusterName")));
        catalog.resource(AwsTypes.ECS_TASK_DEFINITION, EcsMocks::taskDefinition);
        catalog.resource(AwsTypes.ECS_SERVICE, r -> {
            var name = r.autoName("name");
            var cluster = r.inputText("cluster");
            var arn = r.facts().arn("ecs", "service/" + cluster.substring(cluster.lastIndexOf('/') + 1) + "/" + name);
            r.id(arn).set("arn", arn);
        });
        catalog.resource(AwsTypes.APPAUTOSCALING_TARGET, r -> r
                .id(r.inputText("resourceId"))
                .set("arn", r.facts().arn("application-autoscaling", "scalable-target/" + r.hex(32, "target")))
                .set("roleArn", r.facts().globalArn("iam", "role/aws-service-role/ecs.application-autoscaling.amazonaws.com/"
                        + "AWSServiceRoleForApplicationAutoScaling_ECSService")));
        catalog.resource(AwsTypes.APPAUTOSCALING_POLICY, r -> {
            var name = r.autoName("name");
            r.id(name).set("arn", r.facts().arn("autoscaling", "scalingPolicy:" + CloudFrontMocks.uuid(r.hex(32, "policy"))
                    + ":resource/" + r.inputText("resourceId") + ":policyName/" + name)).set("alarmArns", List.of());
        });
        catalog.resource(AwsTypes.APPAUTOSCALING_SCHEDULED_ACTION, r -> {
            var name = r.inputText("name");
            if (!String.valueOf(r.input("schedule").orElse("")).matches("(cron|rate|at)\\(.+\\)")) {
                throw new IllegalArgumentException("Application Auto Scaling refuses the schedule '" + r.input("schedule").orElse("")
                        + "' of " + name + " (cron(...), rate(...) or at(...))");
            }
            r.id(name).set("arn", r.facts().arn("autoscaling", "scheduledAction:" + CloudFrontMocks.uuid(r.hex(32, "action"))
                    + ":resource/" + r.inputText("resourceId") + ":scheduledActionName/" + name));
        });
    }

    private static void taskDefinition(MockResource r) {
        var family = r.inputText("family");
        if (((List<?>) r.input("requiresCompatibilities").orElse(List.of())).contains("FARGATE")) {
            int cpu = Integer.parseInt(r.inputText("cpu"));
            int memory = Integer.parseInt(r.inputText("memory"));
            if (!FargateSizes.accepts(cpu, memory)) {
                throw new IllegalArgumentException("No Fargate configuration exists for cpu " + cpu + " and memory " + memory
                        + " (task definition " + family + ")");
            }
            if (!"awsvpc".equals(r.input("networkMode").orElse(""))) {
                throw new IllegalArgumentException("Fargate task definition " + family + " must use networkMode awsvpc");
            }
        }
        for (var container : (List<?>) Json.parse(r.inputText("containerDefinitions"))) {
            var definition = (Map<?, ?>) container;
            if (definition.get("name") == null || definition.get("image") == null) {
                throw new IllegalArgumentException("every container of " + family + " needs a name and an image");
            }
        }
        var arn = r.facts().arn("ecs", "task-definition/" + family + ":1");
        r.id(family)
                .set("arn", arn)
                .set("arnWithoutRevision", r.facts().arn("ecs", "task-definition/" + family))
                .set("revision", 1L);
    }
}
