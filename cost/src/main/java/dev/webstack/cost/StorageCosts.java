package dev.webstack.cost;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import java.util.List;
import java.util.Map;

/** S3: the documents bucket at its assumed size, the log bucket at what the logs it keeps add up to. */
final class StorageCosts {

    static final String CATEGORY = "Storage";
    static final String DOCUMENT_STORE = "webstack:data:DocumentStore";
    /** Bytes a load balancer access-log line takes, gzipped. */
    static final double ALB_LOG_BYTES_PER_REQUEST = 150;

    private StorageCosts() {
    }

    static void add(Plan plan, Lines lines, int documentsGb, int requests, boolean cloudFrontLogs) {
        for (var bucket : plan.ofType(AwsTypes.S3_BUCKET_V2)) {
            if (lines.isAccounted(bucket)) {
                continue; // another area priced it (the audit trail's bucket)
            }
            var component = plan.componentOf(bucket).map(PlannedResource::type).orElse("");
            if (component.equals(DOCUMENT_STORE)) {
                lines.add(CATEGORY, "S3 documents", List.of(bucket), documentsGb, "s3.gbMonth", documentsGb + " GB (cost.documentsGb)");
                continue;
            }
            var days = expirationDays(plan, bucket);
            var perRequest = ALB_LOG_BYTES_PER_REQUEST + (cloudFrontLogs ? EdgeCosts.LOG_BYTES_PER_REQUEST : 0);
            var gb = requests * perRequest / 1e9 * days / 30.0;
            lines.add(CATEGORY, "S3 logs", List.of(bucket), gb, "s3.gbMonth", "access logs of " + requests + " requests a month, kept "
                    + days + " days");
        }
    }

    /** How long the bucket keeps objects, from its lifecycle configuration; a year when none says. */
    static int expirationDays(Plan plan, PlannedResource bucket) {
        return plan.ofType(AwsTypes.S3_BUCKET_LIFECYCLE_CONFIGURATION_V2).stream()
                .filter(l -> bucket.identities().contains(String.valueOf(l.input("bucket").orElse(""))))
                .flatMap(l -> l.inputList("rules").stream())
                .map(rule -> ((Map<?, ?>) rule).get("expiration"))
                .filter(Map.class::isInstance)
                .map(e -> ((Map<?, ?>) e).get("days"))
                .filter(Number.class::isInstance)
                .mapToInt(d -> ((Number) d).intValue())
                .max().orElse(365);
    }
}
