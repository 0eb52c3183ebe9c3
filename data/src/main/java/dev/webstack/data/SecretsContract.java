package dev.webstack.data;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.kit.Doc;
import java.util.Map;

/**
 * The application's secrets by environment variable name, as Secrets Manager ARNs: what the
 * task definition injects. Values never pass through Pulumi.
 */
public record SecretsContract(
        @Doc("Secrets Manager ARNs by environment variable name, which the task definition injects; values never pass through Pulumi")
        Output<Map<String, String>> arns,
        @Doc("the app's database login (`<app>-<stack>/database/app`): JSON `username`, `password`, `url`, `verifier`; written by scripts/rotate-database-credentials")
        Output<String> databaseAppLoginArn,
        @Doc("the migrator's (`<app>-<stack>/database/migrator`), the same keys")
        Output<String> databaseMigratorLoginArn) {

    public static final String ARNS = "secrets.arns";
    public static final String DATABASE_APP_LOGIN_ARN = "secrets.databaseAppLoginArn";
    public static final String DATABASE_MIGRATOR_LOGIN_ARN = "secrets.databaseMigratorLoginArn";

    public void exportTo(Context context) {
        context.export(ARNS, arns);
        context.export(DATABASE_APP_LOGIN_ARN, databaseAppLoginArn);
        context.export(DATABASE_MIGRATOR_LOGIN_ARN, databaseMigratorLoginArn);
    }
}
