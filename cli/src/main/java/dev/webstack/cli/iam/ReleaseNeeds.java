package dev.webstack.cli.iam;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the application repository's release role must do and must not, from the resources the
 * release touches (scripts/release, ADR 0021): read the outputs parameter, push to the stack's
 * repository, run the task definition no service runs (the migration) in the stack's cluster with
 * its own two roles, roll the service, see whether the database sleeps. Nothing else: no other
 * repository, no secret values, no role it does not pass to ECS.
 */
final class ReleaseNeeds implements RoleNeeds {

    static final String ROLE_OUTPUT = "release.roleArn";
    static final String PARAMETER_OUTPUT = "release.outputsParameter";
    private static final List<String> PUSH = List.of("ecr:BatchCheckLayerAvailability", "ecr:InitiateLayerUpload",
            "ecr:UploadLayerPart", "ecr:CompleteLayerUpload", "ecr:PutImage", "ecr:BatchGetImage", "ecr:DescribeImages");

    @Override
    public List<Expectation> of(Plan plan) {
        if (!plan.outputs().containsKey(ROLE_OUTPUT)) {
            return List.of();
        }
        var role = String.valueOf(plan.output(ROLE_OUTPUT));
        var needs = new ArrayList<Expectation>();
        var parameterName = String.valueOf(plan.output(PARAMETER_OUTPUT));
        plan.ofType(AwsTypes.SSM_PARAMETER).stream().filter(p -> parameterName.equals(p.inputText("name")))
                .forEach(p -> needs.add(Expectation.allow(role, "ssm:GetParameter", p.outputText("arn"), "scripts/release reads the outputs")));
        needs.add(Expectation.allow(role, "ecr:GetAuthorizationToken", "*", "docker login"));
        for (var repository : plan.ofType(AwsTypes.ECR_REPOSITORY)) {
            var arn = repository.outputText("arn");
            PUSH.forEach(action -> needs.add(Expectation.allow(role, action, arn, "push and retag in " + repository.name())));
            needs.add(Expectation.deny(role, "ecr:PutImage", arn.replaceAll("repository/.*", "repository/another-app"), Map.of(),
                    "another repository"));
        }
        var services = plan.ofType(AwsTypes.ECS_SERVICE);
        var clusters = plan.ofType(AwsTypes.ECS_CLUSTER);
        for (var service : services) {
            needs.add(Expectation.allow(role, "ecs:UpdateService", service.outputText("arn"), "roll " + service.name()));
            needs.add(Expectation.allow(role, "ecs:DescribeServices", service.outputText("arn"), "follow " + service.name()));
        }
        for (var migration : tasksNoServiceRuns(plan, services)) {
            for (var cluster : clusters) {
                needs.add(new Expectation(role, "ecs:RunTask", migration.outputText("arn"), Map.of("ecs:cluster", cluster.outputText("arn")),
                        true, "run " + migration.name() + " in " + cluster.name()));
            }
            for (var passed : List.of("executionRoleArn", "taskRoleArn")) {
                needs.add(new Expectation(role, "iam:PassRole", migration.inputText(passed),
                        Map.of("iam:PassedToService", "ecs-tasks.amazonaws.com"), true, migration.name() + "'s " + passed));
                needs.add(Expectation.deny(role, "iam:PassRole", migration.inputText(passed),
                        Map.of("iam:PassedToService", "lambda.amazonaws.com"), migration.name() + "'s " + passed + " to another service"));
            }
        }
        needs.add(Expectation.deny(role, "iam:CreateRole", role + "-more", Map.of(), "a release creates no identity"));
        needs.add(Expectation.deny(role, "iam:PutRolePolicy", role, Map.of(), "a release cannot widen itself"));
        plan.ofType(AwsTypes.RDS_INSTANCE).forEach(db -> needs.add(Expectation.allow(role, "rds:DescribeDBInstances",
                db.outputText("arn"), "is " + db.name() + " awake")));
        plan.ofType(AwsTypes.SECRETSMANAGER_SECRET).forEach(secret -> needs.add(Expectation.deny(role, "secretsmanager:GetSecretValue",
                secret.outputText("arn"), Map.of(), "a release reads no secret value")));
        if (plan.outputs().containsKey(DeployNeeds.ROLE_OUTPUT)) {
            needs.add(Expectation.deny(role, "iam:PassRole", String.valueOf(plan.output(DeployNeeds.ROLE_OUTPUT)),
                    Map.of("iam:PassedToService", "ecs-tasks.amazonaws.com"), "the deploy role is not the migration's"));
        }
        return needs;
    }

    /** Task definitions no service runs: the one-off migration the release starts. */
    private static List<PlannedResource> tasksNoServiceRuns(Plan plan, List<PlannedResource> services) {
        var run = services.stream().map(s -> s.inputText("taskDefinition")).toList();
        return plan.ofType(AwsTypes.ECS_TASK_DEFINITION).stream()
                .filter(t -> !run.contains(t.outputText("arn")) && !run.contains(t.id())).toList();
    }
}
