package dev.webstack.data;

import com.pulumi.Context;
import com.pulumi.core.Output;
import java.util.Map;

/**
 * The application's secrets by environment variable name, as Secrets Manager ARNs: what the
 * task definition injects. Values never pass through Pulumi.
 */
public record SecretsContract(Output<Map<String, String>> arns) {

    public static final String ARNS = "secrets.arns";

    public void exportTo(Context context) {
        context.export(ARNS, arns);
    }
}
