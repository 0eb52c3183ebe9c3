package dev.webstack.kit;

import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.webstack.kit.iam.PolicyDocument;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The baseline every bucket of a stack gets, created as children of the component that owns
 * the bucket: all four public access blocks, ownership enforced (no ACLs), SSE-S3 default
 * encryption, a policy that denies any request not made over TLS (plus the owner's own
 * statements), optional versioning and lifecycle rules, and the stack's safekeeping.
 * SSE-S3 rather than KMS so that services that cannot use a customer key (ALB access logs)
 * can write to any of them.
 */
public final class PrivateBucket {

    private final BucketV2 bucket;
    private final BucketPolicy policy;

    private PrivateBucket(Builder b) {
        var name = b.logicalName;
        this.bucket = new BucketV2(name + "-bucket", BucketV2Args.builder()
                .bucket(b.bucketName)
                .forceDestroy(b.safekeeping.emptyOnDelete())
                .tags(b.tags)
                .build(), Children.of(b.parent, b.safekeeping::applyTo));
        var publicAccess = new BucketPublicAccessBlock(name + "-public-access-block", BucketPublicAccessBlockArgs.builder()
                .bucket(bucket.id())
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build(), Children.of(b.parent));
        new BucketOwnershipControls(name + "-ownership", BucketOwnershipControlsArgs.builder()
                .bucket(bucket.id())
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), Children.of(b.parent));
        new BucketServerSideEncryptionConfigurationV2(name + "-encryption", BucketServerSideEncryptionConfigurationV2Args.builder()
                .bucket(bucket.id())
                .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                        .applyServerSideEncryptionByDefault(BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                                .sseAlgorithm("AES256")
                                .build())
                        .build())
                .build(), Children.of(b.parent));
        var lifecycleDependencies = new ArrayList<Resource>();
        if (b.versioned) {
            lifecycleDependencies.add(new BucketVersioningV2(name + "-versioning", BucketVersioningV2Args.builder()
                    .bucket(bucket.id())
                    .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder().status("Enabled").build())
                    .build(), Children.of(b.parent)));
        }
        if (!b.lifecycleRules.isEmpty()) {
            new BucketLifecycleConfigurationV2(name + "-lifecycle", BucketLifecycleConfigurationV2Args.builder()
                    .bucket(bucket.id())
                    .rules(b.lifecycleRules)
                    .build(), Children.of(b.parent, o -> o.dependsOn(lifecycleDependencies)));
        }
        this.policy = new BucketPolicy(name + "-policy", BucketPolicyArgs.builder()
                .bucket(bucket.id())
                .policy(b.statements.apply(bucket.arn()).applyValue(all -> new PolicyDocument(all).toJson()))
                .build(), Children.of(b.parent, o -> o.dependsOn(publicAccess)));
    }

    public static Builder builder(Resource parent, String logicalName) {
        return new Builder(parent, logicalName);
    }

    /** The statement every bucket's policy starts with: nothing reaches it without TLS. */
    public static Statement denyInsecureTransport(String bucketArn) {
        return Statement.deny("s3:*")
                .sid("DenyUnencryptedTransport")
                .anyPrincipal()
                .on(bucketArn, bucketArn + "/*")
                .when("Bool", "aws:SecureTransport", "false")
                .build();
    }

    public BucketV2 bucket() {
        return bucket;
    }

    public Output<String> name() {
        return bucket.bucket();
    }

    public Output<String> arn() {
        return bucket.arn();
    }

    /** Services that check their write access on creation (ALB access logs) depend on it. */
    public BucketPolicy policy() {
        return policy;
    }

    public static final class Builder {
        private final Resource parent;
        private final String logicalName;
        private Output<String> bucketName;
        private Safekeeping safekeeping;
        private Map<String, String> tags = Map.of();
        private boolean versioned;
        private List<BucketLifecycleConfigurationV2RuleArgs> lifecycleRules = List.of();
        private Function<Output<String>, Output<List<Statement>>> statements =
                arn -> arn.applyValue(a -> List.of(denyInsecureTransport(a)));

        private Builder(Resource parent, String logicalName) {
            this.parent = parent;
            this.logicalName = logicalName;
        }

        /** The physical name: global, so it carries the account id. */
        public Builder bucketName(Output<String> bucketName) {
            this.bucketName = bucketName;
            return this;
        }

        public Builder safekeeping(Safekeeping safekeeping) {
            this.safekeeping = safekeeping;
            return this;
        }

        public Builder tags(Map<String, String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder versioned(boolean versioned) {
            this.versioned = versioned;
            return this;
        }

        public Builder lifecycleRules(List<BucketLifecycleConfigurationV2RuleArgs> rules) {
            this.lifecycleRules = List.copyOf(rules);
            return this;
        }

        /**
         * Statements added after the TLS-only deny, built from the bucket's ARN (e.g. letting a
         * log-delivery service write under a prefix).
         */
        public Builder allow(Function<Output<String>, Output<List<Statement>>> moreStatements) {
            this.statements = arn -> Output.tuple(arn, moreStatements.apply(arn)).applyValue(t -> {
                var all = new ArrayList<Statement>();
                all.add(denyInsecureTransport(t.t1));
                all.addAll(t.t2);
                return List.copyOf(all);
            });
            return this;
        }

        public PrivateBucket build() {
            var check = ArgsCheck.of(PrivateBucket.class);
            check.required("bucketName", bucketName);
            check.required("safekeeping", safekeeping);
            check.orThrow();
            return new PrivateBucket(this);
        }
    }
}
