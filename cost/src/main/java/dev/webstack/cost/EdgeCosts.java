package dev.webstack.cost;

import dev.webstack.plan.Plan;
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

    static void add(Plan plan, Lines lines, int requests, int cdnGb) {
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
            var rules = acl.inputList("rules").size();
            lines.add(CATEGORY, "WAF web ACL", List.of(acl), 1, "waf.webAclMonth", "");
            lines.add(CATEGORY, "WAF rules", List.of(acl), rules, "waf.ruleMonth", rules + " rules");
            lines.add(CATEGORY, "WAF requests", List.of(acl), requests / 1e6, "waf.millionRequests", requests + " requests a month");
        }
        var records = plan.ofType(AwsTypes.ROUTE53_RECORD);
        if (!records.isEmpty()) {
            lines.add(CATEGORY, "Route 53 hosted zone", records, 1, "route53.zoneMonth",
                    "the existing zone edge.domain lives in; alias queries are free");
        }
    }
}
