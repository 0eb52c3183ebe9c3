package dev.webstack.delivery;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.kit.Doc;

/** What the application repository's release job needs: the role it assumes and where the stack's outputs are. */
public record ReleaseContract(
        @Doc("the role the application repository's release job assumes (`role-to-assume` of release.yml)") Output<String> roleArn,
        @Doc("the SSM parameter holding the outputs scripts/release reads (`outputs-parameter` of release.yml)")
        Output<String> outputsParameter) {

    public static final String ROLE_ARN = "release.roleArn";
    public static final String OUTPUTS_PARAMETER = "release.outputsParameter";

    public void exportTo(Context context) {
        context.export(ROLE_ARN, roleArn);
        context.export(OUTPUTS_PARAMETER, outputsParameter);
    }
}
