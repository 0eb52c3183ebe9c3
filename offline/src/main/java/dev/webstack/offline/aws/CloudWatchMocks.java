package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.plan.aws.AwsTypes;

/** CloudWatch Logs. A log group's id is its name; its ARN has no trailing ":*" in the provider. */
public final class CloudWatchMocks {

    private CloudWatchMocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource(AwsTypes.CLOUDWATCH_LOG_GROUP, r -> {
            var name = r.autoName("name");
            r.id(name)
                    .set("arn", r.facts().arn("logs", "log-group:" + name))
                    .setIfAbsent("logGroupClass", "STANDARD")
                    .setIfAbsent("skipDestroy", false)
                    .setIfAbsent("retentionInDays", 0L);
        });
        // PutMetricFilter: a pattern of at most 1024 characters; custom metrics may not use an AWS/ namespace.
        catalog.resource(AwsTypes.CLOUDWATCH_LOG_METRIC_FILTER, r -> {
            var name = r.autoName("name");
            if (r.inputText("pattern").length() > 1024) {
                throw new IllegalArgumentException("metric filter " + name + ": CloudWatch Logs refuses a pattern over 1024 characters");
            }
            var transformation = (java.util.Map<?, ?>) r.input("metricTransformation").orElse(java.util.Map.of());
            var namespace = String.valueOf(transformation.containsKey("namespace") ? transformation.get("namespace") : "");
            if (namespace.isEmpty() || namespace.startsWith("AWS/") || transformation.get("name") == null) {
                throw new IllegalArgumentException("metric filter " + name + ": needs a metric name and a namespace outside AWS/, not '"
                        + namespace + "'");
            }
            r.inputText("logGroupName");
            r.id(name);
        });
        catalog.resource(AwsTypes.CLOUDWATCH_LOG_DELIVERY_SOURCE, r -> {
            var name = r.autoName("name");
            r.id(name).set("arn", r.facts().arn("logs", "delivery-source:" + name)).set("service", "cloudfront");
        });
        catalog.resource(AwsTypes.CLOUDWATCH_LOG_DELIVERY_DESTINATION, r -> {
            var name = r.autoName("name");
            r.id(name).set("arn", r.facts().arn("logs", "delivery-destination:" + name)).set("deliveryDestinationType", "S3");
        });
        catalog.resource(AwsTypes.CLOUDWATCH_LOG_DELIVERY, r -> {
            var id = r.hex(16, "delivery");
            r.id(id).set("arn", r.facts().arn("logs", "delivery:" + id));
        });
    }
}
