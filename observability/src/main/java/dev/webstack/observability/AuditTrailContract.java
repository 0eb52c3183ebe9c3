package dev.webstack.observability;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.kit.Doc;

/** Where the stack's API audit record is: the trail and the bucket that keeps its log files. */
public record AuditTrailContract(
        @Doc("the multi-region trail, `arn:aws:cloudtrail:<region>:<account>:trail/<app>-<stack>-audit`") Output<String> trailArn,
        @Doc("its name, `<app>-<stack>-audit`") Output<String> trailName,
        @Doc("the bucket its log and digest files go to, `<app>-<stack>-audit-<account>`") Output<String> bucketName) {

    public static final String TRAIL_ARN = "audit.trailArn";
    public static final String BUCKET_NAME = "audit.bucketName";

    public void exportTo(Context context) {
        context.export(TRAIL_ARN, trailArn);
        context.export(BUCKET_NAME, bucketName);
    }
}
