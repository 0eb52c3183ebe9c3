package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.plan.aws.AwsTypes;

/** S3: buckets (id = name, global ARN) and the per-bucket configuration resources (id = bucket). */
public final class S3Mocks {

    private S3Mocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource(AwsTypes.S3_BUCKET_V2, r -> {
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
                AwsTypes.S3_BUCKET_PUBLIC_ACCESS_BLOCK,
                AwsTypes.S3_BUCKET_OWNERSHIP_CONTROLS,
                AwsTypes.S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION_V2,
                AwsTypes.S3_BUCKET_VERSIONING_V2,
                AwsTypes.S3_BUCKET_LIFECYCLE_CONFIGURATION_V2,
                AwsTypes.S3_BUCKET_CORS_CONFIGURATION_V2,
                AwsTypes.S3_BUCKET_POLICY}) {
            catalog.resource(type, r -> r.id(r.inputText("bucket")));
        }
    }
}
