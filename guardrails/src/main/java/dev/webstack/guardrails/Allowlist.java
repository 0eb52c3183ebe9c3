package dev.webstack.guardrails;

import java.util.List;

/**
 * Staging's cost trade-offs, the only rule failures webstack accepts. Each mirrors a warning
 * of {@code webstack plan staging}; a test fails when an entry no longer matches anything, so
 * the list cannot silently outgrow what staging really does.
 */
public final class Allowlist {

    public static final List<AllowlistEntry> STAGING_TRADE_OFFS = List.of(
            staging("rds.deletion-protection", "db-instance",
                    "database.deletionProtection=false: staging is disposable; `pulumi destroy` must be able to remove it."),
            staging("rds.multi-az", "db-instance",
                    "database.multiAz=false: a standby doubles the instance cost; staging accepts an outage during an AZ failure or failover."),
            staging("elb.deletion-protection", "edge-alb",
                    "edge.deletionProtection=false: staging is disposable; `pulumi destroy` must be able to remove it."),
            staging("edge.waf", "edge-alb",
                    "edge.waf=false: the web ACL and its managed rules cost about $10 a month; staging is not advertised."),
            staging("cloudfront.access-logs", "edge-cdn",
                    "edge.cloudFrontLogs=false: viewer logs cost ingestion; the load balancer's access logs remain."),
            staging("ecs.container-insights", "app-cluster",
                    "service.containerInsights=false: per-task metrics are billed as custom metrics; staging keeps the service-level ones."));

    private Allowlist() {
    }

    private static AllowlistEntry staging(String ruleId, String resourceName, String reason) {
        if (RuleCatalog.byId(ruleId).isEmpty()) {
            throw new IllegalStateException("allowlist names unknown rule " + ruleId);
        }
        return new AllowlistEntry(ruleId, "staging", resourceName, reason);
    }
}
