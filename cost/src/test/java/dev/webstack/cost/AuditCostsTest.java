package dev.webstack.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.testkit.PlanFixture;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** GIVEN a plan with the audit trail's bucket and a budget, WHEN estimated, THEN events and budget are free and the bucket is priced as audit logs. */
class AuditCostsTest {

    static final double GB_MONTH = 0.025;
    static final double PUT_THOUSAND = 0.005;

    static PriceTable table() {
        var prices = new HashMap<>(EstimatorTest.PRICES);
        prices.put("s3.putThousand", PUT_THOUSAND);
        return new PriceTable("test-region", "2026-01-01", prices.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new Price(e.getKey(), e.getValue(), "unit", "https://example.com/" + e.getKey(), true))),
                Map.of(AwsTypes.S3_BUCKET_LIFECYCLE_CONFIGURATION_V2, "free"));
    }

    /** The trail, its bucket expiring after {@code days}, and a budget. */
    static PlanFixture audited(int days) {
        var f = PlanFixture.production();
        f.add(AwsTypes.S3_BUCKET_V2, "audit-bucket", "audit-logs").in("bucket", "audit-logs").under(AuditCosts.AUDIT_TRAIL);
        f.add(AwsTypes.S3_BUCKET_LIFECYCLE_CONFIGURATION_V2, "audit-lifecycle", "audit-logs").in("bucket", "audit-logs")
                .in("rules", List.of(Map.of("id", "expire-audit-logs", "expiration", Map.of("days", (long) days))))
                .under(AuditCosts.AUDIT_TRAIL);
        f.add(AwsTypes.CLOUDTRAIL_TRAIL, "audit-trail", "webstack-production-audit").in("s3BucketName", "audit-logs")
                .under(AuditCosts.AUDIT_TRAIL);
        f.add(AwsTypes.BUDGETS_BUDGET, "spend-budget", "123456789012:webstack-production-monthly-cost")
                .in("limitAmount", "240").under("webstack:observability:SpendBudget");
        return f;
    }

    static Estimate estimate(PlanFixture fixture) {
        return Estimator.estimate(fixture.plan(), table(), EstimatorTest.usage(1_000_000, 5), Hours.allMonth());
    }

    @Test
    void theAuditBucketHoldsRetentionDaysOfLogsAndIsNotPricedAsAccessLogs() {
        var estimate = estimate(audited(365));

        var storage = EstimatorTest.line(estimate, "S3 audit logs");
        assertEquals(AuditCosts.LOG_GB_PER_MONTH * 365 / 30.0 * GB_MONTH, storage.monthlyUsd(), 1e-9);
        assertTrue(estimate.items().stream().noneMatch(i -> i.what().equals("S3 logs")), estimate.items().toString());
    }

    @Test
    void aShorterRetentionStoresLess() {
        var year = EstimatorTest.line(estimate(audited(365)), "S3 audit logs").monthlyUsd();
        var quarter = EstimatorTest.line(estimate(audited(90)), "S3 audit logs").monthlyUsd();

        assertEquals(365.0 / 90.0, year / quarter, 1e-9);
    }

    @Test
    void cloudTrailWritesAreCountedPerThousand() {
        var writes = EstimatorTest.line(estimate(audited(365)), "S3 audit log writes");

        assertEquals(AuditCosts.PUTS_PER_MONTH / 1000.0 * PUT_THOUSAND, writes.monthlyUsd(), 1e-9);
    }

    @Test
    void theTrailsEventsAndTheBudgetCostNothingAndNothingIsLeftUnpriced() {
        var estimate = estimate(audited(365));

        assertEquals(0.0, EstimatorTest.line(estimate, "CloudTrail management events").monthlyUsd());
        assertEquals(0.0, EstimatorTest.line(estimate, "AWS Budgets").monthlyUsd());
        assertEquals(List.of(), estimate.unpriced());
    }
}
