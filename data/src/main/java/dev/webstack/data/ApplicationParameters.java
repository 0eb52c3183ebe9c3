package dev.webstack.data;

import com.pulumi.aws.ssm.Parameter;
import com.pulumi.aws.ssm.ParameterArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.kit.Children;
import dev.webstack.kit.Outputs;
import dev.webstack.kit.SettingsArgs;
import dev.webstack.settings.IntegrationSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * One SSM Parameter Store SecureString per name of {@code parameters.names}, named
 * {@code /<app>-<stack>/app/<NAME>}, Standard tier (no charge), encrypted with the account's
 * AWS managed key {@code aws/ssm}. SSM needs a value to create a parameter, so the program writes
 * a placeholder once and ignores the value afterwards: the operator puts the real one with
 * {@code aws ssm put-parameter --overwrite}, and no later {@code pulumi up} sends the placeholder
 * again. Nothing else about a parameter changes after creation (description and tier are fixed
 * here): the provider's update is a PutParameter carrying the value too (terraform-provider-aws
 * 5.x, internal/service/ssm/parameter.go, resourceParameterUpdate). What a refresh reads back
 * into state: ADR 0019.
 */
public final class ApplicationParameters extends ComponentResource {

    public static final String TYPE = "webstack:data:ApplicationParameters";

    /** What a parameter holds until the operator puts its value; an app that reads it fails visibly. */
    public static final String PLACEHOLDER = "unset: aws ssm put-parameter --overwrite";

    private final Output<Map<String, String>> arns;

    public ApplicationParameters(String name, SettingsArgs<IntegrationSettings> args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var naming = args.naming();
        var keep = args.safekeeping();
        var byName = new LinkedHashMap<String, Output<String>>();
        for (var variable : args.settings().parameters()) {
            var physicalName = parameterName(naming.prefix(), variable);
            var parameter = new Parameter(name + "-" + variable.toLowerCase().replace('_', '-'), ParameterArgs.builder()
                    .name(physicalName)
                    .description(variable + " for " + naming.prefix() + ". Created with a placeholder by webstack; set it with "
                            + "aws ssm put-parameter --overwrite --type SecureString --name " + physicalName + " --value ...")
                    .type("SecureString")
                    .tier("Standard")
                    .value(Output.ofSecret(PLACEHOLDER))
                    .build(), Children.of(this, o -> keep.applyTo(o.ignoreChanges(List.of("value")))));
            byName.put(variable, parameter.arn());
        }
        this.arns = Outputs.mapOf(byName);
        registerOutputs(Map.of("arns", arns));
    }

    /** {@code /<app>-<stack>/app/<NAME>}: beside the documents' key parameters, under the stack's path the deploy role may manage. */
    public static String parameterName(String prefix, String variable) {
        return "/" + prefix + "/app/" + variable;
    }

    public ParametersContract contract() {
        return new ParametersContract(arns);
    }
}
