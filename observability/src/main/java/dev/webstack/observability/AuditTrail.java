package dev.webstack.observability;

import com.pulumi.aws.cloudtrail.Trail;
import com.pulumi.aws.cloudtrail.TrailArgs;
import com.pulumi.aws.cloudtrail.inputs.TrailEventSelectorArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.kit.Children;
import dev.webstack.kit.PrivateBucket;
import dev.webstack.kit.SettingsArgs;
import dev.webstack.kit.StackFacts;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.kit.naming.NameLimit;
import dev.webstack.settings.AuditSettings;
import java.util.LinkedHashMap;
import java.util.List;
import javax.annotation.Nullable;

/**
 * The account's API audit trail (requirements R4.4): one multi-region CloudTrail trail with
 * every management event, global services included and log file validation on, writing into a
 * {@link PrivateBucket} (no public access, SSE-S3, TLS only) whose objects expire after
 * {@code audit.retentionDays}. The bucket keeps the stack's safekeeping: in production it is
 * protected and outlives the stack, since it holds the audit record.
 */
public final class AuditTrail extends ComponentResource {

    public static final String TYPE = "webstack:observability:AuditTrail";

    /** CloudTrail writes every log and digest file under this prefix, followed by the account id. */
    static final String LOG_PREFIX = "AWSLogs/";
    static final String CLOUDTRAIL = "cloudtrail.amazonaws.com";

    private final AuditTrailContract contract;

    public AuditTrail(String name, SettingsArgs<AuditSettings> args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var naming = args.naming();
        var trailName = naming.physical("audit");
        var account = StackFacts.account(this);
        // The bucket policy names the trail, and the trail names the bucket. The trail's ARN is
        // arn:aws:cloudtrail:<region>:<account>:trail/<name> (CloudTrail User Guide, "Amazon S3
        // bucket policy for CloudTrail"), so the policy is written before the trail exists and
        // the trail waits for it: CloudTrail checks its write access when the trail is created.
        var trailArn = Output.tuple(StackFacts.region(this), account)
                .applyValue(t -> trailArn(t.t1, t.t2, trailName));

        var logs = PrivateBucket.builder(this, name)
                .bucketName(account.applyValue(id -> naming.physical("audit-" + id, NameLimit.S3_BUCKET)))
                .safekeeping(args.safekeeping())
                .tags(naming.nameTag("audit"))
                .lifecycleRules(List.of(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("expire-audit-logs")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build())
                        .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder()
                                .days(args.settings().retentionDays())
                                .build())
                        .build()))
                .allow(bucketArn -> Output.tuple(bucketArn, account, trailArn)
                        .applyValue(t -> cloudTrailStatements(t.t1, t.t2, t.t3)))
                .build();

        var trail = new Trail(name + "-trail", TrailArgs.builder()
                .name(trailName)
                .s3BucketName(logs.name())
                .isMultiRegionTrail(true)
                .includeGlobalServiceEvents(true)
                .enableLogFileValidation(true)
                .enableLogging(true)
                .eventSelectors(TrailEventSelectorArgs.builder()
                        .readWriteType("All")
                        .includeManagementEvents(true)
                        .build())
                .build(), Children.of(this, o -> o.dependsOn(logs.policy())));

        this.contract = new AuditTrailContract(trail.arn(), trail.name(), logs.name());
        var outputs = new LinkedHashMap<String, Output<?>>();
        outputs.put("trailArn", trail.arn());
        outputs.put("bucketName", logs.name());
        registerOutputs(outputs);
    }

    static String trailArn(String region, String account, String trailName) {
        return "arn:aws:cloudtrail:" + region + ":" + account + ":trail/" + trailName;
    }

    /**
     * The two statements of the CloudTrail User Guide's "Amazon S3 bucket policy for CloudTrail",
     * each limited to this trail by {@code aws:SourceArn} as the guide recommends: CloudTrail may
     * read the bucket's ACL, and write objects under {@code AWSLogs/<account>/} only when it hands
     * them to the bucket owner.
     */
    static List<Statement> cloudTrailStatements(String bucketArn, String account, String trailArn) {
        return List.of(
                Statement.allow("s3:GetBucketAcl")
                        .sid("AWSCloudTrailAclCheck")
                        .principalService(CLOUDTRAIL)
                        .on(bucketArn)
                        .when("StringEquals", "aws:SourceArn", trailArn)
                        .build(),
                Statement.allow("s3:PutObject")
                        .sid("AWSCloudTrailWrite")
                        .principalService(CLOUDTRAIL)
                        .on(bucketArn + "/" + LOG_PREFIX + account + "/*")
                        .when("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control")
                        .when("StringEquals", "aws:SourceArn", trailArn)
                        .build());
    }

    public AuditTrailContract contract() {
        return contract;
    }
}
