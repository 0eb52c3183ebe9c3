package dev.webstack.data;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.kit.Doc;

/**
 * How the application reaches its database. No password anywhere: the credentials live in
 * the RDS-managed secret, read by the task at start.
 */
public record DatabaseContract(
        @Doc("the instance's DNS name") Output<String> address,
        @Doc("5432") Output<Integer> port,
        @Doc("the database created in the instance") Output<String> name,
        @Doc("the RDS-managed secret holding `username` and `password`") Output<String> masterSecretArn,
        @Doc("the RDS identifier (CloudWatch's DBInstanceIdentifier dimension)") Output<String> instanceIdentifier,
        @Doc("what the off-hours schedules may start and stop; not exported") Output<String> instanceArn) {

    public static final String ADDRESS = "database.address";
    public static final String PORT = "database.port";
    public static final String NAME = "database.name";
    public static final String MASTER_SECRET_ARN = "database.masterSecretArn";
    public static final String INSTANCE_IDENTIFIER = "database.instanceIdentifier";

    public void exportTo(Context context) {
        context.export(ADDRESS, address);
        context.export(PORT, port);
        context.export(NAME, name);
        context.export(MASTER_SECRET_ARN, masterSecretArn);
        context.export(INSTANCE_IDENTIFIER, instanceIdentifier);
    }
}
