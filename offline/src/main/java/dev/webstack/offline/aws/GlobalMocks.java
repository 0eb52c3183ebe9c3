package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.AwsFacts;
import dev.webstack.offline.catalog.MockCatalog;
import java.util.Map;

/** Account- and region-level data sources: where am I, who am I. */
public final class GlobalMocks {

    private GlobalMocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.invoke("aws:index/getAvailabilityZones:getAvailabilityZones", AvailabilityZones::answer);
        catalog.invoke("aws:index/getCallerIdentity:getCallerIdentity", (args, facts) -> Map.of(
                "id", facts.account(),
                "accountId", facts.account(),
                "arn", facts.globalArn("sts", "assumed-role/webstack-offline/offline"),
                "userId", "AROAOFFLINEENGINE00000:offline"));
        catalog.invoke("aws:index/getRegion:getRegion", (args, facts) -> Map.of(
                "id", facts.region(),
                "name", facts.region(),
                "description", description(facts),
                "endpoint", "ec2." + facts.region() + ".amazonaws.com"));
        catalog.invoke("aws:index/getPartition:getPartition", (args, facts) -> Map.of(
                "id", facts.partition(),
                "partition", facts.partition(),
                "dnsSuffix", "amazonaws.com",
                "reverseDnsPrefix", "com.amazonaws"));
    }

    private static String description(AwsFacts facts) {
        return switch (facts.region()) {
            case "ap-northeast-1" -> "Asia Pacific (Tokyo)";
            case "us-east-1" -> "US East (N. Virginia)";
            default -> facts.region();
        };
    }
}
