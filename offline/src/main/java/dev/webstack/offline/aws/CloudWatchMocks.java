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
