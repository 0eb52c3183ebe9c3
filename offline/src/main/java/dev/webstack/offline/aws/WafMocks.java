package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.plan.aws.AwsTypes;
import java.util.List;

/** WAF v2: web ACLs (CloudFront scope only in us-east-1), their association with a regional resource, and logging. */
public final class WafMocks {

    private WafMocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource(AwsTypes.WAFV2_WEB_ACL, r -> {
            var name = r.autoName("name");
            var id = CloudFrontMocks.uuid(r.hex(32, "acl"));
            var cloudFront = String.valueOf(r.input("scope").orElse("REGIONAL")).equals("CLOUDFRONT");
            // "you must use the Region US East (N. Virginia) to create your web ACL" for CloudFront:
            // https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html
            if (cloudFront && !r.facts().region().equals("us-east-1")) {
                throw new IllegalArgumentException("WAF refuses web ACL " + r.name() + ": scope CLOUDFRONT is only valid in us-east-1, not "
                        + r.facts().region() + "; create it with the us-east-1 provider");
            }
            var scope = cloudFront ? "global" : "regional";
            r.id(id)
                    .set("arn", r.facts().arn("wafv2", scope + "/webacl/" + name + "/" + id))
                    .set("lockToken", CloudFrontMocks.uuid(r.hex(32, "lock")))
                    .set("applicationIntegrationUrl", "");
        });
        catalog.resource(AwsTypes.WAFV2_WEB_ACL_ASSOCIATION,
                r -> r.id(r.inputText("webAclArn") + "," + r.inputText("resourceArn")));
        catalog.resource(AwsTypes.WAFV2_WEB_ACL_LOGGING_CONFIGURATION, r -> {
            for (var destination : (List<?>) r.input("logDestinationConfigs").orElse(List.of())) {
                if (!String.valueOf(destination).contains(":log-group:aws-waf-logs-")) {
                    throw new IllegalArgumentException("WAF refuses log destination " + destination
                            + ": a CloudWatch log group's name must start with aws-waf-logs-");
                }
                // The log group must be in the web ACL's Region (us-east-1 for CloudFront):
                // https://docs.aws.amazon.com/waf/latest/developerguide/logging-cw-logs.html
                var aclRegion = regionOf(r.inputText("resourceArn"));
                if (!aclRegion.isEmpty() && !aclRegion.equals(regionOf(String.valueOf(destination)))) {
                    throw new IllegalArgumentException("WAF refuses log destination " + destination + ": the log group must be in "
                            + aclRegion + ", the web ACL's Region");
                }
            }
            r.id(r.inputText("resourceArn"));
        });
    }

    /** The Region field of an ARN, or "" when it is not an ARN (an unknown value in a preview). */
    static String regionOf(String arn) {
        var parts = arn.split(":", 5);
        return parts.length == 5 && parts[0].equals("arn") ? parts[3] : "";
    }
}
