package dev.webstack.data;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.kit.Doc;
import java.util.Map;

/**
 * The application's Parameter Store values by environment variable name, as parameter ARNs:
 * what the task definition injects and the execution role may read. Values never pass through Pulumi's inputs.
 */
public record ParametersContract(
        @Doc("SSM parameter ARNs by environment variable name, which the task definition injects (`secrets[].valueFrom`)")
        Output<Map<String, String>> arns) {

    public static final String ARNS = "parameters.arns";

    public void exportTo(Context context) {
        context.export(ARNS, arns);
    }
}
