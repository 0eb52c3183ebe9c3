package dev.webstack.network;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.resources.StackReference;
import dev.webstack.kit.Adopted;
import dev.webstack.kit.Doc;
import java.util.List;

/**
 * What the network offers the rest of the stack, and what the stack exports under stable
 * names so that other stacks and tools can read it back.
 */
public record NetworkContract(
        @Doc("the VPC") Output<String> vpcId,
        @Doc("subnets routed to the internet gateway, one per zone") Output<List<String>> publicSubnetIds,
        @Doc("subnets with no route out of the VPC, one per zone") Output<List<String>> isolatedSubnetIds,
        @Doc("the load balancer's security group") Output<String> albSgId,
        @Doc("the application tasks' security group") Output<String> appSgId,
        @Doc("the database's security group") Output<String> dbSgId) {

    public static final String VPC_ID = "network.vpcId";
    public static final String PUBLIC_SUBNET_IDS = "network.publicSubnetIds";
    public static final String ISOLATED_SUBNET_IDS = "network.isolatedSubnetIds";
    public static final String ALB_SG_ID = "network.albSgId";
    public static final String APP_SG_ID = "network.appSgId";
    public static final String DB_SG_ID = "network.dbSgId";

    /** The contract another stack exported, read back through a stack reference. */
    public static NetworkContract adopt(StackReference source) {
        return new NetworkContract(Adopted.text(source, VPC_ID), Adopted.texts(source, PUBLIC_SUBNET_IDS),
                Adopted.texts(source, ISOLATED_SUBNET_IDS), Adopted.text(source, ALB_SG_ID), Adopted.text(source, APP_SG_ID),
                Adopted.text(source, DB_SG_ID));
    }

    public void exportTo(Context context) {
        context.export(VPC_ID, vpcId);
        context.export(PUBLIC_SUBNET_IDS, publicSubnetIds);
        context.export(ISOLATED_SUBNET_IDS, isolatedSubnetIds);
        context.export(ALB_SG_ID, albSgId);
        context.export(APP_SG_ID, appSgId);
        context.export(DB_SG_ID, dbSgId);
    }
}
