package dev.webstack.cost;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import java.util.List;

/**
 * The API audit trail and the spend budget. The trail's events are free; what it costs is the
 * S3 storage and writes of its log bucket. Budgets without actions cost nothing.
 */
final class AuditCosts {

    static final String CATEGORY = "Audit";
    static final String AUDIT_TRAIL = "webstack:observability:AuditTrail";
    /**
     * Compressed log and digest files a month for one small account's management events
     * (deploys, ECS, KMS, Secrets Manager, the schedules): an assumption, some 100,000 events.
     */
    static final double LOG_GB_PER_MONTH = 0.1;
    /**
     * Objects CloudTrail writes a month: a log file about every 5 minutes in the home region
     * (8,640), an hourly digest file in each of about 17 regions (12,240), and the occasional
     * log file of the other regions. An assumption.
     */
    static final int PUTS_PER_MONTH = 30_000;

    private AuditCosts() {
    }

    static void add(Plan plan, Lines lines) {
        var trails = plan.ofType(AwsTypes.CLOUDTRAIL_TRAIL);
        if (!trails.isEmpty()) {
            // AWS CloudTrail pricing (https://aws.amazon.com/cloudtrail/pricing/): the first copy of
            // management events in each region is delivered free; a second trail recording them again
            // costs $2.00 per 100,000 events ("Managing CloudTrail trail costs", CloudTrail User Guide).
            lines.free(CATEGORY, "CloudTrail management events", trails,
                    "the account's first copy of management events is free; a second trail of the same events is not");
        }
        for (var bucket : plan.ofType(AwsTypes.S3_BUCKET_V2)) {
            var component = plan.componentOf(bucket).map(PlannedResource::type).orElse("");
            if (!component.equals(AUDIT_TRAIL)) {
                continue;
            }
            var days = StorageCosts.expirationDays(plan, bucket);
            lines.add(CATEGORY, "S3 audit logs", List.of(bucket), LOG_GB_PER_MONTH * days / 30.0, "s3.gbMonth",
                    "about " + LOG_GB_PER_MONTH + " GB of log files a month, kept " + days + " days");
            lines.add(CATEGORY, "S3 audit log writes", List.of(bucket), PUTS_PER_MONTH / 1000.0, "s3.putThousand",
                    "about " + PUTS_PER_MONTH + " log and digest files a month");
        }
        var budgets = plan.ofType(AwsTypes.BUDGETS_BUDGET);
        if (!budgets.isEmpty()) {
            // AWS Price List, offer AWSBudgets (effective 2020-10-01): "$0.00 for Budget-days" for budgets
            // with notifications; only action-enabled budgets after the first 62 budget-days ($0.10 a day)
            // and reports ($0.01 each) are billed. This budget has neither.
            lines.free(CATEGORY, "AWS Budgets", budgets, "a budget with notifications and no actions costs nothing");
        }
    }
}
