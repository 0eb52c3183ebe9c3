package dev.webstack.data;

import com.pulumi.aws.secretsmanager.Secret;
import com.pulumi.aws.secretsmanager.SecretArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.kit.Children;
import dev.webstack.kit.SettingsArgs;
import dev.webstack.settings.SecretSettings;
import dev.webstack.kit.Outputs;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * One Secrets Manager secret per application secret name, created empty: values are put
 * outside the program ({@code aws secretsmanager put-secret-value}), so they never enter
 * configuration, code or Pulumi state. Named {@code <app>-<stack>/<NAME>}. Besides them, the
 * two database login secrets of ADR 0018, {@code <app>-<stack>/database/app} and
 * {@code .../migrator}, created empty the same way and written by
 * {@code scripts/rotate-database-credentials}.
 */
public final class ApplicationSecrets extends ComponentResource {

    public static final String TYPE = "webstack:data:ApplicationSecrets";
    /** The database logins' names under the stack's prefix; lower case, so no application secret name can take them. */
    public static final String DATABASE_APP_LOGIN = "database/app";
    public static final String DATABASE_MIGRATOR_LOGIN = "database/migrator";

    private final Output<Map<String, String>> arns;
    private final Output<String> databaseAppLoginArn;
    private final Output<String> databaseMigratorLoginArn;

    public ApplicationSecrets(String name, SettingsArgs<SecretSettings> args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var naming = args.naming();
        var byName = new LinkedHashMap<String, Output<String>>();
        for (var secretName : args.settings().names()) {
            var physicalName = secretName(naming.prefix(), secretName);
            byName.put(secretName, emptySecret(name + "-" + secretName.toLowerCase().replace('_', '-'), physicalName, args,
                    secretName + " for " + naming.prefix() + ". Created empty by webstack; set the value with "
                            + "aws secretsmanager put-secret-value --secret-id " + physicalName + " --secret-string ..."));
        }
        this.arns = Outputs.mapOf(byName);
        this.databaseAppLoginArn = loginSecret(name, DATABASE_APP_LOGIN, "The app's database login (webstack_app_a or _b)", args);
        this.databaseMigratorLoginArn = loginSecret(name, DATABASE_MIGRATOR_LOGIN, "The migration's database login (webstack_migrator)", args);
        registerOutputs(Map.of("arns", arns, "databaseAppLoginArn", databaseAppLoginArn,
                "databaseMigratorLoginArn", databaseMigratorLoginArn));
    }

    private Output<String> loginSecret(String name, String login, String what, SettingsArgs<SecretSettings> args) {
        var physicalName = secretName(args.naming().prefix(), login);
        return emptySecret(name + "-" + login.replace('/', '-'), physicalName, args, what + " for " + args.naming().prefix()
                + ", JSON username, password, url, verifier. Created empty by webstack; written by "
                + "scripts/rotate-database-credentials (ADR 0018).");
    }

    private Output<String> emptySecret(String logicalName, String physicalName, SettingsArgs<SecretSettings> args, String description) {
        var keep = args.safekeeping();
        return new Secret(logicalName, SecretArgs.builder()
                .name(physicalName)
                .description(description)
                .recoveryWindowInDays(args.settings().recoveryWindowDays())
                .build(), Children.of(this, keep::applyTo)).arn();
    }

    /** {@code <app>-<stack>/<NAME>}: grouped per stack in the console, and what IAM policies scope to. */
    public static String secretName(String prefix, String name) {
        return prefix + "/" + name;
    }

    public SecretsContract contract() {
        return new SecretsContract(arns, databaseAppLoginArn, databaseMigratorLoginArn);
    }
}
