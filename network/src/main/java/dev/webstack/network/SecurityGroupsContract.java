package dev.webstack.network;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.kit.Doc;

/**
 * The stack's own security groups: never adopted from another stack (ADR 0023). Exported under
 * the names they always had, so tools that read them keep working.
 */
public record SecurityGroupsContract(
        @Doc("the load balancer's security group: this stack's, or the owner's when the load balancer is adopted")
        Output<String> albSgId,
        @Doc("the application tasks' security group, always this stack's") Output<String> appSgId,
        @Doc("the database's security group, always this stack's") Output<String> dbSgId) {

    public static final String ALB_SG_ID = "network.albSgId";
    public static final String APP_SG_ID = "network.appSgId";
    public static final String DB_SG_ID = "network.dbSgId";

    public void exportTo(Context context) {
        context.export(ALB_SG_ID, albSgId);
        context.export(APP_SG_ID, appSgId);
        context.export(DB_SG_ID, dbSgId);
    }
}
