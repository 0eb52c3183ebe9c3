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
 * configuration, code or Pulumi state. Named {@code <app>-<stack>/<NAME>}.
 */
public final class ApplicationSecrets extends ComponentResource {

    public static final String TYPE = "webstack:data:ApplicationSecrets";

    private final Output<Map<String, String>> arns;

    public ApplicationSecrets(String name, SettingsArgs<SecretSettings> args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var naming = args.naming();
        var keep = args.safekeeping();
        var byName = new LinkedHashMap<String, Output<String>>();
        for (var secretName : args.settings().names()) {
            var physicalName = secretName(naming.prefix(), secretName);
            var secret = new Secret(name + "-" + secretName.toLowerCase().replace('_', '-'), SecretArgs.builder()
                    .name(physicalName)
                    .description(secretName + " for " + naming.prefix() + ". Created empty by webstack; set the value with "
                            + "aws secretsmanager put-secret-value --secret-id " + physicalName + " --secret-string ...")
                    .recoveryWindowInDays(args.settings().recoveryWindowDays())
                    .build(), Children.of(this, keep::applyTo));
            byName.put(secretName, secret.arn());
        }
        this.arns = Outputs.mapOf(byName);
        registerOutputs(Map.of("arns", arns));
    }

    /** {@code <app>-<stack>/<NAME>}: grouped per stack in the console, and what IAM policies scope to. */
    public static String secretName(String prefix, String name) {
        return prefix + "/" + name;
    }

    public SecretsContract contract() {
        return new SecretsContract(arns);
    }
}
