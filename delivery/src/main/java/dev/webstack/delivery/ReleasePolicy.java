package dev.webstack.delivery;

import dev.webstack.kit.iam.PolicyDocument.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the release role may do: push to the stack's image repository and run scripts/release, on
 * exactly the stack's resources. Actions, resource types and "*"-only actions as in the Service
 * Authorization Reference (Amazon ECR, Amazon ECS, Amazon RDS, AWS Systems Manager, IAM); the push
 * actions as in the Amazon ECR User Guide, "Pushing a Docker image" (required IAM permissions).
 */
final class ReleasePolicy {

    /** The migration task's roles go to ECS tasks only. */
    static final String PASSED_TO = "ecs-tasks.amazonaws.com";

    private ReleasePolicy() {
    }

    /** The stack's resources, resolved. */
    record Resolved(String account, String region, String outputsParameterArn, String repositoryArn, String clusterArn,
                    String clusterName, String migrationFamily, String serviceName, List<String> migrationRoleArns,
                    String databaseArn, boolean databaseSleeps, List<String> promotionSourceArns) {
        Resolved {
            promotionSourceArns = List.copyOf(promotionSourceArns);
        }
    }

    static List<Statement> statements(Resolved r) {
        var ecs = "arn:aws:ecs:" + r.region() + ":" + r.account() + ":";
        var migrationRevisions = ecs + "task-definition/" + r.migrationFamily() + ":*";
        var statements = new ArrayList<Statement>();
        statements.add(Statement.allow("ssm:GetParameter").sid("ReadTheStacksOutputs").on(r.outputsParameterArn()).build());
        // GetAuthorizationToken accepts no resource type: "*" only (Service Authorization Reference, Amazon ECR).
        statements.add(Statement.allow("ecr:GetAuthorizationToken").sid("SignInToTheRegistry").on("*").build());
        statements.add(Statement.allow("ecr:BatchCheckLayerAvailability", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart",
                "ecr:CompleteLayerUpload", "ecr:PutImage", "ecr:BatchGetImage", "ecr:DescribeImages")
                .sid("PushAndTagImages").on(r.repositoryArn()).build());
        // ECR authorizes by repository only: PutImage has no condition key that names a tag (Service Authorization
        // Reference, Amazon ECR: resource type "repository", no condition keys), so the stack's own repository is
        // the only one its release may write to (ADR 0025). The owner's release may read the repositories it holds
        // for other stacks, to copy an image they tested into its own by digest (scripts/release, SOURCE_IMAGE).
        if (!r.promotionSourceArns().isEmpty()) {
            statements.add(Statement.allow("ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability",
                    "ecr:DescribeImages").sid("PullImagesToPromote").on(r.promotionSourceArns()).build());
        }
        var database = new ArrayList<>(List.of("rds:DescribeDBInstances"));
        if (r.databaseSleeps()) {
            database.add("rds:StartDBInstance");
        }
        statements.add(Statement.allow(database.toArray(String[]::new)).sid("CheckTheDatabaseIsAwake").on(r.databaseArn()).build());
        // DescribeTaskDefinition and DeregisterTaskDefinition accept no resource type: "*" only.
        statements.add(Statement.allow("ecs:DescribeTaskDefinition", "ecs:DeregisterTaskDefinition").sid("CopyTheMigrationDefinition")
                .on("*").build());
        statements.add(Statement.allow("ecs:RegisterTaskDefinition").sid("RegisterTheMigrationRevision").on(migrationRevisions).build());
        statements.add(Statement.allow("ecs:RunTask").sid("RunTheMigration").on(migrationRevisions)
                .when("ArnEquals", "ecs:cluster", r.clusterArn()).build());
        statements.add(Statement.allow("ecs:DescribeTasks", "ecs:StopTask").sid("FollowTheMigration")
                .on(ecs + "task/" + r.clusterName() + "/*").build());
        statements.add(Statement.allow("ecs:UpdateService", "ecs:DescribeServices").sid("RollTheService")
                .on(ecs + "service/" + r.clusterName() + "/" + r.serviceName()).build());
        statements.add(Statement.allow("iam:PassRole").sid("PassTheMigrationsRoles").on(r.migrationRoleArns())
                .when("StringEquals", "iam:PassedToService", PASSED_TO).build());
        return statements;
    }
}
