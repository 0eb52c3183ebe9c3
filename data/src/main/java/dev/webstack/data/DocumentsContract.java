package dev.webstack.data;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.kit.Doc;
import dev.webstack.kit.Outputs;
import java.util.Map;
import java.util.Optional;

/**
 * The documents bucket, and where its static access key lives when that opt-in is on.
 */
public record DocumentsContract(
        @Doc("the bucket, `<app>-<stack>-documents-<account>`") Output<String> bucketName,
        @Doc("its ARN, for IAM policies") Output<String> bucketArn,
        @Doc("SSM SecureString parameter ARNs by environment variable (`DOCUMENTS_ACCESS_KEY_ID`, `DOCUMENTS_SECRET_ACCESS_KEY`); only with `webstack:documents.staticAccessKey`")
        Optional<Map<String, Output<String>>> accessKeyParameters) {

    public static final String BUCKET_NAME = "documents.bucketName";
    public static final String BUCKET_ARN = "documents.bucketArn";
    public static final String ACCESS_KEY_PARAMETERS = "documents.accessKeyParameters";

    public void exportTo(Context context) {
        context.export(BUCKET_NAME, bucketName);
        context.export(BUCKET_ARN, bucketArn);
        accessKeyParameters.ifPresent(parameters -> context.export(ACCESS_KEY_PARAMETERS, Outputs.mapOf(parameters)));
    }
}
