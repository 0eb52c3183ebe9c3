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

    /**
     * The owner's, checked where it matters to this stack: its listener must refuse requests without a header (else
     * the owner's default action answers this stack's viewers too), and this stack's priority must differ from the
     * owner's rule's (ELB refuses a second rule with one priority: PriorityInUse). A failed check fails the update,
     * naming both stacks' keys.
     */
    static LoadBalancerView adopted(AdoptedLoadBalancer owner, String ownerName, int priority) {
        var listener = Output.tuple(owner.listenerArn(), owner.originLocked(), owner.listenerRulePriority()).applyValue(t -> {
            if (!t.t2) {
                throw new IllegalStateException(ownerName + " has webstack:edge.originLock false: its listener forwards every "
                        + "request to its own tasks, so this stack's viewers would reach them; turn the lock on in " + ownerName);
            }
            if (t.t3 == priority) {
                throw new IllegalStateException("webstack:edge.listenerRulePriority " + priority + " is " + ownerName
                        + "'s edge.listenerRulePriority too: one listener cannot hold two rules with one priority; choose another");
            }
            return t.t1;
        });
        return new LoadBalancerView(owner.albArn(), owner.albArnSuffix(), owner.albDnsName(), owner.albSgId(), listener,
                owner.vpcOriginId(), owner.originHost(), owner.originProtocolPolicy(), owner.originLocked(), List.of());
    }
}
