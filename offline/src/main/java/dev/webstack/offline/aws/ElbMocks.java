package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.offline.catalog.MockResource;
import dev.webstack.plan.aws.AwsTypes;
import java.util.Map;

/** Elastic Load Balancing v2: ALBs, target groups, listeners and rules; ARNs with the suffixes CloudWatch uses. */
public final class ElbMocks {

    /** The account each region's load balancers deliver access logs from (regions before August 2022). */
    private static final Map<String, String> LOG_DELIVERY_ACCOUNTS = Map.of(
            "us-east-1", "127311923021",
            "us-east-2", "033677994240",
            "us-west-2", "797873946194",
            "ap-northeast-1", "582318560864",
            "ap-northeast-2", "600734575887",
            "ap-northeast-3", "383597477331",
            "ap-southeast-1", "114774131450",
            "eu-west-1", "156460612806",
            "eu-central-1", "054676820928");

    /** Route 53 zone ids of ALB DNS names, per region. */
    private static final Map<String, String> ALB_ZONES = Map.of(
            "us-east-1", "Z35SXDOTRQ7X7K",
            "ap-northeast-1", "Z14GRHDCWA56QT",
            "ap-northeast-3", "Z5LXEXXYW11ES");

    private ElbMocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource(AwsTypes.LB_LOAD_BALANCER, r -> {
            var name = checkedName(r, "load balancer");
            var hex = r.hex(16, "lb");
            var suffix = "app/" + name + "/" + hex;
            r.id(r.facts().arn("elasticloadbalancing", "loadbalancer/" + suffix))
                    .set("arn", r.id())
                    .set("arnSuffix", suffix)
                    // An internal load balancer's DNS name starts with "internal-" and resolves to private addresses.
                    .set("dnsName", (Boolean.TRUE.equals(r.input("internal").orElse(false)) ? "internal-" : "") + name + "-"
                            + Long.parseLong(r.hex(8, "dns"), 16) % 10_000_000_000L + "." + r.facts().region() + ".elb.amazonaws.com")
                    .set("zoneId", ALB_ZONES.getOrDefault(r.facts().region(), "Z" + r.hex(13, "zone").toUpperCase()))
                    .setIfAbsent("loadBalancerType", "application")
                    .setIfAbsent("internal", false);
        });
        catalog.resource(AwsTypes.LB_TARGET_GROUP, r -> {
            var name = checkedName(r, "target group");
            var suffix = "targetgroup/" + name + "/" + r.hex(16, "tg");
            r.id(r.facts().arn("elasticloadbalancing", suffix)).set("arn", r.id()).set("arnSuffix", suffix);
        });
        catalog.resource(AwsTypes.LB_LISTENER, r -> {
            var arn = r.inputText("loadBalancerArn").replace(":loadbalancer/", ":listener/") + "/" + r.hex(16, "listener");
            r.id(arn).set("arn", arn);
        });
        catalog.resource(AwsTypes.LB_LISTENER_RULE, r -> {
            var arn = r.inputText("listenerArn").replace(":listener/", ":listener-rule/") + "/" + r.hex(16, "rule");
            r.id(arn).set("arn", arn);
        });
        catalog.invoke("aws:elb/getServiceAccount:getServiceAccount", (args, facts) -> {
            var account = LOG_DELIVERY_ACCOUNTS.get(facts.region());
            if (account == null) {
                throw new IllegalArgumentException("no load balancer log-delivery account is known for " + facts.region()
                        + "; newer regions deliver as logdelivery.elasticloadbalancing.amazonaws.com");
            }
            return Map.of("id", account, "arn", "arn:" + facts.partition() + ":iam::" + account + ":root");
        });
    }

    /** AWS refuses names over 32 characters, or with anything but letters, digits and inner hyphens. */
    private static String checkedName(MockResource r, String kind) {
        var name = r.autoName("name");
        if (name.length() > 32 || !name.matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?")) {
            throw new IllegalArgumentException("AWS refuses the " + kind + " name '" + name + "' (at most 32 letters, digits and inner hyphens)");
        }
        return name;
    }
}
