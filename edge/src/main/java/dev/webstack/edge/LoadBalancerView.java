package dev.webstack.edge;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.List;

/**
 * "The load balancer" as the rest of the edge sees it, created by this stack or adopted from another (ADR 0024):
 * where the stack's rule goes, where its distribution points, and what the distribution waits for.
 *
 * @param ready what must exist before CloudFront sends requests (the owner's entry rule, listener and origin
 *              certificate); empty when adopted: the owner's are there already
 */
record LoadBalancerView(Output<String> albArn, Output<String> albArnSuffix, Output<String> albDnsName, Output<String> albSgId,
                        Output<String> listenerArn, Output<String> vpcOriginId, Output<String> originHost,
                        Output<String> originProtocolPolicy, Output<Boolean> originLocked, List<Resource> ready) {

    static final String HTTP_ONLY = "http-only";
    static final String HTTPS_ONLY = "https-only";

    /** The owner's, as it exported them; checked against this stack's settings before anything is created (ADR 0026). */
    static LoadBalancerView adopted(AdoptedLoadBalancer owner) {
        return new LoadBalancerView(owner.albArn(), owner.albArnSuffix(), owner.albDnsName(), owner.albSgId(), owner.listenerArn(),
                owner.vpcOriginId(), owner.originHost(), owner.originProtocolPolicy(), owner.originLocked(), List.of());
    }
}
