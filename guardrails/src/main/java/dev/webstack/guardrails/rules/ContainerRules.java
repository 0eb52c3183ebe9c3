package dev.webstack.guardrails.rules;

import static dev.webstack.guardrails.model.Rule.rule;
import static dev.webstack.plan.aws.AwsTypes.APPAUTOSCALING_TARGET;
import static dev.webstack.plan.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;
import static dev.webstack.plan.aws.AwsTypes.EC2_SUBNET;
import static dev.webstack.plan.aws.AwsTypes.ECR_LIFECYCLE_POLICY;
import static dev.webstack.plan.aws.AwsTypes.ECR_REPOSITORY;
import static dev.webstack.plan.aws.AwsTypes.ECS_CLUSTER;
import static dev.webstack.plan.aws.AwsTypes.ECS_SERVICE;
import static dev.webstack.plan.aws.AwsTypes.ECS_TASK_DEFINITION;

import dev.webstack.guardrails.model.Rule;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** ECS and ECR: isolated, unprivileged, immutable-root containers with logs and secrets done right. */
public final class ContainerRules {

    /** Variable names that say "secret": their values belong in the secrets list, by ARN. */
    static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL).*");
    /** Values that are credentials whatever their name: AWS access key ids, PEM keys, URLs with a password. */
    static final Pattern SECRET_VALUE = Pattern.compile("(?s)(AKIA|ASIA)[A-Z0-9]{16}|-----BEGIN [A-Z ]*PRIVATE KEY-----.*|[a-z]+://[^/\\s:@]+:[^/\\s@]+@.*");
    private static final Set<String> FARGATE_PROVIDERS = Set.of("FARGATE", "FARGATE_SPOT");
    /**
     * RDS names the secrets it manages {@code rds!<type>-<id>} ("Password management with Amazon
     * RDS and AWS Secrets Manager", Amazon RDS User Guide), so their ARNs contain this.
     */
    static final String RDS_MANAGED_SECRET = ":secret:rds!";
    /** The app task definition's mark of the one-deploy transition, {@code database.appLogin: MASTER} (ADR 0018). */
    static final String DATABASE_LOGIN_TAG = "webstack:database-login";

    private ContainerRules() {
    }

    public static List<Rule> all() {
        return List.of(
                rule("ecs.fargate-awsvpc", "Tasks run on Fargate in awsvpc mode")
                        .why("Each task has its own network interface and security group, and there is no host to share or patch.")
                        .mirrors("ECS.1", null)
                        .each(ECS_TASK_DEFINITION, (task, graph, findings) -> {
                            findings.require("awsvpc".equals(Inputs.text(task, "networkMode")), task,
                                    "networkMode is " + task.input("networkMode").orElse("unset (bridge)"));
                            findings.require(Inputs.texts(task, "requiresCompatibilities").equals(List.of("FARGATE")), task,
                                    "requiresCompatibilities is " + Inputs.texts(task, "requiresCompatibilities") + ", not [FARGATE]");
                            findings.require(!"host".equals(Inputs.text(task, "pidMode")), task, "shares the host's process namespace");
                        })
                        .each(ECS_SERVICE, (service, graph, findings) -> {
                            var launchType = Inputs.text(service, "launchType");
                            var providers = Inputs.maps(service, "capacityProviderStrategies").stream()
                                    .map(s -> String.valueOf(s.get("capacityProvider"))).toList();
                            var fargate = launchType.isEmpty() ? !providers.isEmpty() && FARGATE_PROVIDERS.containsAll(providers)
                                    : "FARGATE".equals(launchType);
                            findings.require(fargate, service, "does not run on Fargate (launchType " + (launchType.isEmpty() ? "unset" : launchType)
                                    + ", capacity providers " + providers + ")");
                        })
                        .build(),
                rule("ecs.unprivileged", "No container runs privileged")
                        .why("A privileged container has the host's devices and capabilities.")
                        .mirrors("ECS.4", "CKV_AWS_334")
                        .each(ECS_TASK_DEFINITION, (task, graph, findings) -> containers(task).forEach(c ->
                                findings.require(!Boolean.TRUE.equals(c.get("privileged")), task, "container " + c.get("name") + " is privileged")))
                        .build(),
                rule("ecs.read-only-root", "Every container's root filesystem is read-only")
                        .why("A compromised process cannot replace the application's files; scratch space is an explicit volume.")
                        .mirrors("ECS.5", "CKV_AWS_336")
                        .each(ECS_TASK_DEFINITION, (task, graph, findings) -> containers(task).forEach(c ->
                                findings.require(Boolean.TRUE.equals(c.get("readonlyRootFilesystem")), task,
                                        "container " + c.get("name") + " has a writable root filesystem")))
                        .build(),
                rule("ecs.logs", "Every container logs to a CloudWatch log group of this stack")
                        .why("Output is kept, searchable and expires with the group's retention, which the stack owns.")
                        .mirrors("ECS.9", null)
                        .reads(CLOUDWATCH_LOG_GROUP)
                        .each(ECS_TASK_DEFINITION, (task, graph, findings) -> containers(task).forEach(c -> {
                            var config = c.get("logConfiguration") instanceof Map<?, ?> m ? m : Map.of();
                            var options = config.get("options") instanceof Map<?, ?> o ? o : Map.of();
                            var group = options.get("awslogs-group");
                            findings.require("awslogs".equals(config.get("logDriver")) && graph.resolve(CLOUDWATCH_LOG_GROUP, group).isPresent(), task,
                                    "container " + c.get("name") + (config.isEmpty() ? " has no log configuration"
                                            : " logs to " + (group == null ? config.get("logDriver") : group) + ", not a log group of this stack"));
                        }))
                        .build(),
                rule("ecs.no-plain-secrets", "No secret is passed as a plain environment variable")
                        .why("Plain variables show in the console, in describe-task-definition and in the plan; secrets go by ARN.")
                        .mirrors("ECS.8", null)
                        .each(ECS_TASK_DEFINITION, (task, graph, findings) -> containers(task).forEach(c -> {
                            var environment = c.get("environment") instanceof List<?> l ? l : List.of();
                            for (var entry : environment) {
                                var variable = (Map<?, ?>) entry;
                                var name = String.valueOf(variable.get("name"));
                                var value = String.valueOf(variable.get("value"));
                                findings.require(!SECRET_NAME.matcher(name).matches() && !SECRET_VALUE.matcher(value).matches(), task,
                                        "container " + c.get("name") + " gets " + name + " in plain text; pass it in secrets, by ARN");
                            }
                        }))
                        .build(),
                rule("ecs.database-login", "Only a setup step reads the RDS master secret, and DATABASE_URL always comes from a secret")
                        .why("The master can do anything and RDS rotates its password every seven days, which a running task never "
                                + "sees; the app and its migration connect as their own roles (ADR 0018). A connection URL carries "
                                + "its password, so it is injected by ARN even when it looks harmless.")
                        .each(ECS_TASK_DEFINITION, (task, graph, findings) -> {
                            var transition = task.input("tags").orElse(Map.of()) instanceof Map<?, ?> tags
                                    && "MASTER".equals(tags.get(DATABASE_LOGIN_TAG));
                            containers(task).forEach(c -> {
                                var secrets = c.get("secrets") instanceof List<?> l ? l : List.of();
                                var readsMaster = secrets.stream().anyMatch(e -> e instanceof Map<?, ?> m
                                        && String.valueOf(m.get("valueFrom")).contains(RDS_MANAGED_SECRET));
                                findings.require(!readsMaster || Boolean.FALSE.equals(c.get("essential")) || transition, task,
                                        "container " + c.get("name") + " reads the RDS-managed master secret; give it its own login");
                                var environment = c.get("environment") instanceof List<?> l ? l : List.of();
                                findings.require(environment.stream().noneMatch(e -> e instanceof Map<?, ?> m && "DATABASE_URL".equals(m.get("name"))),
                                        task, "container " + c.get("name") + " gets DATABASE_URL as a plain variable; inject it from a secret");
                            });
                        })
                        .build(),
                rule("ecs.distinct-roles", "Tasks have an execution role and a different task role")
                        .why("What ECS needs to start the task (pull, logs, secrets) is not granted to the application's code.")
                        .mirrors(null, "CKV_AWS_249")
                        .each(ECS_TASK_DEFINITION, (task, graph, findings) -> {
                            var execution = Inputs.text(task, "executionRoleArn");
                            var application = Inputs.text(task, "taskRoleArn");
                            findings.require(!execution.isEmpty() && !application.isEmpty() && !execution.equals(application), task,
                                    execution.isEmpty() || application.isEmpty() ? "lacks an execution role or a task role"
                                            : "uses one role for both execution and the task");
                        })
                        .build(),
                rule("ecs.latest-platform", "Fargate services run the latest platform version")
                        .why("Platform versions carry kernel and runtime security fixes.")
                        .mirrors("ECS.10", "CKV_AWS_332")
                        .each(ECS_SERVICE, (service, graph, findings) -> {
                            var version = service.input("platformVersion").map(String::valueOf).orElse("LATEST");
                            findings.require("LATEST".equals(version), service, "is pinned to platform version " + version);
                        })
                        .build(),
                rule("ecs.public-tasks-reachable-only-from-the-load-balancer", "Tasks with a public address admit only other security groups")
                        .why("Security Hub's ECS.2 asks for no public IP; webstack gives tasks one instead of a NAT gateway (ADR 0001) "
                                + "and compensates: nothing on the internet can open a connection to a task.")
                        .reads(Permission.TYPES.toArray(String[]::new))
                        .each(ECS_SERVICE, (service, graph, findings) -> {
                            if (!Inputs.isTrue(service, "networkConfiguration.assignPublicIp")) {
                                return;
                            }
                            var groups = Inputs.texts(service, "networkConfiguration.securityGroups");
                            findings.require(!groups.isEmpty(), service, "has a public address and no security group of its own");
                            for (var permission : Permission.all(graph)) {
                                if (permission.ingress() && groups.contains(permission.groupId())
                                        && (!permission.cidrs().isEmpty() || !permission.prefixLists().isEmpty())) {
                                    findings.violation(permission.declaredBy(), "admits " + permission.cidrs() + permission.prefixLists()
                                            + " to tasks that have a public address");
                                }
                            }
                        })
                        .build(),
                rule("ecs.container-insights", "ECS clusters have Container Insights")
                        .why("Per-task CPU, memory and restarts, and the running-task count the dashboard shows.")
                        .mirrors("ECS.12", "CKV_AWS_65")
                        .each(ECS_CLUSTER, (cluster, graph, findings) -> {
                            var value = Inputs.maps(cluster, "settings").stream().filter(s -> "containerInsights".equals(s.get("name")))
                                    .map(s -> String.valueOf(s.get("value"))).findFirst().orElse("disabled");
                            findings.require(!"disabled".equals(value), cluster, "containerInsights is " + value);
                        })
                        .build(),
                rule("ecs.highly-available", "Production services keep two tasks in two zones and roll back failed deployments")
                        .why("One task failing, one zone failing or one bad image does not take the site down.")
                        .inProduction()
                        .reads(APPAUTOSCALING_TARGET, EC2_SUBNET)
                        .each(ECS_SERVICE, (service, graph, findings) -> {
                            var minimum = graph.fewestTasks(service);
                            findings.require(minimum >= 2, service, "may run " + minimum + " task(s)");
                            var zones = Inputs.texts(service, "networkConfiguration.subnets").stream()
                                    .map(id -> graph.resolve(EC2_SUBNET, id).map(s -> Inputs.text(s, "availabilityZone")).orElse(id))
                                    .collect(Collectors.toSet());
                            findings.require(zones.size() >= 2, service, "runs in " + zones.size() + " zone(s)");
                            findings.require(Inputs.isTrue(service, "deploymentCircuitBreaker.rollback"), service,
                                    "does not roll back a failing deployment");
                        })
                        .build(),
                rule("ecr.scan-on-push", "Images are scanned when pushed")
                        .why("Known vulnerabilities in the image are reported before it is deployed.")
                        .mirrors("ECR.1", "CKV_AWS_163")
                        .each(ECR_REPOSITORY, (repository, graph, findings) -> findings.require(
                                Inputs.isTrue(repository, "imageScanningConfiguration.scanOnPush"), repository, "scanOnPush is not true"))
                        .build(),
                rule("ecr.lifecycle", "Every repository has a lifecycle policy")
                        .why("Untagged and old images expire instead of accumulating storage cost.")
                        .mirrors("ECR.3", null)
                        .reads(ECR_LIFECYCLE_POLICY)
                        .each(ECR_REPOSITORY, (repository, graph, findings) -> findings.require(
                                !graph.referencing(ECR_LIFECYCLE_POLICY, "repository", repository).isEmpty(), repository, "has no lifecycle policy"))
                        .build());
    }

    private static List<Map<?, ?>> containers(PlannedResource task) {
        var parsed = Json.parse(Inputs.text(task, "containerDefinitions"));
        return parsed instanceof List<?> list ? list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(m -> (Map<?, ?>) m).toList() : List.of();
    }
}
