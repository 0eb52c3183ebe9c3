package dev.webstack.data;

import com.pulumi.Context;
import com.pulumi.core.Output;

/**
 * How the application reaches its database. No password anywhere: the credentials live in
 * the RDS-managed secret, read by the task at start.
 *
 * @param address            the instance's DNS name
 * @param port               5432
 * @param name               the database created in the instance
 * @param masterSecretArn    the RDS-managed secret holding {@code username} and {@code password}
 * @param instanceIdentifier the RDS identifier (CloudWatch's DBInstanceIdentifier dimension)
 * @param instanceArn        what the off-hours schedules may start and stop; not exported
 */
public record DatabaseContract(Output<String> address, Output<Integer> port, Output<String> name,
                               Output<String> masterSecretArn, Output<String> instanceIdentifier,
                               Output<String> instanceArn) {

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
