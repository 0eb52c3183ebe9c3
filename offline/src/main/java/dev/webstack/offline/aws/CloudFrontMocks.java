package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.plan.aws.AwsTypes;
import java.util.List;
import java.util.Map;

/** CloudFront: distributions, response-headers policies, and the managed policies looked up by name. */
public final class CloudFrontMocks {

    /** AWS-managed policies: their ids are the same in every account. */
    private static final Map<String, String> MANAGED_CACHE_POLICIES = Map.of(
            "Managed-CachingDisabled", "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
            "Managed-CachingOptimized", "658327ea-f89d-4fab-a63d-7e88639e58f6");
    private static final Map<String, String> MANAGED_ORIGIN_REQUEST_POLICIES = Map.of(
            "Managed-AllViewerExceptHostHeader", "b689b0a8-53d0-40ab-baf2-68738e2966ac",
            "Managed-AllViewer", "216adef6-5c7f-47e4-b989-5492eafa07d3");

    /** The Route 53 zone every CloudFront domain name is in. */
    public static final String CLOUDFRONT_ZONE = "Z2FDTNDATAQYW2";

    private CloudFrontMocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource(AwsTypes.CLOUDFRONT_DISTRIBUTION, r -> {
            var id = "E" + r.hex(13, "distribution").toUpperCase();
            r.id(id)
                    .set("arn", r.facts().globalArn("cloudfront", "distribution/" + id))
                    .set("domainName", "d" + r.hex(13, "domain") + ".cloudfront.net")
                    .set("hostedZoneId", CLOUDFRONT_ZONE)
                    .set("status", "Deployed")
                    .set("etag", "E" + r.hex(13, "etag").toUpperCase())
                    .set("callerReference", "offline-" + r.hex(8, "caller"));
        });
        catalog.resource(AwsTypes.CLOUDFRONT_RESPONSE_HEADERS_POLICY, r -> r
                .id(uuid(r.hex(32, "policy")))
                .set("etag", "E" + r.hex(13, "etag").toUpperCase()));
        // A VPC origin's id is "vo_" and 22 letters and digits; its ARN is global (no region). The status is
        // "Deployed" once the provider's create has waited for it (up to 15 minutes). API reference, VpcOrigin:
        // https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_VpcOrigin.html
        catalog.resource(AwsTypes.CLOUDFRONT_VPC_ORIGIN, r -> {
            var config = r.input("vpcOriginEndpointConfig").filter(Map.class::isInstance).map(Map.class::cast)
                    .orElseThrow(() -> new IllegalArgumentException("VPC origin " + r.name() + ": vpcOriginEndpointConfig is required"));
            for (var key : List.of("arn", "name", "httpPort", "httpsPort", "originProtocolPolicy", "originSslProtocols")) {
                if (!config.containsKey(key)) {
                    throw new IllegalArgumentException("VPC origin " + r.name() + ": vpcOriginEndpointConfig." + key + " is required");
                }
            }
            var id = "vo_" + base62(r.hex(32, "vpc-origin"), 22);
            r.id(id)
                    .set("arn", r.facts().globalArn("cloudfront", "vpcorigin/" + id))
                    .set("etag", "E" + r.hex(13, "etag").toUpperCase());
        });
        catalog.invoke("aws:cloudfront/getCachePolicy:getCachePolicy",
                (args, facts) -> managed(MANAGED_CACHE_POLICIES, "cache", args));
        catalog.invoke("aws:cloudfront/getOriginRequestPolicy:getOriginRequestPolicy",
                (args, facts) -> managed(MANAGED_ORIGIN_REQUEST_POLICIES, "origin request", args));
    }

    private static Map<String, Object> managed(Map<String, String> policies, String kind, Map<String, Object> args) {
        var name = String.valueOf(args.get("name"));
        var id = policies.get(name);
        if (id == null) {
            throw new IllegalArgumentException("no managed CloudFront " + kind + " policy is named '" + name + "'; known: " + policies.keySet());
        }
        return Map.of("id", id, "name", name, "etag", "E" + id.substring(0, 12).toUpperCase(), "comment", "AWS managed");
    }

    /** Letters and digits from 32 hex digits (128 bits fit in 22 base-62 digits), as CloudFront's newer ids use. */
    static String base62(String hex, int length) {
        var alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        var value = new java.math.BigInteger(hex, 16);
        var out = new StringBuilder();
        for (var i = 0; i < length; i++) {
            var parts = value.divideAndRemainder(java.math.BigInteger.valueOf(62));
            out.append(alphabet.charAt(parts[1].intValue()));
            value = parts[0];
        }
        return out.toString();
    }

    static String uuid(String hex) {
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }
}
