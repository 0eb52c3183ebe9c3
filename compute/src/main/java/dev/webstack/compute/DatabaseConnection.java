package dev.webstack.compute;

import com.pulumi.core.Output;
import dev.webstack.settings.DatabaseLoginSettings.AppLogin;

/**
 * Where the tasks find the database and which login each container uses (ADR 0018): the app
 * its own login secret, the migration the migrator's; the RDS-managed master secret is read
 * only by the migration task's setup step (and by the app while {@code appLogin} is
 * {@code MASTER}, the transition of a running stack).
 *
 * @param engineMajor the engine's major version: the setup step's psql image has the same
 */
public record DatabaseConnection(Output<String> address, Output<Integer> port, Output<String> name,
                                 Output<String> masterSecretArn, Output<String> appLoginSecretArn,
                                 Output<String> migratorLoginSecretArn, AppLogin appLogin, String engineMajor) {
}
