package dev.webstack.network;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.StackReference;
import dev.webstack.kit.Adopted;
import dev.webstack.kit.Doc;
import java.util.List;

/**
 * The VPC the rest of the stack is built in: what another stack may adopt, and what the stack
 * exports under stable names so that other stacks and tools can read it back. The security
 * groups are not part of it: every stack has its own ({@link SecurityGroupsContract}, ADR 0023).
 */
public record NetworkContract(
        @Doc("the VPC") Output<String> vpcId,
        @Doc("the VPC's IPv4 range") Output<String> vpcCidr,
        @Doc("subnets routed to the internet gateway, one per zone") Output<List<String>> publicSubnetIds,
        @Doc("subnets with no route out of the VPC, one per zone") Output<List<String>> isolatedSubnetIds) {

    public static final String VPC_ID = "network.vpcId";
    public static final String VPC_CIDR = "network.vpcCidr";
    public static final String PUBLIC_SUBNET_IDS = "network.publicSubnetIds";
    public static final String ISOLATED_SUBNET_IDS = "network.isolatedSubnetIds";

    /** The VPC another stack exported, read back through a stack reference; none of its groups. */
    public static NetworkContract adopt(StackReference source) {
        return new NetworkContract(Adopted.text(source, VPC_ID), Adopted.text(source, VPC_CIDR), Adopted.texts(source, PUBLIC_SUBNET_IDS),
                Adopted.texts(source, ISOLATED_SUBNET_IDS));
    }

    public void exportTo(Context context) {
        context.export(VPC_ID, vpcId);
        context.export(VPC_CIDR, vpcCidr);
        context.export(PUBLIC_SUBNET_IDS, publicSubnetIds);
        context.export(ISOLATED_SUBNET_IDS, isolatedSubnetIds);
    }
}
