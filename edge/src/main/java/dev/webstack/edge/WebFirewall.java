package dev.webstack.edge;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.wafv2.WebAcl;
import com.pulumi.aws.wafv2.WebAclArgs;
import com.pulumi.aws.wafv2.WebAclAssociation;
import com.pulumi.aws.wafv2.WebAclAssociationArgs;
import com.pulumi.aws.wafv2.WebAclLoggingConfiguration;
import com.pulumi.aws.wafv2.WebAclLoggingConfigurationArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionAllowArgs;
import com.pulumi.aws.wafv2.inputs.WebAclDefaultActionArgs;
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
import com.pulumi.aws.wafv2.inputs.WebAclRuleStatementRateBasedStatementForwardedIpConfigArgs;
import com.pulumi.aws.wafv2.inputs.WebAclRuleVisibilityConfigArgs;
import com.pulumi.aws.wafv2.inputs.WebAclVisibilityConfigArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import dev.webstack.kit.naming.Naming;
import dev.webstack.settings.EdgeSettings;
import java.util.List;

/**
 * The production WAF of requirements R5.4, on the load balancer: AWS managed rules and a rate limit per
 * client, with metrics and logs. Behind CloudFront the load balancer sees CloudFront's
 * addresses, so the rate limit keys on the client address CloudFront forwards.
 */
final class WebFirewall {

    /** The managed groups, in evaluation order. */
    static final List<String> MANAGED_RULE_GROUPS = List.of(
            "AWSManagedRulesCommonRuleSet",
            "AWSManagedRulesKnownBadInputsRuleSet",
            "AWSManagedRulesAmazonIpReputationList");

    /**
     * The common rule set blocks request bodies over 8 KB; document uploads go through the API,
     * so that one rule only counts. Every other rule blocks.
     */
    static final String COUNTED_RULE = "SizeRestrictions_BODY";

    private WebFirewall() {
    }

    static void attach(Resource parent, String name, Naming naming, Output<String> loadBalancerArn,
                                 EdgeSettings settings) {
        var rules = new java.util.ArrayList<WebAclRuleArgs>();
        int priority = 10;
        for (var group : MANAGED_RULE_GROUPS) {
            rules.add(managed(group, priority, group.equals("AWSManagedRulesCommonRuleSet")));
            priority += 10;
        }
        rules.add(WebAclRuleArgs.builder()
                .name("rate-limit-per-client")
                .priority(priority)
                .action(WebAclRuleActionArgs.builder().block(WebAclRuleActionBlockArgs.builder().build()).build())
                .statement(WebAclRuleStatementArgs.builder()
                        .rateBasedStatement(WebAclRuleStatementRateBasedStatementArgs.builder()
                                .limit(settings.wafRateLimit())
                                .aggregateKeyType("FORWARDED_IP")
                                .forwardedIpConfig(WebAclRuleStatementRateBasedStatementForwardedIpConfigArgs.builder()
                                        .headerName("X-Forwarded-For")
                                        .fallbackBehavior("MATCH")
                                        .build())
                                .build())
                        .build())
                .visibilityConfig(visibility("rate-limit-per-client"))
                .build());
        var acl = new WebAcl(name + "-waf", WebAclArgs.builder()
                .name(naming.physical("web-acl"))
                .description("Managed rules and a per-client rate limit in front of the load balancer")
                .scope("REGIONAL")
                .defaultAction(WebAclDefaultActionArgs.builder().allow(WebAclDefaultActionAllowArgs.builder().build()).build())
                .rules(rules)
                .visibilityConfig(WebAclVisibilityConfigArgs.builder()
                        .cloudwatchMetricsEnabled(true)
                        .metricName(naming.physical("web-acl"))
                        .sampledRequestsEnabled(true)
                        .build())
                .build(), Children.of(parent));
        // WAF only writes to log groups whose name starts with aws-waf-logs-.
        var logs = new LogGroup(name + "-waf-logs", LogGroupArgs.builder()
                .name("aws-waf-logs-" + naming.prefix())
                .retentionInDays(settings.wafLogRetentionDays())
                .build(), Children.of(parent));
        new WebAclLoggingConfiguration(name + "-waf-logging", WebAclLoggingConfigurationArgs.builder()
                .resourceArn(acl.arn())
                .logDestinationConfigs(logs.arn().applyValue(List::of))
                .build(), Children.of(parent));
        new WebAclAssociation(name + "-waf-association", WebAclAssociationArgs.builder()
                .resourceArn(loadBalancerArn)
                .webAclArn(acl.arn())
                .build(), Children.of(parent));
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
