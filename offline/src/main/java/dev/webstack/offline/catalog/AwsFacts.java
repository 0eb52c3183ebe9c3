package dev.webstack.offline.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The account and region the offline engine pretends to deploy into. The account is AWS's
 * documentation account; the availability zones are the region's real ones where known.
 *
 * @param account              the 12-digit account id
 * @param region               the region name
 * @param partition            the ARN partition
 * @param zonesNotAvailable    zones in another state than {@code available} (an AZ event), still listed
 */
public record AwsFacts(String account, String region, String partition, Set<String> zonesNotAvailable) {

    public AwsFacts {
        zonesNotAvailable = Set.copyOf(zonesNotAvailable);
    }

    public AwsFacts(String account, String region, String partition) {
        this(account, region, partition, Set.of());
    }

    /** The same account during an AZ event: these zones report a state other than {@code available}. */
    public AwsFacts withZonesNotAvailable(Collection<String> zones) {
        return new AwsFacts(account, region, partition, Set.copyOf(zones));
    }

    public static final String OFFLINE_ACCOUNT = "123456789012";

    private static final Map<String, List<String>> ZONE_SUFFIXES = Map.of(
            "ap-northeast-1", List.of("a", "c", "d"),
            "ap-northeast-3", List.of("a", "b", "c"),
            "us-east-1", List.of("a", "b", "c", "d", "e", "f"),
            "us-west-1", List.of("a", "c"));

    private static final Map<String, String> ZONE_ID_PREFIXES = Map.of(
            "ap-northeast-1", "apne1",
            "ap-northeast-3", "apne3",
            "us-east-1", "use1",
            "us-west-1", "usw1");

    public static AwsFacts offline(String region) {
        return new AwsFacts(OFFLINE_ACCOUNT, region, region.startsWith("cn-") ? "aws-cn" : "aws");
    }

    /** The same account seen from another region (a resource behind the us-east-1 provider). */
    public AwsFacts inRegion(String otherRegion) {
        return otherRegion == null || otherRegion.equals(region) ? this : new AwsFacts(account, otherRegion, partition);
    }

    /** Zone names in the order AWS lists them. Unknown regions get a, b and c. */
    public List<String> availabilityZones() {
        return ZONE_SUFFIXES.getOrDefault(region, List.of("a", "b", "c")).stream().map(s -> region + s).toList();
    }

    public List<String> availabilityZoneIds() {
        var prefix = ZONE_ID_PREFIXES.getOrDefault(region, region.replace("-", ""));
        var zones = availabilityZones();
        return java.util.stream.IntStream.range(0, zones.size()).mapToObj(i -> prefix + "-az" + (i + 1)).toList();
    }

    /** A regional ARN: {@code arn:aws:<service>:<region>:<account>:<resource>}. */
    public String arn(String service, String resource) {
        return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
    }

    /** A global ARN without region (IAM, CloudFront, Route 53). */
    public String globalArn(String service, String resource) {
        return "arn:" + partition + ":" + service + "::" + account + ":" + resource;
    }

    /** An ARN without account or region (S3 buckets). */
    public String bareArn(String service, String resource) {
        return "arn:" + partition + ":" + service + ":::" + resource;
    }
}
