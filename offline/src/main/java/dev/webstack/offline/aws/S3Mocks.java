package dev.webstack.offline.aws;

import dev.webstack.offline.MockCatalog;

/** S3: buckets (id = name, global ARN) and the per-bucket configuration resources (id = bucket). */
public final class S3Mocks {

    private S3Mocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource("aws:s3/bucketV2:BucketV2", r -> {
            var bucket = r.autoName("bucket");
            if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
                throw new IllegalArgumentException("S3 refuses the bucket name '" + bucket + "' (3-63 lower-case letters, digits, '.' and '-')");
            }
            r.id(bucket)
                    .set("arn", r.facts().bareArn("s3", bucket))
                    .set("bucketDomainName", bucket + ".s3.amazonaws.com")
                    .set("bucketRegionalDomainName", bucket + ".s3." + r.facts().region() + ".amazonaws.com")
                    .set("region", r.facts().region())
                    .set("hostedZoneId", "Z2M4EHUR26P7ZW")
                    .setIfAbsent("forceDestroy", false);
        });
        for (var type : new String[] {
                "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
                "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
                "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                "aws:s3/bucketVersioningV2:BucketVersioningV2",
                "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2",
                "aws:s3/bucketCorsConfigurationV2:BucketCorsConfigurationV2",
                "aws:s3/bucketPolicy:BucketPolicy"}) {
            catalog.resource(type, r -> r.id(r.inputText("bucket")));
        }
    }
}
