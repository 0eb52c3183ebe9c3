package dev.webstack.cli.iam;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the roles services assume must be able to do, read from the resources that name them:
 * task definitions (execution and task roles), schedules, functions and flow logs. None of it
 * looks at the roles' policies, so a policy that drifts from its resources is caught.
 */
final class WorkloadNeeds implements RoleNeeds {

    /** A stream name the service picks at run time; any name must work. */
    private static final String ANY_STREAM = ":log-stream:any-stream";

    @Override
    public List<Expectation> of(Plan plan) {
        var needs = new ArrayList<Expectation>();
        plan.ofType(AwsTypes.ECS_TASK_DEFINITION).forEach(task -> taskDefinition(plan, task, needs));
        plan.ofType(AwsTypes.SCHEDULER_SCHEDULE).forEach(schedule -> schedule(plan, schedule, needs));
        plan.ofType(AwsTypes.LAMBDA_FUNCTION).forEach(function -> function(plan, function, needs));
        plan.ofType(AwsTypes.EC2_FLOW_LOG).forEach(flowLog -> flowLog.input("iamRoleArn").ifPresent(role -> {
            var destination = flowLog.inputText("logDestination");
            var why = "flow log " + flowLog.name() + " delivers to " + destination
                    + " (Amazon VPC User Guide, IAM role for publishing flow logs to CloudWatch Logs)";
            needs.add(Expectation.allow(role.toString(), "logs:CreateLogStream", destination + ANY_STREAM, why));
            needs.add(Expectation.allow(role.toString(), "logs:PutLogEvents", destination + ANY_STREAM, why));
        }));
        return needs;
    }

    /**
     * The execution role pulls the image, writes the awslogs group and reads each injected secret;
     * the task role is what the application's settings give it: the documents bucket (Amazon ECS
     * Developer Guide, "Amazon ECS task execution IAM role": private registry, awslogs, secrets).
     */
    private static void taskDefinition(Plan plan, PlannedResource task, List<Expectation> needs) {
        var why = "task definition " + task.name();
        var containers = (List<?>) Json.parse(task.inputText("containerDefinitions"));
        task.input("executionRoleArn").map(String::valueOf).ifPresent(role -> {
            needs.add(Expectation.allow(role, "ecr:GetAuthorizationToken", "*", why + " pulls from ECR"));
            for (var c : containers) {
                var container = (Map<?, ?>) c;
                repositoryArn(String.valueOf(container.get("image"))).ifPresent(repository -> {
                    needs.add(Expectation.allow(role, "ecr:BatchGetImage", repository, why + " image " + container.get("image")));
                    needs.add(Expectation.allow(role, "ecr:GetDownloadUrlForLayer", repository, why + " image " + container.get("image")));
                });
                logGroup(container).ifPresent(group -> {
                    var arn = "arn:aws:logs:" + plan.region() + ":" + plan.account() + ":log-group:" + group + ANY_STREAM;
                    needs.add(Expectation.allow(role, "logs:CreateLogStream", arn, why + " logs to " + group));
                    needs.add(Expectation.allow(role, "logs:PutLogEvents", arn, why + " logs to " + group));
                });
                for (var s : listAt(container, "secrets")) {
                    var from = String.valueOf(((Map<?, ?>) s).get("valueFrom"));
                    if (from.startsWith("arn:aws:secretsmanager:")) {
                        // An RDS-managed secret carries its database's ARN as a tag, which the boundary reads (ADR 0020).
                        needs.add(new Expectation(role, "secretsmanager:GetSecretValue", secretArn(from),
                                BoundedRoleNeeds.rdsSecretContext(plan, secretArn(from)), true, why + " injects " + ((Map<?, ?>) s).get("name")));
                    } else {
                        needs.add(Expectation.allow(role, "ssm:GetParameters", from, why + " injects " + ((Map<?, ?>) s).get("name")));
                    }
                }
            }
        });
        task.input("taskRoleArn").map(String::valueOf).ifPresent(role -> {
            for (var c : containers) {
                for (var e : listAt((Map<?, ?>) c, "environment")) {
                    var variable = (Map<?, ?>) e;
                    if ("DOCUMENTS_BUCKET".equals(variable.get("name"))) {
                        var bucket = "arn:aws:s3:::" + variable.get("value");
                        var because = why + " gives the application DOCUMENTS_BUCKET";
                        needs.add(Expectation.allow(role, "s3:ListBucket", bucket, because));
                        for (var action : List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject")) {
                            needs.add(Expectation.allow(role, action, bucket + "/any/document.pdf", because));
                        }
                    }
                }
            }
        });
    }

