package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.offline.catalog.MockResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** KMS keys, SNS topics, CloudWatch alarms, dashboards and EventBridge rules, Lambda functions and their failure queue. */
public final class AlertingMocks {

    private static final Set<String> COMPARISONS = Set.of("GreaterThanOrEqualToThreshold", "GreaterThanThreshold",
            "LessThanThreshold", "LessThanOrEqualToThreshold");
    private static final Set<String> MISSING_DATA = Set.of("breaching", "notBreaching", "ignore", "missing");

    private AlertingMocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource(AwsTypes.KMS_KEY, r -> {
            var id = CloudFrontMocks.uuid(r.hex(32, "key"));
            Json.parseObject(r.inputText("policy"));
            r.id(id).set("keyId", id).set("arn", r.facts().arn("kms", "key/" + id)).setIfAbsent("enableKeyRotation", false);
        });
        catalog.resource(AwsTypes.KMS_ALIAS, r -> r.id(r.inputText("name")).set("arn", r.facts().arn("kms", r.inputText("name")))
                .set("targetKeyArn", r.facts().arn("kms", "key/" + r.inputText("targetKeyId"))));
        catalog.resource(AwsTypes.SNS_TOPIC, r -> {
            var name = r.autoName("name");
            var arn = r.facts().arn("sns", name);
            r.id(arn).set("arn", arn).set("owner", r.facts().account());
        });
        catalog.resource(AwsTypes.SNS_TOPIC_POLICY, r -> {
            Json.parseObject(r.inputText("policy"));
            r.id(r.inputText("arn")).set("owner", r.facts().account());
        });
        catalog.resource(AwsTypes.SNS_TOPIC_SUBSCRIPTION, r -> r
                .id(r.inputText("topic") + ":" + CloudFrontMocks.uuid(r.hex(32, "subscription")))
                .set("arn", r.inputText("topic") + ":" + CloudFrontMocks.uuid(r.hex(32, "subscription")))
                .set("pendingConfirmation", "email".equals(r.input("protocol").orElse(""))));
        catalog.resource(AwsTypes.CLOUDWATCH_METRIC_ALARM, AlertingMocks::metricAlarm);
        catalog.resource(AwsTypes.CLOUDWATCH_DASHBOARD, r -> {
            var widgets = Json.parseObject(r.inputText("dashboardBody")).get("widgets");
            if (!(widgets instanceof List<?> list) || list.isEmpty()) {
                throw new IllegalArgumentException("CloudWatch refuses a dashboard without widgets");
            }
            var name = r.inputText("dashboardName");
            r.id(name).set("dashboardArn", r.facts().globalArn("cloudwatch", "dashboard/" + name));
        });
        catalog.resource(AwsTypes.CLOUDWATCH_EVENT_RULE, r -> {
            var name = r.autoName("name");
            Json.parseObject(r.inputText("eventPattern"));
            r.id(name).set("arn", r.facts().arn("events", "rule/" + name)).setIfAbsent("eventBusName", "default");
        });
        catalog.resource(AwsTypes.CLOUDWATCH_EVENT_TARGET, r -> r.id(r.inputText("rule") + "-" + r.autoName("targetId")));
        catalog.resource(AwsTypes.LAMBDA_FUNCTION, r -> {
            var name = r.autoName("name");
            var arn = r.facts().arn("lambda", "function:" + name);
            r.id(name).set("arn", arn).set("qualifiedArn", arn + ":$LATEST").set("version", "$LATEST")
                    .set("invokeArn", "arn:aws:apigateway:" + r.facts().region() + ":lambda:path/2015-03-31/functions/" + arn + "/invocations")
                    .set("sourceCodeHash", r.hex(44, "code"));
        });
        catalog.resource(AwsTypes.LAMBDA_PERMISSION, r -> r.id(r.autoName("statementId")));
        catalog.resource(AwsTypes.LAMBDA_FUNCTION_EVENT_INVOKE_CONFIG, AlertingMocks::eventInvokeConfig);
        catalog.resource(AwsTypes.SQS_QUEUE, AlertingMocks::queue);
    }

    /** Lambda's PutFunctionEventInvokeConfig: MaximumRetryAttempts 0 to 2, MaximumEventAgeInSeconds 60 to 21,600. */
    private static void eventInvokeConfig(MockResource r) {
        var function = r.inputText("functionName");
        long retries = ((Number) r.input("maximumRetryAttempts").orElse(2L)).longValue();
        long age = ((Number) r.input("maximumEventAgeInSeconds").orElse(21600L)).longValue();
        if (retries < 0 || retries > 2 || age < 60 || age > 21600) {
            throw new IllegalArgumentException("event invoke config of " + function + ": Lambda allows 0-2 retries and 60-21600 s of event age");
        }
        r.input("destinationConfig.onFailure.destination").map(String::valueOf).filter(d -> !d.startsWith("arn:aws:"))
                .ifPresent(d -> {
                    throw new IllegalArgumentException("event invoke config of " + function + ": the destination must be an ARN, not " + d);
                });
        r.id(function);
    }

    /** SQS keeps a message 60 seconds to 14 days (MessageRetentionPeriod); a queue's id is its URL. */
    private static void queue(MockResource r) {
        var name = r.autoName("name");
        long retention = ((Number) r.input("messageRetentionSeconds").orElse(345600L)).longValue();
        if (retention < 60 || retention > 1209600) {
            throw new IllegalArgumentException("queue " + name + ": SQS keeps messages 60 to 1,209,600 seconds, not " + retention);
        }
        var url = "https://sqs." + r.facts().region() + ".amazonaws.com/" + r.facts().account() + "/" + name;
        r.id(url).set("arn", r.facts().arn("sqs", name)).set("url", url);
    }

    private static void metricAlarm(MockResource r) {
        var name = r.autoName("name");
        var comparison = r.inputText("comparisonOperator");
        if (!COMPARISONS.contains(comparison)) {
            throw new IllegalArgumentException("alarm " + name + ": CloudWatch refuses comparison " + comparison);
        }
        var missing = String.valueOf(r.input("treatMissingData").orElse("missing"));
        if (!MISSING_DATA.contains(missing)) {
            throw new IllegalArgumentException("alarm " + name + ": treatMissingData " + missing + " is not one of " + MISSING_DATA);
        }
        long evaluations = ((Number) r.input("evaluationPeriods").orElse(0L)).longValue();
        long datapoints = ((Number) r.input("datapointsToAlarm").orElse(evaluations)).longValue();
        if (evaluations < 1 || datapoints > evaluations) {
            throw new IllegalArgumentException("alarm " + name + ": needs 1 <= datapointsToAlarm <= evaluationPeriods");
        }
        var queries = (List<?>) r.input("metricQueries").orElse(List.of());
        if (queries.isEmpty()) {
            for (var required : List.of("namespace", "metricName", "period")) {
                r.inputText(required);
            }
        } else if (r.input("metricName").isPresent()
                || queries.stream().filter(q -> Boolean.TRUE.equals(((Map<?, ?>) q).get("returnData"))).count() != 1) {
            throw new IllegalArgumentException("alarm " + name + ": metric math needs no metricName and exactly one query returning data");
        }
        r.id(name).set("arn", r.facts().arn("cloudwatch", "alarm:" + name));
    }
}
