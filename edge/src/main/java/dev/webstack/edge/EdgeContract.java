package dev.webstack.edge;

import com.pulumi.Context;
import com.pulumi.core.Output;

/**
 * The public entry point, for the service (target group), the alarms (ARN suffixes, the
 * dimensions CloudWatch publishes) and people (the URL).
 */
public record EdgeContract(Output<String> albArn, Output<String> albArnSuffix, Output<String> albDnsName,
                           Output<String> targetGroupArn, Output<String> targetGroupArnSuffix,
                           Output<String> distributionId, Output<String> distributionDomainName, Output<String> publicUrl) {

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
