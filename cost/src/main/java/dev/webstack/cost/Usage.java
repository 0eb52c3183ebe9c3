package dev.webstack.cost;

/**
 * What the estimate assumes about use, and the budget it is held to. The stack's settings
 * supply these; the estimate reads only the plan and these numbers.
 *
 * @param monthlyBudgetUsd  the most the stack may cost a month
 * @param requestsPerMonth  viewer requests a month (CloudFront, WAF, load balancer logs)
 * @param cdnGbPerMonth     data CloudFront serves to viewers a month
 * @param logsGbPerMonth    CloudWatch Logs ingested a month
 * @param documentsGb       data held in the documents bucket
 * @param imageMb           the size of one container image in ECR
 * @param loadBalancerLcu   load balancer capacity units used on average
 * @param natGbPerMonth     data the tasks exchange with the internet a month, for the NAT gateway comparison
 */
public record Usage(int monthlyBudgetUsd, int requestsPerMonth, int cdnGbPerMonth, double logsGbPerMonth, int documentsGb,
                    int imageMb, double loadBalancerLcu, int natGbPerMonth) {
}
