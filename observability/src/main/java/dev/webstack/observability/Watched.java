package dev.webstack.observability;

import com.pulumi.core.Output;

/**
 * What the alarms watch, as CloudWatch names it: the ECS cluster and service by name, the
 * database by identifier, the load balancer and target group by ARN suffix, the migration
 * task by family and container, the application's log group by name, and the fewest tasks the
 * service runs while it is up ({@code service.minCount}): below that many healthy targets the
 * service is short of its floor.
 */
public record Watched(Output<String> clusterName, Output<String> clusterArn, Output<String> serviceName,
                      Output<String> migrationTaskFamily, String migrationContainerName, Output<String> databaseIdentifier,
                      Output<String> loadBalancerArnSuffix, Output<String> targetGroupArnSuffix,
                      Output<String> logGroupName, int serviceFloor) {

    public Watched {
        if (serviceFloor < 1) {
            throw new IllegalArgumentException("serviceFloor must be at least 1 task, not " + serviceFloor);
        }
    }
}
