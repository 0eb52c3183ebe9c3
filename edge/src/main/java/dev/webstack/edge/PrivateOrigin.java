package dev.webstack.edge;

import com.pulumi.aws.cloudfront.VpcOrigin;
import com.pulumi.aws.cloudfront.VpcOriginArgs;
import com.pulumi.aws.cloudfront.inputs.VpcOriginVpcOriginEndpointConfigArgs;
import com.pulumi.aws.cloudfront.inputs.VpcOriginVpcOriginEndpointConfigOriginSslProtocolsArgs;
import com.pulumi.aws.ec2.Ec2Functions;
import com.pulumi.aws.ec2.inputs.GetSecurityGroupArgs;
import com.pulumi.aws.lb.LoadBalancer;
import com.pulumi.aws.vpc.SecurityGroupIngressRule;
import com.pulumi.aws.vpc.SecurityGroupIngressRuleArgs;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOutputOptions;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import dev.webstack.kit.naming.Naming;
import dev.webstack.plan.hash.Sha256;

/**
 * CloudFront's way into the VPC: a VPC origin on the internal load balancer, and the one rule that lets
 * CloudFront's VPC-origin traffic reach it (ADR 0014).
 *
 * <p>CloudFront places its network interfaces in the load balancer's subnets and connects from a security
 * group it creates in the VPC, "CloudFront-VPCOrigins-Service-SG" (its service-linked role may create groups
 * tagged aws.cloudfront.vpcorigin=enabled: AWS managed policy AWSCloudFrontVPCOriginServiceRolePolicy; the
 * name: hashicorp/terraform-provider-aws#40683). The group exists only once a VPC origin does, so the look-up
 * waits for this one. The load balancer's group admits that group on the origin port and nothing else: no
 * prefix list, no address range.
 */
final class PrivateOrigin {

    /** The group CloudFront creates in the VPC for its VPC origins. */
    static final String VPC_ORIGINS_GROUP = "CloudFront-VPCOrigins-Service-SG";

    private final VpcOrigin vpcOrigin;
    private final SecurityGroupIngressRule entry;

    private PrivateOrigin(VpcOrigin vpcOrigin, SecurityGroupIngressRule entry) {
        this.vpcOrigin = vpcOrigin;
        this.entry = entry;
    }

    /**
     * @param port  the one port CloudFront connects to: 443 with TLS (a custom domain), else 80
     * @param https whether CloudFront speaks TLS to the load balancer
     */
    static PrivateOrigin create(Resource parent, String name, Naming naming, LoadBalancer alb, Output<String> vpcId,
                                Output<String> albSecurityGroupId, int port, boolean https) {
        var vpcOrigin = new VpcOrigin(name + "-vpc-origin", VpcOriginArgs.builder()
                .vpcOriginEndpointConfig(VpcOriginVpcOriginEndpointConfigArgs.builder()
                        // Named after what it points at and how: a replacement is created before the old one is
                        // deleted, and AWS does not say whether VPC origin names must be unique (ADR 0014).
                        .name(alb.arn().applyValue(arn -> naming.physical("alb-" + Sha256.hex(arn + (https ? " https" : " http"), 8))))
                        .arn(alb.arn())
                        .httpPort(80)
                        .httpsPort(443)
                        .originProtocolPolicy(https ? "https-only" : "http-only")
                        .originSslProtocols(VpcOriginVpcOriginEndpointConfigOriginSslProtocolsArgs.builder()
                                .items("TLSv1.2").quantity(1).build())
                        .build())
                .build(), Children.of(parent, o -> {
                    // CloudFront refuses to update or delete a VPC origin a distribution uses ("disassociate the VPC
                    // origin from all distributions before updating or deleting", 409: aws/aws-cdk#34629). A new load
                    // balancer therefore gets a new VPC origin, created before the distribution moves to it and
                    // deleted after; tags are left as created (the provider's default tags would be an update).
                    o.replaceOnChanges("vpcOriginEndpointConfig");
                    o.ignoreChanges("tags", "tagsAll");
                    return o;
                }));
        var cloudFrontGroup = Ec2Functions.getSecurityGroup(GetSecurityGroupArgs.builder()
                        .name(VPC_ORIGINS_GROUP)
                        .vpcId(vpcId)
                        .build(),
                new InvokeOutputOptions.Builder().parent(parent).dependsOn(vpcOrigin).build());
        var entry = new SecurityGroupIngressRule(name + "-alb-from-cloudfront", SecurityGroupIngressRuleArgs.builder()
                .securityGroupId(albSecurityGroupId)
                .description("CloudFront VPC origins only (" + VPC_ORIGINS_GROUP + ")")
                .ipProtocol("tcp").fromPort(port).toPort(port)
                .referencedSecurityGroupId(cloudFrontGroup.applyValue(group -> group.id()))
                .build(), Children.of(parent));
        return new PrivateOrigin(vpcOrigin, entry);
    }

    Output<String> id() {
        return vpcOrigin.id();
    }

    /** The distribution waits for the rule: before it, CloudFront's connections would time out. */
    SecurityGroupIngressRule entry() {
        return entry;
    }
}
