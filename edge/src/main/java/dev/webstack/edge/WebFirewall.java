package dev.webstack.edge;

import com.pulumi.aws.Provider;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.wafv2.WebAcl;
import com.pulumi.aws.wafv2.WebAclArgs;
import com.pulumi.aws.wafv2.WebAclLoggingConfiguration;
import com.pulumi.aws.wafv2.WebAclLoggingConfigurationArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionAllowArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclLoggingConfigurationRedactedFieldArgs;
import com.pulumi.aws.wafv2.inputs.WebAclLoggingConfigurationRedactedFieldSingleHeaderArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleActionBlockArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleOverrideActionArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleOverrideActionNoneArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseCountArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementRateBasedStatementArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleVisibilityConfigArgs;
import com.pulumi.aws.wafv2.inputs.WebAclVisibilityConfigArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import dev.webstack.kit.naming.Naming;
import dev.webstack.settings.EdgeSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The production WAF of requirements R5.4, on the CloudFront distribution (ADR 0015): AWS managed
 * rules and a rate limit per viewer address, with metrics and logs. At CloudFront scope WAF
 * inspects the viewer's request, so the source address it sees is the viewer's own, not a
 * CloudFront address and not a header a client can forge.
 *
 * <p>A CLOUDFRONT web ACL, and everything it uses, must be created in us-east-1 ("Resources that
 * you can protect with AWS WAF", AWS WAF Developer Guide:
 * https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html); so must
 * its CloudWatch Logs destination ("Configure the log group ... in the same Region as the web ACL",
 * https://docs.aws.amazon.com/waf/latest/developerguide/logging-cw-logs.html). Both use the
 * program's us-east-1 provider.
 */
final class WebFirewall {

    static final String SCOPE = "CLOUDFRONT";

    /**
     * The managed groups, in evaluation order. Their capacities (WCU 700, 200, 200 and 25 on the
     * AWS Managed Rules pages, e.g. "AWSManagedRulesSQLiRuleSet, WCU: 200",
     * https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-use-case.html)
     * plus the rate-based rule stay under the 1,500 WCU a web ACL includes in its price;
     * capacity beyond that is billed per request (https://aws.amazon.com/waf/pricing/).
     */
    static final List<String> MANAGED_RULE_GROUPS = List.of(
            "AWSManagedRulesCommonRuleSet",
            "AWSManagedRulesKnownBadInputsRuleSet",
            "AWSManagedRulesSQLiRuleSet",
            "AWSManagedRulesAmazonIpReputationList");

    /**
     * The common rule set blocks request bodies over 8 KB; document uploads go through the API,
     * so that one rule only counts. Every other rule blocks.
     */
    static final String COUNTED_RULE = "SizeRestrictions_BODY";

    static final String RATE_RULE = "rate-limit-per-viewer";

    /**
     * Headers kept out of the logs: credentials, sessions and the origin-verification secret.
     * Single-header names are given in lower case (Terraform AWS provider 5.x,
     * wafv2_web_acl_logging_configuration, redacted_fields.single_header.name), and up to 100
     * redacted fields are allowed.
     */
    static final List<String> REDACTED_HEADERS = List.of("authorization", "cookie",
            Edge.ORIGIN_HEADER.toLowerCase(Locale.ROOT));

    private WebFirewall() {
    }

    /** Creates the web ACL, its log group and its logging in us-east-1; returns the ACL's ARN for the distribution. */
    static Output<String> protect(Resource parent, String name, Naming naming, EdgeSettings settings, Provider global) {
        var rules = new ArrayList<WebAclRuleArgs>();
        int priority = 10;
        for (var group : MANAGED_RULE_GROUPS) {
            rules.add(managed(group, priority, group.equals("AWSManagedRulesCommonRuleSet")));
            priority += 10;
        }
        rules.add(rateLimit(priority, settings.wafRateLimit()));
        // New logical names: the regional ACL, its association, logging and Tokyo log group are
        // deleted, these are created in us-east-1 beside them (ADR 0015, "On a running stack").
        var acl = new WebAcl(name + "-cdn-waf", WebAclArgs.builder()
                .name(naming.physical("web-acl"))
                .description("Managed rules and a per-viewer rate limit in front of the CloudFront distribution")
                .scope(SCOPE)
                .defaultAction(WebAclDefaultActionArgs.builder().allow(WebAclDefaultActionAllowArgs.builder().build()).build())
                .rules(rules)
                .visibilityConfig(WebAclVisibilityConfigArgs.builder()
                        .cloudwatchMetricsEnabled(true)
                        .metricName(naming.physical("web-acl"))
                        .sampledRequestsEnabled(true)
                        .build())
                .build(), Children.of(parent, o -> o.provider(global)));
        // WAF only writes to log groups whose name starts with aws-waf-logs-. Not encrypted with a
        // customer key, like the stack's other log groups.
        var logs = new LogGroup(name + "-cdn-waf-logs", LogGroupArgs.builder()
                .name("aws-waf-logs-" + naming.prefix())
                .retentionInDays(settings.wafLogRetentionDays())
                .build(), Children.of(parent, o -> o.provider(global)));
        new WebAclLoggingConfiguration(name + "-cdn-waf-logging", WebAclLoggingConfigurationArgs.builder()
                .resourceArn(acl.arn())
                .logDestinationConfigs(logs.arn().applyValue(List::of))
                .redactedFields(REDACTED_HEADERS.stream().map(header -> WebAclLoggingConfigurationRedactedFieldArgs.builder()
                        .singleHeader(WebAclLoggingConfigurationRedactedFieldSingleHeaderArgs.builder().name(header).build())
                        .build()).toList())
                .build(), Children.of(parent, o -> o.provider(global)));
        return acl.arn();
    }

    /**
     * Keyed on IP, the source address of the request WAF inspects: the viewer's, at CloudFront
     * scope. Not FORWARDED_IP: WAF evaluates only the first address of X-Forwarded-For
     * (ForwardedIPConfig, https://docs.aws.amazon.com/waf/latest/APIReference/API_ForwardedIPConfig.html),
     * which the client writes; CloudFront appends the viewer's address after it
     * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/RequestAndResponseBehaviorCustomOrigin.html#RequestCustomIPAddresses).
     */
    private static WebAclRuleArgs rateLimit(int priority, int limit) {
        return WebAclRuleArgs.builder()
                .name(RATE_RULE)
                .priority(priority)
                .action(WebAclRuleActionArgs.builder().block(WebAclRuleActionBlockArgs.builder().build()).build())
                .statement(WebAclRuleStatementArgs.builder()
                        .rateBasedStatement(WebAclRuleStatementRateBasedStatementArgs.builder()
                                .limit(limit)
                                .aggregateKeyType("IP")
                                .build())
                        .build())
                .visibilityConfig(visibility(RATE_RULE))
                .build();
    }

    private static WebAclRuleArgs managed(String group, int priority, boolean countLargeBodies) {
        var statement = WebAclRuleStatementManagedRuleGroupStatementArgs.builder().vendorName("AWS").name(group);
        if (countLargeBodies) {
            statement.ruleActionOverrides(WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideArgs.builder()
                    .name(COUNTED_RULE)
                    .actionToUse(WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseArgs.builder()
                            .count(WebAclRuleStatementManagedRuleGroupStatementRuleActionOverrideActionToUseCountArgs.builder().build())
                            .build())
                    .build());
        }
        return WebAclRuleArgs.builder()
                .name(group)
                .priority(priority)
                // The group's own actions apply; "none" means do not override them.
                .overrideAction(WebAclRuleOverrideActionArgs.builder().none(WebAclRuleOverrideActionNoneArgs.builder().build()).build())
                .statement(WebAclRuleStatementArgs.builder().managedRuleGroupStatement(statement.build()).build())
                .visibilityConfig(visibility(group))
                .build();
    }

    private static WebAclRuleVisibilityConfigArgs visibility(String metric) {
        return WebAclRuleVisibilityConfigArgs.builder()
                .cloudwatchMetricsEnabled(true)
                .metricName(metric)
                .sampledRequestsEnabled(true)
                .build();
    }
}
