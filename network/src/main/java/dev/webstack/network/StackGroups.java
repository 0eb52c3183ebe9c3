package dev.webstack.network;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * A stack's own security groups in a VPC another stack owns (webstack:network.fromStack). The
 * VPC and its subnets are shared; the groups never are: this stack's tasks and database get
 * groups of their own, so the owner's database cannot admit them and this stack's cannot admit
 * the owner's tasks (ADR 0023). With the owner's load balancer, the one rule this stack writes
 * into the owner's group lets it reach this stack's tasks on this stack's port.
 */
public final class StackGroups extends ComponentResource {

    public static final String TYPE = "webstack:network:StackGroups";

    private final SecurityGroupsContract contract;

    public StackGroups(String name, StackGroupsArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        this.contract = new SecurityGroups(this, name, args.naming(), args.vpcId(), args.loadBalancerGroupId(), args.appPort(),
                args.databasePort()).create();
        registerOutputs(Map.of(
                "albSgId", contract.albSgId(),
                "appSgId", contract.appSgId(),
                "dbSgId", contract.dbSgId()));
    }

    public SecurityGroupsContract contract() {
        return contract;
    }
}
