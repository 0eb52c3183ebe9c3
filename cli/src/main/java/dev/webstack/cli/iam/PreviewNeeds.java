package dev.webstack.cli.iam;

import dev.webstack.plan.Plan;
import dev.webstack.plan.aws.AwsTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The metadata reads: what the program's own look-ups (its {@code *Functions.get*} invokes) and a
 * refresh of each planned resource call. Both the preview role and the deploy role need them
 * (pulumi up previews and refreshes first); the preview role may do nothing else.
 */
final class PreviewNeeds implements RoleNeeds {

    static final String ROLE_OUTPUT = "deploy.previewRoleArn";

    /**
     * The invokes the program makes, and what the provider calls for each:
     * getCallerIdentity (sts:GetCallerIdentity), getAvailabilityZones (network Network: ec2:DescribeAvailabilityZones),
     * getSecurityGroup (edge PrivateOrigin: ec2:DescribeSecurityGroups), getCachePolicy and getOriginRequestPolicy by
     * name (edge Edge): the provider lists the policies to find the name, then gets it by id
     * (hashicorp/terraform-provider-aws internal/service/cloudfront/cache_policy_data_source.go, dataSourceCachePolicyRead:
     * listCachePoliciesPages then findCachePolicyByID; origin_request_policy_data_source.go the same).
     * getRegion and getServiceAccount call no API (the provider's configured region; a table in the provider).
     */
    static final List<String[]> LOOK_UPS = List.of(
            new String[]{"sts:GetCallerIdentity", "*"},
            new String[]{"ec2:DescribeAvailabilityZones", "*"},
            new String[]{"ec2:DescribeSecurityGroups", "*"},
            new String[]{"cloudfront:ListCachePolicies", "*"},
            new String[]{"cloudfront:GetCachePolicy", "arn:aws:cloudfront::${account}:cache-policy/658327ea-f89d-4fab-a63d-7e88639e58f6"},
            new String[]{"cloudfront:ListOriginRequestPolicies", "*"},
            new String[]{"cloudfront:GetOriginRequestPolicy", "arn:aws:cloudfront::${account}:origin-request-policy/b689b0a8-53d0-40ab-baf2-68738e2966ac"});

    /** One refresh read per type, on the resource's ARN: the provider's read function of each (Terraform AWS provider 5.x). */
    static final Map<String, String> REFRESH = Map.ofEntries(
            Map.entry(AwsTypes.IAM_ROLE, "iam:GetRole"),
            Map.entry(AwsTypes.IAM_POLICY, "iam:GetPolicyVersion"),
            Map.entry(AwsTypes.S3_BUCKET_V2, "s3:GetBucketTagging"),
            Map.entry(AwsTypes.SECRETSMANAGER_SECRET, "secretsmanager:DescribeSecret"),
            Map.entry(AwsTypes.KMS_KEY, "kms:GetKeyPolicy"),
            Map.entry(AwsTypes.LAMBDA_FUNCTION, "lambda:GetFunction"),
            Map.entry(AwsTypes.CLOUDFRONT_DISTRIBUTION, "cloudfront:GetDistribution"),
            Map.entry(AwsTypes.WAFV2_WEB_ACL, "wafv2:GetWebACL"),
            Map.entry("aws:sqs/queue:Queue", "sqs:GetQueueAttributes"),
            Map.entry("aws:sns/topic:Topic", "sns:GetTopicAttributes"),
            Map.entry("aws:ecs/service:Service", "ecs:DescribeServices"),
            Map.entry("aws:ecr/repository:Repository", "ecr:DescribeRepositories"),
            Map.entry("aws:rds/instance:Instance", "rds:DescribeDBInstances"),
            Map.entry("aws:cloudwatch/logGroup:LogGroup", "logs:ListTagsForResource"),
            Map.entry("aws:cloudwatch/metricAlarm:MetricAlarm", "cloudwatch:ListTagsForResource"),
            Map.entry("aws:scheduler/schedule:Schedule", "scheduler:GetSchedule"),
            Map.entry("aws:cloudtrail/trail:Trail", "cloudtrail:GetTrail"),
            Map.entry("aws:budgets/budget:Budget", "budgets:ViewBudget"),
            Map.entry("aws:cloudfront/vpcOrigin:VpcOrigin", "cloudfront:GetVpcOrigin"),
            Map.entry("aws:cloudwatch/logDeliverySource:LogDeliverySource", "logs:GetDeliverySource"),
            // A scalable target has tags (tags_all): its read lists them (terraform-provider-aws
            // internal/service/appautoscaling/target.go is tagged with transparent tagging, which calls
            // ListTagsForResource on the target's ARN; the catalogue's ScalableTarget resource type).
            Map.entry(AwsTypes.APPAUTOSCALING_TARGET, "application-autoscaling:ListTagsForResource"));

    @Override
    public List<Expectation> of(Plan plan) {
        var needs = new ArrayList<Expectation>();
        for (var output : List.of(ROLE_OUTPUT, DeployNeeds.ROLE_OUTPUT)) {
            if (plan.outputs().containsKey(output)) {
                reads(plan, String.valueOf(plan.output(output)), needs);
            }
        }
        if (plan.outputs().containsKey(ROLE_OUTPUT)) {
            var role = String.valueOf(plan.output(ROLE_OUTPUT));
            var context = StackTags.requestContext(StackTags.of(plan));
            plan.ofType("aws:ecs/service:Service").forEach(s -> needs.add(Expectation.deny(role, "ecs:UpdateService", s.outputText("arn"),
                    context, "a pull request changing " + s.name())));
            DeployNeeds.dataReads(plan, role, context, needs);
        }
        return needs;
    }

    private static void reads(Plan plan, String role, List<Expectation> needs) {
        for (var lookUp : LOOK_UPS) {
            needs.add(Expectation.allow(role, lookUp[0], lookUp[1].replace("${account}", plan.account()), "the program's look-ups"));
        }
        for (var resource : plan.cloudResources()) {
            var read = REFRESH.get(resource.type());
            if (read != null) {
                resource.output("arn").ifPresent(arn -> needs.add(Expectation.allow(role, read, String.valueOf(arn), "refresh of " + resource.name())));
            }
        }
    }
}
