package dev.webstack.guardrails.rules;

import static dev.webstack.guardrails.model.Rule.rule;
import static dev.webstack.plan.aws.AwsTypes.S3_BUCKET_LIFECYCLE_CONFIGURATION_V2;
import static dev.webstack.plan.aws.AwsTypes.S3_BUCKET_OWNERSHIP_CONTROLS;
import static dev.webstack.plan.aws.AwsTypes.S3_BUCKET_POLICY;
import static dev.webstack.plan.aws.AwsTypes.S3_BUCKET_PUBLIC_ACCESS_BLOCK;
import static dev.webstack.plan.aws.AwsTypes.S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION_V2;
import static dev.webstack.plan.aws.AwsTypes.S3_BUCKET_V2;
import static dev.webstack.plan.aws.AwsTypes.S3_BUCKET_VERSIONING_V2;

import dev.webstack.guardrails.model.Graph;
import dev.webstack.guardrails.model.Policy;
import dev.webstack.guardrails.model.Rule;
import dev.webstack.plan.PlannedResource;
import java.util.List;
import java.util.Set;

/** S3: private, encrypted, TLS only, owner-enforced, expiring; the documents bucket versioned. */
public final class StorageRules {

    /** The component whose bucket holds the application's documents. */
    static final String DOCUMENT_STORE = "webstack:data:DocumentStore";
    private static final List<String> PUBLIC_ACCESS_FLAGS = List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls",
            "restrictPublicBuckets");
    private static final Set<String> ENCRYPTIONS = Set.of("AES256", "aws:kms", "aws:kms:dsse");

    private StorageRules() {
    }

    public static List<Rule> all() {
        return List.of(
                rule("s3.public-access-block", "Every bucket blocks public access")
                        .why("No ACL or policy, present or future, can make an object public.")
                        .mirrors("S3.8", "CKV2_AWS_6")
                        .reads(S3_BUCKET_PUBLIC_ACCESS_BLOCK)
                        .each(S3_BUCKET_V2, (bucket, graph, findings) -> {
                            var blocks = of(graph, S3_BUCKET_PUBLIC_ACCESS_BLOCK, bucket);
                            if (blocks.isEmpty()) {
                                findings.violation(bucket, "has no public access block");
                            }
                            for (var block : blocks) {
                                PUBLIC_ACCESS_FLAGS.stream().filter(flag -> !Inputs.isTrue(block, flag))
                                        .forEach(flag -> findings.violation(bucket, "its public access block does not set " + flag));
                            }
                        })
                        .build(),
                rule("s3.encrypted", "Every bucket encrypts objects at rest by default")
                        .why("Stated explicitly, so the encryption in force is the one reviewed, not whatever the account default is.")
                        .mirrors(null, "CKV_AWS_19")
                        .reads(S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION_V2)
                        .each(S3_BUCKET_V2, (bucket, graph, findings) -> {
                            var algorithms = of(graph, S3_BUCKET_SERVER_SIDE_ENCRYPTION_CONFIGURATION_V2, bucket).stream()
                                    .flatMap(e -> Inputs.maps(e, "rules").stream())
                                    .map(r -> String.valueOf(Inputs.valueAt(r, "applyServerSideEncryptionByDefault.sseAlgorithm")))
                                    .toList();
                            findings.require(!algorithms.isEmpty() && ENCRYPTIONS.containsAll(algorithms), bucket,
                                    algorithms.isEmpty() ? "has no default encryption configuration" : "encrypts with " + algorithms);
                        })
                        .build(),
                rule("s3.tls-only", "Every bucket refuses requests without TLS")
                        .why("Objects and credentials never travel in clear, whichever client or SDK asks.")
                        .mirrors("S3.5", null)
                        .reads(S3_BUCKET_POLICY)
                        .each(S3_BUCKET_V2, (bucket, graph, findings) -> {
                            var arn = String.valueOf(bucket.outputs().get("arn"));
                            var denies = of(graph, S3_BUCKET_POLICY, bucket).stream()
                                    .flatMap(p -> Policy.parse(Inputs.text(p, "policy")).statements().stream())
                                    .anyMatch(s -> !s.allows() && s.anyPrincipal() && s.covers("s3:GetObject") && s.covers("s3:PutObject")
                                            && s.resources().contains(arn) && s.resources().contains(arn + "/*")
                                            && s.condition("aws:SecureTransport").contains("false"));
                            findings.require(denies, bucket, "its policy does not deny every request where aws:SecureTransport is false");
                        })
                        .build(),
                rule("s3.owner-enforced", "Every bucket disables ACLs (bucket owner enforced)")
                        .why("Access is decided by policies alone; an uploaded object can never carry its own grant.")
                        .mirrors("S3.12", "CKV2_AWS_65")
                        .reads(S3_BUCKET_OWNERSHIP_CONTROLS)
                        .each(S3_BUCKET_V2, (bucket, graph, findings) -> findings.require(of(graph, S3_BUCKET_OWNERSHIP_CONTROLS, bucket).stream()
                                        .anyMatch(o -> "BucketOwnerEnforced".equals(Inputs.text(o, "rule.objectOwnership"))), bucket,
                                "object ownership is not BucketOwnerEnforced"))
                        .build(),
                rule("s3.lifecycle", "Every bucket has a lifecycle configuration")
                        .why("Old versions, logs and abandoned uploads expire instead of accumulating cost forever.")
                        .mirrors("S3.13", "CKV2_AWS_61")
                        .reads(S3_BUCKET_LIFECYCLE_CONFIGURATION_V2)
                        .each(S3_BUCKET_V2, (bucket, graph, findings) ->
                                findings.require(!of(graph, S3_BUCKET_LIFECYCLE_CONFIGURATION_V2, bucket).isEmpty(), bucket, "has no lifecycle configuration"))
                        .build(),
                rule("s3.documents-versioned", "The documents bucket keeps versions")
                        .why("An overwrite or delete by the application, or by an attacker with its role, can be undone.")
                        .mirrors("S3.14", "CKV_AWS_21")
                        .reads(S3_BUCKET_VERSIONING_V2)
                        .each(S3_BUCKET_V2, (bucket, graph, findings) -> {
                            if (DOCUMENT_STORE.equals(graph.componentType(bucket))) {
                                findings.require(of(graph, S3_BUCKET_VERSIONING_V2, bucket).stream()
                                                .anyMatch(v -> "Enabled".equals(Inputs.text(v, "versioningConfiguration.status"))), bucket,
                                        "versioning is not Enabled");
                            }
                        })
                        .build());
    }

    /** The bucket-level configurations of one type that apply to this bucket. */
    private static List<PlannedResource> of(Graph graph, String type, PlannedResource bucket) {
        return graph.referencing(type, "bucket", bucket);
    }
}
