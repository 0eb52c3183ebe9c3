package dev.webstack.data;

import com.pulumi.aws.iam.AccessKey;
import com.pulumi.aws.iam.AccessKeyArgs;
import com.pulumi.aws.iam.User;
import com.pulumi.aws.iam.UserArgs;
import com.pulumi.aws.iam.UserPolicy;
import com.pulumi.aws.iam.UserPolicyArgs;
import com.pulumi.aws.s3.BucketCorsConfigurationV2;
import com.pulumi.aws.s3.BucketCorsConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.inputs.BucketCorsConfigurationV2CorsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs;
import com.pulumi.aws.ssm.Parameter;
import com.pulumi.aws.ssm.ParameterArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.kit.Children;
import dev.webstack.kit.SettingsArgs;
import dev.webstack.settings.AppVariable;
import dev.webstack.settings.DocumentSettings;
import dev.webstack.kit.StackFacts;
import dev.webstack.kit.PrivateBucket;
import dev.webstack.kit.iam.PolicyDocument;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.kit.naming.NameLimit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The private bucket for application documents: the {@link PrivateBucket} baseline (no public
 * access in any form, objects owned by the bucket owner, encrypted, TLS only), versioned, old
 * versions and abandoned uploads expiring. Optionally an IAM user limited to this bucket for SDKs that cannot use the task
 * role (requirements R6.2: MinIO), its key kept in SSM SecureString parameters.
 */
public final class DocumentStore extends ComponentResource {

    public static final String TYPE = "webstack:data:DocumentStore";

    /** Parts of an upload that never completed still cost storage; a week is ample for any retry. */
    static final int ABORT_INCOMPLETE_UPLOADS_AFTER_DAYS = 7;
    /** Browsers cache a CORS preflight this long (seconds). */
    static final int CORS_MAX_AGE_SECONDS = 3000;

    /** The environment variable names the static key is meant to be injected under. */
    public static final String ACCESS_KEY_ID = AppVariable.DOCUMENTS_ACCESS_KEY_ID.name();
    public static final String SECRET_ACCESS_KEY = AppVariable.DOCUMENTS_SECRET_ACCESS_KEY.name();

    private final DocumentsContract contract;

    public DocumentStore(String name, SettingsArgs<DocumentSettings> args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var naming = args.naming();
        var settings = args.settings();
        var keep = args.safekeeping();
        var account = StackFacts.account(this);

        // Bucket names are global: the account id keeps ours from colliding with anyone else's.
        var documents = PrivateBucket.builder(this, name)
                .bucketName(account.applyValue(id -> naming.physical("documents-" + id, NameLimit.S3_BUCKET)))
                .safekeeping(keep)
                .tags(naming.nameTag("documents"))
                .versioned(true)
                .lifecycleRules(List.of(
                        BucketLifecycleConfigurationV2RuleArgs.builder()
                                .id("abort-incomplete-uploads")
                                .status("Enabled")
                                .filter(everyObject())
                                .abortIncompleteMultipartUpload(BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs.builder()
                                        .daysAfterInitiation(ABORT_INCOMPLETE_UPLOADS_AFTER_DAYS)
                                        .build())
                                .build(),
                        BucketLifecycleConfigurationV2RuleArgs.builder()
                                .id("expire-previous-versions")
                                .status("Enabled")
                                .filter(everyObject())
                                .noncurrentVersionExpiration(BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs.builder()
                                        .noncurrentDays(settings.noncurrentVersionDays())
                                        .build())
                                // Once its versions are gone, a lone delete marker is just clutter.
                                .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder()
                                        .expiredObjectDeleteMarker(true)
                                        .build())
                                .build()))
                .build();
        var bucket = documents.bucket();
        var bucketName = documents.name();
        var bucketArn = documents.arn();

        if (!settings.corsOrigins().isEmpty()) {
            new BucketCorsConfigurationV2(name + "-cors", BucketCorsConfigurationV2Args.builder()
                    .bucket(bucket.id())
                    .corsRules(BucketCorsConfigurationV2CorsRuleArgs.builder()
                            .allowedOrigins(settings.corsOrigins())
                            .allowedMethods("GET", "PUT", "HEAD")
                            .allowedHeaders("*")
                            .exposeHeaders("ETag")
                            .maxAgeSeconds(CORS_MAX_AGE_SECONDS)
                            .build())
                    .build(), Children.of(this));
        }
        var accessKeyParameters = settings.staticAccessKey()
                ? Optional.of(staticAccessKey(name, args, bucket))
                : Optional.<Map<String, Output<String>>>empty();
        this.contract = new DocumentsContract(bucketName, bucketArn, accessKeyParameters);

        var outputs = new LinkedHashMap<String, Output<?>>();
        outputs.put("bucketName", bucketName);
        outputs.put("bucketArn", bucketArn);
        registerOutputs(outputs);
    }

    private static BucketLifecycleConfigurationV2RuleFilterArgs everyObject() {
        return BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build();
    }

    /**
     * Requirements R6.2: the MinIO SDK cannot use the IAM role chain, so it needs a long-lived key. The
     * key can touch this bucket only; it is stored encrypted in SSM, from where the task
     * definition injects it, and it is in Pulumi state only as a secret.
     */
    private Map<String, Output<String>> staticAccessKey(String name, SettingsArgs<DocumentSettings> args, BucketV2 bucket) {
        var naming = args.naming();
        var user = new User(name + "-static-user", UserArgs.builder()
                .name(naming.physical("documents-static-key", NameLimit.IAM_ROLE))
                .path("/webstack/")
                .build(), Children.of(this));
        new UserPolicy(name + "-static-user-policy", UserPolicyArgs.builder()
                .user(user.name())
                .name("documents-bucket-only")
                .policy(bucket.arn().applyValue(arn -> PolicyDocument.of(
                        Statement.allow("s3:ListBucket", "s3:GetBucketLocation").on(arn).build(),
                        Statement.allow("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload",
                                "s3:ListMultipartUploadParts").on(arn + "/*").build()).toJson()))
                .build(), Children.of(this));
        var key = new AccessKey(name + "-static-key", AccessKeyArgs.builder().user(user.name()).build(), Children.of(this));
        var parameters = new LinkedHashMap<String, Output<String>>();
        parameters.put(ACCESS_KEY_ID, secureParameter(name + "-static-key-id", "/" + naming.prefix() + "/documents/access-key-id",
                "Access key id of the documents bucket's static user", key.id()));
        parameters.put(SECRET_ACCESS_KEY, secureParameter(name + "-static-key-secret", "/" + naming.prefix() + "/documents/secret-access-key",
                "Secret access key of the documents bucket's static user", key.secret()));
        return parameters;
    }

    private Output<String> secureParameter(String logicalName, String parameterName, String description, Output<String> value) {
        return new Parameter(logicalName, ParameterArgs.builder()
                .name(parameterName)
                .description(description)
                .type("SecureString")
                .value(value.asSecret())
                .build(), Children.of(this)).arn();
    }

    public DocumentsContract contract() {
        return contract;
    }
}
