package dev.webstack.compute;

import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import dev.webstack.kit.iam.PolicyDocument;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.kit.naming.NameLimit;
import dev.webstack.kit.naming.Naming;
import java.util.ArrayList;
import java.util.List;

/**
 * The two roles of the tasks, kept apart. The execution role is ECS's, used to start a task:
 * pull this image, write this log group, read exactly the secrets injected. The task role is
 * the application's: the documents bucket, the Bedrock models listed in {@code bedrock.models}, and
 * the ECS Exec channel when exec is on.
 * {@code policies} are the two inline policies: what uses a role waits for them (ADR 0017),
 * since a role exists before its permissions do and IAM changes reach ECS only eventually.
 */
record ServiceRoles(Role execution, Role task, List<RolePolicy> policies) {

    /** ECR's token is account-wide: AWS accepts no resource but "*" for it. */
    static final String ECR_TOKEN_ACTION = "ecr:GetAuthorizationToken";
    /** The ECS Exec channel actions accept no resource but "*". */
    static final List<String> EXEC_ACTIONS = List.of("ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
            "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel");

    /**
     * Invoking a foundation model, streamed or not. The Converse and ConverseStream APIs are authorized by
     * these same two actions (Amazon Bedrock API Reference, InvokeModel: denying these two "also denies
     * access to the resource through the Converse API actions"). Both take the foundation-model resource type
     * (Service Authorization Reference, Amazon Bedrock: arn:${Partition}:bedrock:${Region}::foundation-model/${ResourceId}).
     */
    static final List<String> BEDROCK_ACTIONS = List.of("bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream");

    /**
     * What the execution role may read, resolved.
     *
     * @param bedrockModels foundation-model ids the task role may invoke in {@code region}
     */
    record Grants(String account, String region, String repositoryArn, String logGroupArn, List<String> secretArns,
                  List<String> parameterArns, String bucketArn, boolean exec, List<String> bedrockModels) {

        /** A foundation model's ARN has no account: the models are AWS's, per region. */
        List<String> bedrockModelArns() {
            return bedrockModels.stream().map(id -> "arn:aws:bedrock:" + region + "::foundation-model/" + id).toList();
        }
    }

    static ServiceRoles create(Resource parent, String name, Naming naming, Output<Grants> grants) {
        var trust = grants.applyValue(g -> PolicyDocument.of(Statement.allow("sts:AssumeRole")
                .principalService("ecs-tasks.amazonaws.com")
                .when("StringEquals", "aws:SourceAccount", g.account())
                .when("ArnLike", "aws:SourceArn", "arn:aws:ecs:" + g.region() + ":" + g.account() + ":*")
                .build()).toJson());
        var execution = new Role(name + "-execution-role", RoleArgs.builder()
                .name(naming.physical("ecs-execution", NameLimit.IAM_ROLE))
                .description("ECS starts this stack's tasks with it: image pull, logs, injected secrets")
                .assumeRolePolicy(trust)
                .build(), Children.of(parent));
        var executionPolicy = new RolePolicy(name + "-execution-policy", RolePolicyArgs.builder()
                .role(execution.id())
                .name("start-tasks")
                .policy(grants.applyValue(ServiceRoles::executionPolicy))
                .build(), Children.of(parent));
        var task = new Role(name + "-task-role", RoleArgs.builder()
                .name(naming.physical("ecs-task", NameLimit.IAM_ROLE))
                .description("The application's own permissions: the documents bucket")
                .assumeRolePolicy(trust)
                .build(), Children.of(parent));
        var taskPolicy = new RolePolicy(name + "-task-policy", RolePolicyArgs.builder()
                .role(task.id())
                .name("application")
                .policy(grants.applyValue(ServiceRoles::taskPolicy))
                .build(), Children.of(parent));
        return new ServiceRoles(execution, task, List.of(executionPolicy, taskPolicy));
    }

    static String executionPolicy(Grants g) {
        var statements = new ArrayList<Statement>();
        statements.add(Statement.allow(ECR_TOKEN_ACTION).sid("RegistryToken").on("*").build());
        statements.add(Statement.allow("ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage")
                .sid("PullThisRepository").on(g.repositoryArn()).build());
        statements.add(Statement.allow("logs:CreateLogStream", "logs:PutLogEvents")
                .sid("WriteThisLogGroup").on(g.logGroupArn() + ":*").build());
        if (!g.secretArns().isEmpty()) {
            statements.add(Statement.allow("secretsmanager:GetSecretValue").sid("ReadInjectedSecrets").on(g.secretArns()).build());
        }
        if (!g.parameterArns().isEmpty()) {
            // SecureStrings under the AWS managed key aws/ssm: its key policy lets every principal of the account
            // decrypt through SSM, so ECS needs no kms:Decrypt here (Amazon ECS Developer Guide, "Pass Systems
            // Manager parameters as environment variables", required IAM permissions: kms:Decrypt only for a
            // customer managed key; Systems Manager User Guide, "Restricting decryption of SecureString parameter
            // values"). Who may read a value is decided by ssm:GetParameter(s) on its ARN: ADR 0019.
            statements.add(Statement.allow("ssm:GetParameters").sid("ReadInjectedParameters").on(g.parameterArns()).build());
        }
        return new PolicyDocument(statements).toJson();
    }

    static String taskPolicy(Grants g) {
        var statements = new ArrayList<Statement>();
        statements.add(Statement.allow("s3:ListBucket", "s3:GetBucketLocation").sid("ListDocuments").on(g.bucketArn()).build());
        statements.add(Statement.allow("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload")
                .sid("ReadWriteDocuments").on(g.bucketArn() + "/*").build());
        if (g.exec()) {
            statements.add(Statement.allow(EXEC_ACTIONS.toArray(String[]::new)).sid("EcsExecChannel").on("*").build());
        }
        if (!g.bedrockModels().isEmpty()) {
            statements.add(Statement.allow(BEDROCK_ACTIONS.toArray(String[]::new)).sid("InvokeBedrockModels")
                    .on(g.bedrockModelArns()).build());
        }
        return new PolicyDocument(statements).toJson();
    }
}
