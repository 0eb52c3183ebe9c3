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

    /**
     * Zone names and ids in the order AWS lists them. Names map to physical zones per account in the
     * older regions ("AZ IDs", AWS Regions and Availability Zones); the offline account is an older
     * Tokyo account that still lists ap-northeast-1b, the constrained apne1-az3, so the zone choice is
     * tested against it. Unknown regions get a, b and c.
     */
    private static final Map<String, List<Map.Entry<String, String>>> ZONES = Map.of(
            "ap-northeast-1", List.of(Map.entry("a", "apne1-az4"), Map.entry("b", "apne1-az3"), Map.entry("c", "apne1-az1"),
                    Map.entry("d", "apne1-az2")),
            "ap-northeast-3", List.of(Map.entry("a", "apne3-az3"), Map.entry("b", "apne3-az1"), Map.entry("c", "apne3-az2")),
            "us-east-1", List.of(Map.entry("a", "use1-az6"), Map.entry("b", "use1-az1"), Map.entry("c", "use1-az2"),
                    Map.entry("d", "use1-az4"), Map.entry("e", "use1-az3"), Map.entry("f", "use1-az5")),
            "us-west-1", List.of(Map.entry("a", "usw1-az3"), Map.entry("c", "usw1-az1")));

    public static AwsFacts offline(String region) {
        return new AwsFacts(OFFLINE_ACCOUNT, region, region.startsWith("cn-") ? "aws-cn" : "aws");
    }

    /** The same account seen from another region (a resource behind the us-east-1 provider). */
    public AwsFacts inRegion(String otherRegion) {
        return otherRegion == null || otherRegion.equals(region) ? this : new AwsFacts(account, otherRegion, partition);
    }

    /** Zone names in the order AWS lists them. */
    public List<String> availabilityZones() {
        return zones().stream().map(zone -> region + zone.getKey()).toList();
    }

    /** Zone ids, in the order of {@link #availabilityZones()}. */
    public List<String> availabilityZoneIds() {
        return zones().stream().map(Map.Entry::getValue).toList();
    }

    private List<Map.Entry<String, String>> zones() {
        var prefix = region.replace("-", "");
        return ZONES.getOrDefault(region, List.of(Map.entry("a", prefix + "-az1"), Map.entry("b", prefix + "-az2"),
                Map.entry("c", prefix + "-az3")));
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
