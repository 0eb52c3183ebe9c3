package dev.webstack.offline.aws;

import dev.webstack.offline.MockCatalog;

/** CloudWatch Logs. A log group's id is its name; its ARN has no trailing ":*" in the provider. */
public final class CloudWatchMocks {

    private CloudWatchMocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource("aws:cloudwatch/logGroup:LogGroup", r -> {
            var name = r.autoName("name");
            r.id(name)
                    .set("arn", r.facts().arn("logs", "log-group:" + name))
                    .setIfAbsent("logGroupClass", "STANDARD")
                    .setIfAbsent("skipDestroy", false)
                    .setIfAbsent("retentionInDays", 0L);
        });
        catalog.resource("aws:cloudwatch/logDeliverySource:LogDeliverySource", r -> {
            var name = r.autoName("name");
            r.id(name).set("arn", r.facts().arn("logs", "delivery-source:" + name)).set("service", "cloudfront");
        });
        catalog.resource("aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination", r -> {
            var name = r.autoName("name");
            r.id(name).set("arn", r.facts().arn("logs", "delivery-destination:" + name)).set("deliveryDestinationType", "S3");
        });
        catalog.resource("aws:cloudwatch/logDelivery:LogDelivery", r -> {
            var id = r.hex(16, "delivery");
            r.id(id).set("arn", r.facts().arn("logs", "delivery:" + id));
        });
    }
}
