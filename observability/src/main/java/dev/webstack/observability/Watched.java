package dev.webstack.observability;

import com.pulumi.core.Output;

/**
 * What the alarms watch, as CloudWatch names it: the ECS cluster and service by name, the
 * database by identifier, the load balancer and target group by ARN suffix, and the migration
 * task by family and container.
 */
public record Watched(Output<String> clusterName, Output<String> clusterArn, Output<String> serviceName,
                      Output<String> migrationTaskFamily, String migrationContainerName, Output<String> databaseIdentifier,
                      Output<String> loadBalancerArnSuffix, Output<String> targetGroupArnSuffix) {
}