    private static List<?> listAt(Map<?, ?> map, String key) {
        var value = map.get(key);
        return value == null ? List.of() : (List<?>) value;
    }

    /** {@code <account>.dkr.ecr.<region>.amazonaws.com/<name>:<tag>} to the repository's ARN. */
    private static Optional<String> repositoryArn(String image) {
        var m = java.util.regex.Pattern.compile("^(\\d{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.amazonaws\\.com/([^:@]+).*").matcher(image);
        return m.matches() ? Optional.of("arn:aws:ecr:" + m.group(2) + ":" + m.group(1) + ":repository/" + m.group(3))
                : Optional.empty();
    }

    private static Optional<String> logGroup(Map<?, ?> container) {
        var log = (Map<?, ?>) container.get("logConfiguration");
        if (log == null || !"awslogs".equals(log.get("logDriver"))) {
            return Optional.empty();
        }
        return Optional.ofNullable(((Map<?, ?>) log.get("options")).get("awslogs-group")).map(String::valueOf);
    }

    /** A valueFrom may name a JSON key, stage or version after the secret's ARN; IAM sees the secret's. */
    private static String secretArn(String valueFrom) {
        var parts = valueFrom.split(":");
        return String.join(":", Arrays.copyOf(parts, Math.min(parts.length, 7)));
    }

    /**
     * A universal target {@code arn:aws:scheduler:::aws-sdk:<service>:<apiAction>} calls that API
     * with the schedule's role (EventBridge Scheduler User Guide, "Using universal targets"): the
     * role needs {@code <service>:<ApiAction>} on what the input names.
     */
    private static void schedule(Plan plan, PlannedResource schedule, List<Expectation> needs) {
        var target = (Map<?, ?>) schedule.input("target").orElseThrow();
        var arn = String.valueOf(target.get("arn"));
        var role = String.valueOf(target.get("roleArn"));
        if (!arn.startsWith("arn:aws:scheduler:::aws-sdk:")) {
            return;
        }
        var call = arn.substring("arn:aws:scheduler:::aws-sdk:".length()).split(":");
        var action = call[0] + ":" + Character.toUpperCase(call[1].charAt(0)) + call[1].substring(1);
        var input = Json.parseObject(String.valueOf(target.get("input")));
        var region = schedule.outputText("arn").split(":")[3];
        var why = "schedule " + schedule.name() + " calls " + call[0] + " " + call[1];
        if (input.get("DbInstanceIdentifier") != null) {
            needs.add(Expectation.allow(role, action, "arn:aws:rds:" + region + ":" + plan.account() + ":db:" + input.get("DbInstanceIdentifier"), why));
        }
        for (var alarm : (List<?>) input.getOrDefault("AlarmNames", List.of())) {
            needs.add(Expectation.allow(role, action, "arn:aws:cloudwatch:" + region + ":" + plan.account() + ":alarm:" + alarm, why));
        }
        if (input.get("HealthCheckId") != null) {
            needs.add(Expectation.allow(role, action, "arn:aws:route53:::healthcheck/" + input.get("HealthCheckId"), why));
        }
    }

    /**
     * A function writes its own log group /aws/lambda/<name> (Lambda Developer Guide, "Sending
     * Lambda function logs to CloudWatch Logs"), reads the secrets its environment names and sends
     * failed events to its on-failure queue (Lambda Developer Guide, "Adding a destination").
     */
    private static void function(Plan plan, PlannedResource function, List<Expectation> needs) {
        var role = function.inputText("role");
        var name = function.inputText("name");
        var why = "function " + function.name();
        var group = "arn:aws:logs:" + plan.region() + ":" + plan.account() + ":log-group:/aws/lambda/" + name + ANY_STREAM;
        needs.add(Expectation.allow(role, "logs:CreateLogStream", group, why + " logs"));
        needs.add(Expectation.allow(role, "logs:PutLogEvents", group, why + " logs"));
        function.input("environment.variables").ifPresent(vars -> ((Map<?, ?>) vars).forEach((key, value) -> {
            if (String.valueOf(value).startsWith("arn:aws:secretsmanager:")) {
                needs.add(Expectation.allow(role, "secretsmanager:GetSecretValue", String.valueOf(value), why + " reads " + key));
            }
        }));
        plan.ofType(AwsTypes.LAMBDA_FUNCTION_EVENT_INVOKE_CONFIG).stream()
                .filter(c -> name.equals(c.inputText("functionName")))
                .forEach(c -> c.input("destinationConfig.onFailure.destination").ifPresent(queue ->
                        needs.add(Expectation.allow(role, "sqs:SendMessage", String.valueOf(queue), why + " keeps failed events"))));
    }
}
