package dev.webstack.delivery;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.kit.Doc;

/** The boundary every role but the deploy identity's carries. */
public record RoleBoundaryContract(
        @Doc("the permissions boundary of the stack's roles; the deploy role writes only roles that carry it") Output<String> arn) {

    public static final String ARN = "deploy.boundaryArn";

    public void exportTo(Context context) {
        context.export(ARN, arn);
    }
}
