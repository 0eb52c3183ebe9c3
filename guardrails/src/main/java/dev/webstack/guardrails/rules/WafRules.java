package dev.webstack.guardrails.rules;

import static dev.webstack.guardrails.model.Rule.rule;
import static dev.webstack.plan.aws.AwsTypes.CLOUDFRONT_DISTRIBUTION;
import static dev.webstack.plan.aws.AwsTypes.WAFV2_WEB_ACL;
import static dev.webstack.plan.aws.AwsTypes.WAFV2_WEB_ACL_ASSOCIATION;
import static dev.webstack.plan.aws.AwsTypes.WAFV2_WEB_ACL_LOGGING_CONFIGURATION;

import dev.webstack.guardrails.model.Findings;
import dev.webstack.guardrails.model.Graph;
import dev.webstack.guardrails.model.Rule;
import dev.webstack.plan.PlannedResource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The web ACL in front of the site (ADR 0015): at CloudFront scope, where WAF sees the viewer;
 * with the managed groups the requirements name; a rate limit on the viewer's own address; logs
 * that keep credentials and the origin secret out.
 */
public final class WafRules {

    static final String CLOUDFRONT_SCOPE = "CLOUDFRONT";
    /** Common exploits, known bad inputs, SQL injection (requirements R5.4), addresses with a bad reputation. */
    static final List<String> REQUIRED_GROUPS = List.of("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
            "AWSManagedRulesSQLiRuleSet", "AWSManagedRulesAmazonIpReputationList");
    /** Headers that carry credentials or sessions. */
    static final List<String> SECRET_HEADERS = List.of("authorization", "cookie");

    private WafRules() {
    }

    public static List<Rule> all() {
        return List.of(
                rule("waf.cloudfront-scope", "Web ACLs are at CloudFront scope, and none is associated with a regional resource")
                        .why("Behind CloudFront a regional web ACL sees CloudFront's addresses: IP reputation never matches and a "
                                + "per-address rate limit has to trust X-Forwarded-For, whose first address the client writes.")
                        .reads(WAFV2_WEB_ACL_ASSOCIATION)
                        .each(WAFV2_WEB_ACL, (acl, graph, findings) -> findings.require(CLOUDFRONT_SCOPE.equals(Inputs.text(acl, "scope")),
                                acl, "scope is " + Inputs.text(acl, "scope") + ", not " + CLOUDFRONT_SCOPE))
                        .each(WAFV2_WEB_ACL_ASSOCIATION, (association, graph, findings) -> findings.violation(association,
                                "associates a web ACL with " + Inputs.text(association, "resourceArn")
                                        + "; reference a CloudFront-scope web ACL from the distribution's webAclId instead"))
                        .build(),
                rule("waf.managed-rules", "Web ACLs run the common, known-bad-inputs, SQL injection and IP reputation groups")
                        .why("AWS's managed groups cover the OWASP classes the requirements name (SQL injection, XSS) and known "
                                + "malicious addresses, kept current by AWS.")
                        .each(WAFV2_WEB_ACL, (acl, graph, findings) -> {
                            var groups = managedGroups(acl);
                            for (var required : REQUIRED_GROUPS) {
                                findings.require(groups.contains(required), acl, "does not run " + required);
                            }
                        })
                        .build(),
                rule("waf.rate-limit-viewer-ip", "Web ACLs limit the rate per source address, never per forwarded header")
                        .why("WAF reads only the first address of a forwarded header, which the client chooses; a client sending a "
                                + "new one per request is never limited. At CloudFront scope the source address is the viewer's.")
                        .each(WAFV2_WEB_ACL, WafRules::ratePerSourceAddress)
                        .build(),
                rule("waf.log-redaction", "Web ACL logs redact credentials, cookies and the headers CloudFront adds for the origin")
                        .why("WAF logs every request's headers; Authorization, Cookie and the origin-verification secret must not be "
                                + "readable by whoever reads the logs.")
                        .reads(WAFV2_WEB_ACL_LOGGING_CONFIGURATION, CLOUDFRONT_DISTRIBUTION)
                        .each(WAFV2_WEB_ACL, WafRules::logsRedacted)
                        .build());
    }

    private static Set<String> managedGroups(PlannedResource acl) {
        var groups = new LinkedHashSet<String>();
        for (var rule : Inputs.maps(acl, "rules")) {
            if (Inputs.valueAt(rule, "statement.managedRuleGroupStatement.name") instanceof String name) {
                groups.add(name);
            }
        }
        return groups;
    }

    private static void ratePerSourceAddress(PlannedResource acl, Graph graph, Findings findings) {
        var keyedOnIp = Inputs.maps(acl, "rules").stream()
                .anyMatch(rule -> "IP".equals(Inputs.valueAt(rule, "statement.rateBasedStatement.aggregateKeyType")));
        findings.require(keyedOnIp, acl, "has no rate-based rule with aggregateKeyType IP");
        var forwarded = new ArrayList<String>();
        for (var rule : Inputs.maps(acl, "rules")) {
            if (readsForwardedAddress(rule)) {
                forwarded.add(String.valueOf(rule.get("name")));
            }
        }
        findings.require(forwarded.isEmpty(), acl, "rule(s) " + forwarded + " read the address from a forwarded header (FORWARDED_IP)");
    }

    /** A FORWARDED_IP key or a forwarded-IP configuration anywhere in the rule's statement tree. */
    private static boolean readsForwardedAddress(Object node) {
        if (node instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                var key = String.valueOf(entry.getKey());
                if (key.equals("forwardedIpConfig") || key.equals("ipSetForwardedIpConfig") || "FORWARDED_IP".equals(entry.getValue())
                        || readsForwardedAddress(entry.getValue())) {
                    return true;
                }
            }
        } else if (node instanceof List<?> list) {
            return list.stream().anyMatch(WafRules::readsForwardedAddress);
        }
        return false;
    }

    private static void logsRedacted(PlannedResource acl, Graph graph, Findings findings) {
        var loggings = graph.referencing(WAFV2_WEB_ACL_LOGGING_CONFIGURATION, "resourceArn", acl);
        if (loggings.isEmpty()) {
            findings.violation(acl, "has no logging configuration");
            return;
        }
        var required = new LinkedHashSet<>(SECRET_HEADERS);
        for (var distribution : graph.all(CLOUDFRONT_DISTRIBUTION)) {
            for (var origin : Inputs.maps(distribution, "origins")) {
                if (origin.get("customHeaders") instanceof List<?> headers) {
                    headers.forEach(h -> required.add(String.valueOf(((Map<?, ?>) h).get("name")).toLowerCase(Locale.ROOT)));
                }
            }
        }
        for (var logging : loggings) {
            var redacted = new LinkedHashSet<String>();
            for (var field : Inputs.maps(logging, "redactedFields")) {
                if (Inputs.valueAt(field, "singleHeader.name") instanceof String header) {
                    redacted.add(header.toLowerCase(Locale.ROOT));
                }
            }
            var missing = required.stream().filter(h -> !redacted.contains(h)).toList();
            findings.require(missing.isEmpty(), logging, "does not redact " + missing);
        }
    }
}
