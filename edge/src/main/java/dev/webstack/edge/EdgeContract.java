package dev.webstack.edge;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.kit.Doc;
import java.util.Optional;

/**
 * The public entry point, for the service (target group), the alarms (ARN suffixes, the
 * dimensions CloudWatch publishes), people (the URL) and stacks that adopt the load balancer
 * (the listener, the VPC origin and how to reach it: {@link AdoptedLoadBalancer}, ADR 0024).
 */
public record EdgeContract(
        @Doc("the load balancer (with `edge.fromStack`, the owner's)") Output<String> albArn,
        @Doc("`app/<name>/<id>`: the LoadBalancer dimension of its CloudWatch metrics") Output<String> albArnSuffix,
        @Doc("its DNS name") Output<String> albDnsName,
        @Doc("where the service registers its tasks; resolves once a listener forwards to it") Output<String> targetGroupArn,
        @Doc("`targetgroup/<name>/<id>`: the TargetGroup dimension of its CloudWatch metrics")
        Output<String> targetGroupArnSuffix,
        @Doc("the CloudFront distribution") Output<String> distributionId,
        @Doc("its `*.cloudfront.net` domain") Output<String> distributionDomainName,
        @Doc("https:// and the custom domain, or the CloudFront domain without one") Output<String> publicUrl,
        @Doc("the load balancer's security group") Output<String> albSgId,
        @Doc("the listener CloudFront's requests arrive on: HTTPS 443 with a domain, else HTTP 80") Output<String> listenerArn,
        @Doc("the priority of this stack's rule on it; none with the origin lock off")
        Optional<Output<Integer>> listenerRulePriority,
        @Doc("the CloudFront VPC origin on the load balancer") Output<String> vpcOriginId,
        @Doc("the host a distribution names to the VPC origin: `origin.<domain>`, else the load balancer's DNS name")
        Output<String> originHost,
        @Doc("`http-only`, or `https-only` with a domain: the VPC origin's protocol") Output<String> originProtocolPolicy,
        @Doc("whether the listener refuses requests without a rule's secret header") Output<Boolean> originLocked) {

    public static final String ALB_ARN = "edge.albArn";
    public static final String ALB_ARN_SUFFIX = "edge.albArnSuffix";
    public static final String ALB_DNS_NAME = "edge.albDnsName";
    public static final String TARGET_GROUP_ARN = "edge.targetGroupArn";
    public static final String TARGET_GROUP_ARN_SUFFIX = "edge.targetGroupArnSuffix";
    public static final String DISTRIBUTION_ID = "edge.distributionId";
    public static final String DISTRIBUTION_DOMAIN_NAME = "edge.distributionDomainName";
    public static final String PUBLIC_URL = "edge.publicUrl";
    public static final String ALB_SG_ID = "edge.albSgId";
    public static final String LISTENER_ARN = "edge.listenerArn";
    public static final String LISTENER_RULE_PRIORITY = "edge.listenerRulePriority";
    public static final String VPC_ORIGIN_ID = "edge.vpcOriginId";
    public static final String ORIGIN_HOST = "edge.originHost";
    public static final String ORIGIN_PROTOCOL_POLICY = "edge.originProtocolPolicy";
    public static final String ORIGIN_LOCKED = "edge.originLocked";

    public void exportTo(Context context) {
        context.export(ALB_ARN, albArn);
        context.export(ALB_ARN_SUFFIX, albArnSuffix);
        context.export(ALB_DNS_NAME, albDnsName);
        context.export(TARGET_GROUP_ARN, targetGroupArn);
        context.export(TARGET_GROUP_ARN_SUFFIX, targetGroupArnSuffix);
        context.export(DISTRIBUTION_ID, distributionId);
        context.export(DISTRIBUTION_DOMAIN_NAME, distributionDomainName);
        context.export(PUBLIC_URL, publicUrl);
        context.export(ALB_SG_ID, albSgId);
        context.export(LISTENER_ARN, listenerArn);
        listenerRulePriority.ifPresent(priority -> context.export(LISTENER_RULE_PRIORITY, priority));
        context.export(VPC_ORIGIN_ID, vpcOriginId);
        context.export(ORIGIN_HOST, originHost);
        context.export(ORIGIN_PROTOCOL_POLICY, originProtocolPolicy);
        context.export(ORIGIN_LOCKED, originLocked);
    }
}
