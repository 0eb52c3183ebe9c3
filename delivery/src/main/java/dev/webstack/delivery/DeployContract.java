package dev.webstack.delivery;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.kit.Doc;

/** The roles a repository's workflows assume: deploy (pulumi up and releases) and, if made, preview. */
public record DeployContract(
        @Doc("the role deploy workflows assume: `pulumi up` and releases") Output<String> roleArn,
        @Doc("the role pull-request workflows assume, reads only; with `webstack:deploy.previewRole`")
        java.util.Optional<Output<String>> previewRoleArn) {

    public static final String ROLE_ARN = "deploy.roleArn";
    public static final String PREVIEW_ROLE_ARN = "deploy.previewRoleArn";

    public void exportTo(Context context) {
        context.export(ROLE_ARN, roleArn);
        previewRoleArn.ifPresent(arn -> context.export(PREVIEW_ROLE_ARN, arn));
    }
}
