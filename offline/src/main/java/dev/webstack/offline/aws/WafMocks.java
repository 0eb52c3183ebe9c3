package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.plan.aws.AwsTypes;
import java.util.List;

/** WAF v2: web ACLs, their association with a load balancer, and logging. */
public final class WafMocks {

    private WafMocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource(AwsTypes.WAFV2_WEB_ACL, r -> {
            var name = r.autoName("name");
            var id = CloudFrontMocks.uuid(r.hex(32, "acl"));
            var scope = String.valueOf(r.input("scope").orElse("REGIONAL")).equals("CLOUDFRONT") ? "global" : "regional";
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
            }
            r.id(r.inputText("resourceArn"));
        });
    }
}
