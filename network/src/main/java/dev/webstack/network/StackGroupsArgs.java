package dev.webstack.network;

import com.pulumi.core.Output;
import dev.webstack.kit.ArgsCheck;
import dev.webstack.kit.Doc;
import dev.webstack.kit.naming.Naming;
import java.util.Optional;

/**
 * What {@link StackGroups} is built from: the adopted VPC, the owner's load-balancer group when
 * the load balancer is adopted too, and the ports the rules are cut around.
 */
public record StackGroupsArgs(
        @Doc("physical names and Name tags, `<app>-<stack>-...`: they differ from the owner's") Naming naming,
        @Doc("the adopted VPC (the owner's `network.vpcId`)") Output<String> vpcId,
        @Doc("the owner's load-balancer group (`edge.albSgId`) when the load balancer is adopted; empty: this stack creates its own")
        Optional<Output<String>> loadBalancerGroupId,
        @Doc("the only port the load balancer may reach tasks on (`webstack:service.containerPort`)") int appPort,
        @Doc("the only port tasks may reach the database on (5432)") int databasePort) {

    public StackGroupsArgs {
        var check = ArgsCheck.of(StackGroupsArgs.class);
        check.required("naming", naming);
        check.required("vpcId", vpcId);
        check.required("loadBalancerGroupId", loadBalancerGroupId);
        check.orThrow();
    }
}
