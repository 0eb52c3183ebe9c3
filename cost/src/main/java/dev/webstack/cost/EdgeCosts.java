package dev.webstack.cost;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import java.util.List;

/** CloudFront above its always-free tier, the WAF, and the hosted zone a custom domain lives in. */
final class EdgeCosts {

    static final String CATEGORY = "Edge";
    /** CloudFront's always-free tier, a month. */
    static final double FREE_GB = 1024;
    static final double FREE_REQUESTS = 10_000_000;
    /** Bytes CloudFront writes per logged request. */
    static final double LOG_BYTES_PER_REQUEST = 500;

    private EdgeCosts() {
    }

    /**
     * Bytes WAF writes per logged request: a JSON record of the request's headers and every rule
     * group's verdict. An assumption, not a measured or published figure.
     */
    static final double WAF_LOG_BYTES_PER_REQUEST = 1500;
    /** WAF only logs to CloudWatch groups whose name starts with this. */
    static final String WAF_LOG_GROUP_PREFIX = "aws-waf-logs-";

    static boolean isWafLogGroup(PlannedResource group) {
        return String.valueOf(group.input("name").orElse("")).startsWith(WAF_LOG_GROUP_PREFIX);
    }

    /** The WAF's part of the logs ingested a month: one record per request, never more than all logs together. */
    static double wafLogsGb(Plan plan, int requests, double logsGb) {
        var wafGroups = plan.ofType(AwsTypes.CLOUDWATCH_LOG_GROUP).stream().filter(EdgeCosts::isWafLogGroup).count();
        return wafGroups == 0 ? 0 : Math.min(logsGb, requests * WAF_LOG_BYTES_PER_REQUEST / 1e9);
    }

    static void add(Plan plan, Lines lines, Lines global, int requests, int cdnGb, double wafLogsGb) {
        for (var cdn : plan.ofType(AwsTypes.CLOUDFRONT_DISTRIBUTION)) {
            var billedGb = Math.max(0, cdnGb - FREE_GB);
            var billedRequests = Math.max(0, requests - FREE_REQUESTS);
            var tier = "always-free tier: 1 TB and 10 million requests a month";
            if (billedGb == 0 && billedRequests == 0) {
                lines.free(CATEGORY, "CloudFront", List.of(cdn), cdnGb + " GB and " + requests + " requests a month, within the " + tier);
            } else {
                lines.add(CATEGORY, "CloudFront data out", List.of(cdn), billedGb, "cloudfront.gbOut", cdnGb + " GB a month, less the " + tier);
                lines.add(CATEGORY, "CloudFront HTTPS requests", List.of(cdn), billedRequests / 10_000, "cloudfront.https10k",
                        requests + " requests a month, less the " + tier);
            }
        }
        var deliveries = plan.ofType(AwsTypes.CLOUDWATCH_LOG_DELIVERY);
        if (!deliveries.isEmpty()) {
            var gb = requests * LOG_BYTES_PER_REQUEST / 1e9;
            lines.add(CATEGORY, "CloudFront access logs delivery", deliveries, gb, "logs.vendedS3Gb",
                    "about " + (int) LOG_BYTES_PER_REQUEST + " bytes per request");
            lines.account(plan.ofType(AwsTypes.CLOUDWATCH_LOG_DELIVERY_SOURCE));
            lines.account(plan.ofType(AwsTypes.CLOUDWATCH_LOG_DELIVERY_DESTINATION));
        }
        for (var acl : plan.ofType(AwsTypes.WAFV2_WEB_ACL)) {
            // A CloudFront-scope ACL is created, and billed, in us-east-1 (ADR 0015). Its managed groups
            // (700 + 200 + 200 + 25 WCU) and the rate rule fit the 1,500 WCU included in the ACL's price:
            // no capacity surcharge (https://aws.amazon.com/waf/pricing/).
            var cloudFront = "CLOUDFRONT".equals(acl.input("scope").orElse(""));
            var priced = cloudFront ? global : lines;
            var where = cloudFront ? " (us-east-1)" : "";
            var rules = acl.inputList("rules").size();
            priced.add(CATEGORY, "WAF web ACL" + where, List.of(acl), 1, "waf.webAclMonth", "");
            priced.add(CATEGORY, "WAF rules" + where, List.of(acl), rules, "waf.ruleMonth", rules + " rules");
            priced.add(CATEGORY, "WAF requests" + where, List.of(acl), requests / 1e6, "waf.millionRequests", requests + " requests a month");
        }
        var wafGroups = plan.ofType(AwsTypes.CLOUDWATCH_LOG_GROUP).stream().filter(EdgeCosts::isWafLogGroup).toList();
        if (!wafGroups.isEmpty()) {
            // WAF logs are vended logs, billed in the web ACL's region; in us-east-1 their first tier costs what
            // standard ingestion does (https://aws.amazon.com/cloudwatch/pricing/, Vended Logs).
            global.add(CATEGORY, "WAF logs ingestion (us-east-1)", wafGroups, wafLogsGb, "logs.ingestGb",
                    "about " + (int) WAF_LOG_BYTES_PER_REQUEST + " bytes per request, part of cost.logsGbPerMonth");
            var days = wafGroups.stream().mapToDouble(g -> ((Number) g.input("retentionInDays").orElse(365)).doubleValue()).max().orElse(30);
            global.add(CATEGORY, "WAF logs storage (us-east-1)", wafGroups, wafLogsGb * days / 30, "logs.storageGbMonth",
                    "kept " + Math.round(days) + " days, before compression");
        }
        var records = plan.ofType(AwsTypes.ROUTE53_RECORD);
        if (!records.isEmpty()) {
            lines.add(CATEGORY, "Route 53 hosted zone", records, 1, "route53.zoneMonth",
                    "the existing zone edge.domain lives in; alias queries are free");
        }
    }
}
