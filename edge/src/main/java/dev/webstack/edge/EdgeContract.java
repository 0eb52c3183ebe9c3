package dev.webstack.edge;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.kit.Doc;

/**
 * The public entry point, for the service (target group), the alarms (ARN suffixes, the
 * dimensions CloudWatch publishes) and people (the URL).
 */
public record EdgeContract(
        @Doc("the load balancer") Output<String> albArn,
        @Doc("`app/<name>/<id>`: the LoadBalancer dimension of its CloudWatch metrics") Output<String> albArnSuffix,
        @Doc("its DNS name") Output<String> albDnsName,
        @Doc("where the service registers its tasks; resolves once a listener forwards to it") Output<String> targetGroupArn,
        @Doc("`targetgroup/<name>/<id>`: the TargetGroup dimension of its CloudWatch metrics")
        Output<String> targetGroupArnSuffix,
        @Doc("the CloudFront distribution") Output<String> distributionId,
        @Doc("its `*.cloudfront.net` domain") Output<String> distributionDomainName,
        @Doc("https:// and the custom domain, or the CloudFront domain without one") Output<String> publicUrl) {

    public static final String ALB_ARN = "edge.albArn";
    public static final String ALB_ARN_SUFFIX = "edge.albArnSuffix";
    public static final String ALB_DNS_NAME = "edge.albDnsName";
    public static final String TARGET_GROUP_ARN = "edge.targetGroupArn";
    public static final String TARGET_GROUP_ARN_SUFFIX = "edge.targetGroupArnSuffix";
    public static final String DISTRIBUTION_ID = "edge.distributionId";
    public static final String DISTRIBUTION_DOMAIN_NAME = "edge.distributionDomainName";
    public static final String PUBLIC_URL = "edge.publicUrl";

    public void exportTo(Context context) {
        context.export(ALB_ARN, albArn);
        context.export(ALB_ARN_SUFFIX, albArnSuffix);
        context.export(ALB_DNS_NAME, albDnsName);
        context.export(TARGET_GROUP_ARN, targetGroupArn);
        context.export(TARGET_GROUP_ARN_SUFFIX, targetGroupArnSuffix);
        context.export(DISTRIBUTION_ID, distributionId);
        context.export(DISTRIBUTION_DOMAIN_NAME, distributionDomainName);
        context.export(PUBLIC_URL, publicUrl);
    }
}
