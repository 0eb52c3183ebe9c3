package dev.webstack.cli;

import dev.webstack.plan.PlannedResource;
import java.util.ArrayList;
import java.util.List;

/**
 * What keeps a stateful resource's data when Pulumi deletes it (alone, or as the old half of a
 * replacement), read from its recorded options and inputs as the delete would see them.
 */
final class DataProtection {

    private DataProtection() {
    }

    static List<String> of(PlannedResource resource) {
        var found = new ArrayList<String>();
        if (resource.options().protect()) {
            found.add("protect: Pulumi refuses to delete it, so the update stops there");
        }
        if (resource.options().retainOnDelete()) {
            found.add("retainOnDelete: Pulumi forgets it and leaves it in AWS");
        }
        switch (resource.type()) {
            case "aws:rds/instance:Instance" -> {
                if (isTrue(resource, "deletionProtection")) {
                    found.add("deletionProtection: RDS refuses the delete");
                }
                if (!isTrue(resource, "skipFinalSnapshot") && resource.input("finalSnapshotIdentifier").isPresent()) {
                    found.add("a final snapshot (finalSnapshotIdentifier) is taken before the delete");
                }
            }
            case "aws:kms/key:Key" -> found.add("KMS waits " + resource.input("deletionWindowInDays").map(String::valueOf).orElse("30")
                    + " days before deleting the key; CancelKeyDeletion restores it");
            case "aws:secretsmanager/secret:Secret" -> resource.input("recoveryWindowInDays").map(v -> ((Number) v).longValue())
                    .filter(days -> days > 0).ifPresent(days -> found.add("RestoreSecret recovers it for " + days + " days"));
            case "aws:s3/bucketV2:BucketV2" -> {
                if (!isTrue(resource, "forceDestroy")) {
                    found.add("S3 refuses to delete a bucket that holds objects (forceDestroy is off)");
                }
            }
            case "aws:ecr/repository:Repository" -> {
                if (!isTrue(resource, "forceDelete")) {
                    found.add("ECR refuses to delete a repository that holds images (forceDelete is off)");
                }
            }
            default -> {
            }
        }
        return found;
    }

    private static boolean isTrue(PlannedResource resource, String input) {
        return Boolean.TRUE.equals(resource.input(input).orElse(false));
    }
}
