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
        Output<Map<String, String>> arns) {

    public static final String ARNS = "secrets.arns";

    public void exportTo(Context context) {
        context.export(ARNS, arns);
    }
}
