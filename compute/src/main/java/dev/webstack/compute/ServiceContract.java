package dev.webstack.compute;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.kit.Doc;
import java.util.List;

/**
 * What a release needs to run the migration and roll the service (scripts/release, requirements R9.2),
 * and what the alarms watch.
 */
public record ServiceContract(
        @Doc("the ECS cluster, `<app>-<stack>`") Output<String> clusterName,
        @Doc("its ARN") Output<String> clusterArn,
        @Doc("the ECS service") Output<String> serviceName,
        @Doc("the application's task definition family, `<app>-<stack>-app`") Output<String> appTaskFamily,
        @Doc("the migration's, `<app>-<stack>-migration`, with one container named `migration`")
        Output<String> migrationTaskFamily,
        @Doc("the migration's current revision") Output<String> migrationTaskDefinitionArn,
        @Doc("where the task definitions' images come from") Output<String> repositoryUrl,
        @Doc("the containers' log group") Output<String> logGroupName,
        @Doc("where a one-off migration task runs: the public subnets") Output<List<String>> taskSubnetIds,
        @Doc("the group a one-off migration task runs in: the app group") Output<String> taskSecurityGroupId) {

    public static final String CLUSTER_NAME = "service.clusterName";
    public static final String CLUSTER_ARN = "service.clusterArn";
    public static final String SERVICE_NAME = "service.serviceName";
    public static final String APP_TASK_FAMILY = "service.appTaskFamily";
    public static final String MIGRATION_TASK_FAMILY = "service.migrationTaskFamily";
    public static final String MIGRATION_TASK_DEFINITION_ARN = "service.migrationTaskDefinitionArn";
    public static final String MIGRATION_CONTAINER_NAME = "service.migrationContainerName";
    public static final String REPOSITORY_URL = "service.repositoryUrl";
    public static final String LOG_GROUP_NAME = "service.logGroupName";
    public static final String TASK_SUBNET_IDS = "service.taskSubnetIds";
    public static final String TASK_SECURITY_GROUP_ID = "service.taskSecurityGroupId";

    public void exportTo(Context context) {
        context.export(CLUSTER_NAME, clusterName);
        context.export(CLUSTER_ARN, clusterArn);
        context.export(SERVICE_NAME, serviceName);
        context.export(APP_TASK_FAMILY, appTaskFamily);
        context.export(MIGRATION_TASK_FAMILY, migrationTaskFamily);
        context.export(MIGRATION_TASK_DEFINITION_ARN, migrationTaskDefinitionArn);
        context.export(MIGRATION_CONTAINER_NAME, Output.of(Service.MIGRATION_CONTAINER));
        context.export(REPOSITORY_URL, repositoryUrl);
        context.export(LOG_GROUP_NAME, logGroupName);
        context.export(TASK_SUBNET_IDS, taskSubnetIds);
        context.export(TASK_SECURITY_GROUP_ID, taskSecurityGroupId);
    }
}
