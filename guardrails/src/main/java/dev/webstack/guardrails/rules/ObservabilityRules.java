package dev.webstack.guardrails.rules;

import static dev.webstack.guardrails.model.Rule.rule;
import static dev.webstack.plan.aws.AwsTypes.CLOUDWATCH_LOG_GROUP;
import static dev.webstack.plan.aws.AwsTypes.CLOUDWATCH_METRIC_ALARM;
import static dev.webstack.plan.aws.AwsTypes.EC2_FLOW_LOG;
import static dev.webstack.plan.aws.AwsTypes.KMS_ALIAS;
import static dev.webstack.plan.aws.AwsTypes.KMS_KEY;
import static dev.webstack.plan.aws.AwsTypes.LAMBDA_FUNCTION;
import static dev.webstack.plan.aws.AwsTypes.RDS_INSTANCE;
import static dev.webstack.plan.aws.AwsTypes.SNS_TOPIC;
import static dev.webstack.plan.aws.AwsTypes.SNS_TOPIC_POLICY;
import static dev.webstack.plan.aws.AwsTypes.WAFV2_WEB_ACL_LOGGING_CONFIGURATION;

import dev.webstack.guardrails.model.Findings;
import dev.webstack.guardrails.model.Graph;
import dev.webstack.guardrails.model.Policy;
import dev.webstack.guardrails.model.Rule;
import dev.webstack.plan.PlannedResource;
import java.util.List;
import java.util.Optional;

/** Logs that expire, alarms that reach a topic, topics that CloudWatch can actually publish to. */
public final class ObservabilityRules {

    /** Publishers that must be able to use a topic's key. */
    static final List<String> ALARM_PUBLISHERS = List.of("cloudwatch.amazonaws.com", "events.amazonaws.com");
    /** Condition keys that tie a service principal or "*" to this account or resource. */
    static final List<String> SCOPING_KEYS = List.of("aws:SourceAccount", "aws:SourceArn", "aws:SourceOwner", "aws:PrincipalAccount",
            "aws:SourceVpce", "aws:PrincipalOrgID");

    private ObservabilityRules() {
    }

    public static List<Rule> all() {
        return List.of(
                rule("logs.expire", "Every log group expires, including those AWS services would create on their own")
                        .why("Logs that never expire are a cost that only grows; a group a service creates by itself never expires.")
                        .mirrors("CloudWatch.16", "CKV_AWS_66")
                        .reads(LAMBDA_FUNCTION, RDS_INSTANCE, EC2_FLOW_LOG, WAFV2_WEB_ACL_LOGGING_CONFIGURATION)
                        .each(CLOUDWATCH_LOG_GROUP, (group, graph, findings) -> findings.require(Inputs.number(group, "retentionInDays") > 0, group,
                                "retentionInDays is not set: the logs are kept forever"))
                        .check(ObservabilityRules::serviceLogGroupsExist)
                        .build(),
                rule("cloudwatch.alarm-actions", "Every alarm notifies a topic of this stack when it fires and when it clears")
                        .why("An alarm without actions changes colour in a console nobody watches.")
                        .mirrors("CloudWatch.15", null)
                        .reads(SNS_TOPIC)
                        .each(CLOUDWATCH_METRIC_ALARM, (alarm, graph, findings) -> {
                            for (var actions : List.of("alarmActions", "okActions")) {
                                var targets = Inputs.texts(alarm, actions);
                                findings.require(!targets.isEmpty() && targets.stream().allMatch(t -> graph.resolve(SNS_TOPIC, t).isPresent()), alarm,
                                        actions + " " + (targets.isEmpty() ? "is empty" : targets + " names no topic of this stack"));
                            }
                        })
                        .build(),
                rule("sns.encrypted-for-alarms", "Topics are encrypted with a customer-managed key that CloudWatch and EventBridge may use")
                        .why("With the AWS-managed SNS key, CloudWatch and EventBridge cannot publish and alarm notifications are lost without an error.")
                        .mirrors("SNS.1", "CKV_AWS_26")
                        .reads(KMS_KEY, KMS_ALIAS)
                        .each(SNS_TOPIC, (topic, graph, findings) -> {
                            var keyId = Inputs.text(topic, "kmsMasterKeyId");
                            if (keyId.isEmpty()) {
                                findings.violation(topic, "is not encrypted");
                                return;
                            }
                            var key = key(graph, keyId);
                            if (key.isEmpty()) {
                                findings.violation(topic, "is encrypted with " + keyId + ", not a key of this stack"
                                        + (keyId.contains("alias/aws/") ? " (AWS-managed keys refuse CloudWatch and EventBridge)" : ""));
                                return;
                            }
                            var policy = Policy.parse(Inputs.text(key.get(), "policy"));
                            for (var publisher : ALARM_PUBLISHERS) {
                                var allowed = policy.allows().stream().anyMatch(s -> s.principals().getOrDefault("Service", List.of()).contains(publisher)
                                        && s.covers("kms:GenerateDataKey") && s.covers("kms:Decrypt"));
                                findings.require(allowed, topic, "key " + key.get().name() + " does not let " + publisher
                                        + " use kms:GenerateDataKey and kms:Decrypt");
                            }
                        })
                        .build(),
                rule("sns.not-public", "Topic policies admit only named principals, or services on behalf of this account")
                        .why("Anyone, or any account's CloudWatch, could otherwise publish to (or read) the alarm topic.")
                        .mirrors("SNS.4", "CKV_AWS_169")
                        .each(SNS_TOPIC_POLICY, (topicPolicy, graph, findings) -> {
                            for (var statement : Policy.parse(Inputs.text(topicPolicy, "policy")).allows()) {
                                var open = statement.anyPrincipal() || statement.principals().containsKey("Service");
                                var scoped = SCOPING_KEYS.stream().anyMatch(k -> !statement.condition(k).isEmpty());
                                findings.require(!open || scoped, topicPolicy, statement.label()
                                        + " admits " + (statement.anyPrincipal() ? "anyone" : statement.principals().get("Service"))
                                        + " without an aws:SourceAccount or aws:SourceArn condition");
                            }
                        })
                        .build(),
                rule("kms.rotation", "Customer-managed keys rotate")
                        .why("A leaked key version stops protecting new data within a year.")
                        .mirrors("KMS.4", "CKV_AWS_7")
                        .each(KMS_KEY, (key, graph, findings) -> {
                            var symmetric = Inputs.text(key, "customerMasterKeySpec").isEmpty() || "SYMMETRIC_DEFAULT".equals(Inputs.text(key, "customerMasterKeySpec"));
                            if (symmetric) {
                                findings.require(Inputs.isTrue(key, "enableKeyRotation"), key, "enableKeyRotation is not true");
                            }
                        })
                        .build());
    }

