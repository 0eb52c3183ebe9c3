package dev.webstack.plan;

import java.util.List;

/**
 * Every trade-off a stack may take that breaks a guardrail: the one place each is explained.
 * The plan warns with its risk, the guardrails accept exactly the ones a plan records, and
 * docs/guardrails.md lists them. Which ones a stack takes, the command line's TradeOffs decides from its settings.
 */
public final class TradeOffCatalog {

    private static final String STAGING = "staging";

    public static final TradeOff SINGLE_AZ_DATABASE = new TradeOff("database.multiAz", "false",
            "a single-AZ database; an AZ outage or a maintenance failover stops the application until RDS recovers the instance.",
            "rds.multi-az", "db-instance", STAGING,
            "a standby doubles the instance cost; staging accepts an outage during an AZ failure or failover.");

    public static final TradeOff DELETABLE_DATABASE = new TradeOff("database.deletionProtection", "false",
            "the database can be deleted by a `pulumi destroy` or a console click; backups are the only way back.",
            "rds.deletion-protection", "db-instance", STAGING,
            "staging is disposable; `pulumi destroy` must be able to remove it.");

    public static final TradeOff NO_WEB_ACL = new TradeOff("edge.waf", "false",
            "no managed rules or per-viewer rate limit on the CloudFront distribution (saves about $10 a month, plus requests and logs).",
            "edge.waf", "edge-cdn", STAGING,
            "the CloudFront-scope web ACL, its five rules and its us-east-1 logs cost about $10 a month; staging is not advertised.");

    public static final TradeOff DELETABLE_LOAD_BALANCER = new TradeOff("edge.deletionProtection", "false",
            "the load balancer can be deleted by a `pulumi destroy` or a console click, taking the site and its DNS name with it.",
            "elb.deletion-protection", "edge-alb", STAGING,
            "staging is disposable; `pulumi destroy` must be able to remove it.");

    public static final TradeOff NO_VIEWER_LOGS = new TradeOff("edge.cloudFrontLogs", "false",
            "viewer requests are not logged; the load balancer's access logs remain.",
            "cloudfront.access-logs", "edge-cdn", STAGING,
            "viewer logs cost ingestion; the load balancer's access logs remain.");

    public static final TradeOff NO_CONTAINER_INSIGHTS = new TradeOff("service.containerInsights", "false",
            "no per-task metrics; the dashboard counts healthy targets instead of running tasks.",
            "ecs.container-insights", "app-cluster", STAGING,
            "per-task metrics are billed as custom metrics; staging keeps the service-level ones.");

    public static final List<TradeOff> ALL = List.of(SINGLE_AZ_DATABASE, DELETABLE_DATABASE, NO_WEB_ACL,
            DELETABLE_LOAD_BALANCER, NO_VIEWER_LOGS, NO_CONTAINER_INSIGHTS);

    private TradeOffCatalog() {
    }
}
