package dev.webstack.edge;

import com.pulumi.core.Output;
import com.pulumi.resources.StackReference;
import dev.webstack.kit.Adopted;
import dev.webstack.kit.Doc;

/**
 * Another stack's load balancer, serving listener and CloudFront VPC origin, read back from its exported
 * {@link EdgeContract} ({@code webstack:edge.fromStack}, ADR 0024). The adopting stack joins them with a target
 * group, a listener rule and a distribution of its own.
 */
public record AdoptedLoadBalancer(
        @Doc("the owner's load balancer") Output<String> albArn,
        @Doc("its LoadBalancer dimension") Output<String> albArnSuffix,
        @Doc("its DNS name") Output<String> albDnsName,
        @Doc("its security group") Output<String> albSgId,
        @Doc("the listener CloudFront's requests arrive on") Output<String> listenerArn,
        @Doc("the owner's VPC origin") Output<String> vpcOriginId,
        @Doc("the host a distribution must name to the VPC origin") Output<String> originHost,
        @Doc("http-only or https-only: the VPC origin's protocol") Output<String> originProtocolPolicy,
        @Doc("whether the owner's listener refuses requests without a secret header") Output<Boolean> originLocked) {

    /** The contract another stack exported, read back through a stack reference. */
    public static AdoptedLoadBalancer adopt(StackReference source) {
        return new AdoptedLoadBalancer(Adopted.text(source, EdgeContract.ALB_ARN), Adopted.text(source, EdgeContract.ALB_ARN_SUFFIX),
                Adopted.text(source, EdgeContract.ALB_DNS_NAME), Adopted.text(source, EdgeContract.ALB_SG_ID),
                Adopted.text(source, EdgeContract.LISTENER_ARN),
                Adopted.text(source, EdgeContract.VPC_ORIGIN_ID), Adopted.text(source, EdgeContract.ORIGIN_HOST),
                Adopted.text(source, EdgeContract.ORIGIN_PROTOCOL_POLICY),
                Adopted.text(source, EdgeContract.ORIGIN_LOCKED).applyValue(Boolean::parseBoolean));
    }
}