    private static Optional<PlannedResource> key(Graph graph, String reference) {
        var direct = graph.resolve(KMS_KEY, reference);
        if (direct.isPresent()) {
            return direct;
        }
        return graph.resolve(KMS_ALIAS, reference).flatMap(alias -> graph.resolve(KMS_KEY, alias.input("targetKeyId").orElse(null)));
    }

    /** The groups Lambda, RDS, flow logs and WAF write to must be in the plan, where they get a retention. */
    private static void serviceLogGroupsExist(Graph graph, Findings findings) {
        for (var function : graph.all(LAMBDA_FUNCTION)) {
            var group = function.input("loggingConfig.logGroup").map(String::valueOf)
                    .orElse("/aws/lambda/" + function.outputs().getOrDefault("name", function.inputs().get("name")));
            findings.require(hasGroup(graph, group), function, "writes to " + group + ", which this stack does not create");
        }
        for (var db : graph.all(RDS_INSTANCE)) {
            var identifier = db.outputs().getOrDefault("identifier", db.inputs().get("identifier"));
            for (var log : Inputs.texts(db, "enabledCloudwatchLogsExports")) {
                var group = "/aws/rds/instance/" + identifier + "/" + log;
                findings.require(hasGroup(graph, group), db, "exports to " + group + ", which this stack does not create");
            }
        }
        for (var flowLog : graph.all(EC2_FLOW_LOG)) {
            if (!"s3".equals(Inputs.text(flowLog, "logDestinationType"))) {
                var destination = Inputs.text(flowLog, "logDestination");
                findings.require(graph.resolve(CLOUDWATCH_LOG_GROUP, destination).isPresent(), flowLog,
                        "writes to " + destination + ", which is not a log group of this stack");
            }
        }
        for (var logging : graph.all(WAFV2_WEB_ACL_LOGGING_CONFIGURATION)) {
            for (var destination : Inputs.texts(logging, "logDestinationConfigs")) {
                if (destination.contains(":log-group:")) {
                    findings.require(graph.resolve(CLOUDWATCH_LOG_GROUP, destination).isPresent(), logging,
                            "writes to " + destination + ", which is not a log group of this stack");
                }
            }
        }
    }

    private static boolean hasGroup(Graph graph, String name) {
        return graph.all(CLOUDWATCH_LOG_GROUP).stream().anyMatch(g -> name.equals(Inputs.text(g, "name")));
    }
}
