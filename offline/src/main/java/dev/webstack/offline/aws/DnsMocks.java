package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.plan.aws.AwsTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ACM certificates validated by DNS, and the Route 53 zone and records that validate and serve them. */
public final class DnsMocks {

    private DnsMocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource(AwsTypes.ACM_CERTIFICATE, r -> {
            var domains = new ArrayList<String>();
            domains.add(r.inputText("domainName"));
            ((List<?>) r.input("subjectAlternativeNames").orElse(List.of())).forEach(d -> domains.add(String.valueOf(d)));
            var options = domains.stream().map(domain -> Map.<String, Object>of(
                    "domainName", domain,
                    "resourceRecordName", "_" + r.hex(32, "name-" + domain) + "." + domain + ".",
                    "resourceRecordType", "CNAME",
                    "resourceRecordValue", "_" + r.hex(32, "value-" + domain) + "." + r.hex(10, "zone") + ".acm-validations.aws."))
                    .toList();
            r.id(r.facts().arn("acm", "certificate/" + CloudFrontMocks.uuid(r.hex(32, "certificate"))))
                    .set("arn", r.id())
                    .set("domainValidationOptions", options)
                    .set("status", "ISSUED")
                    .set("type", "AMAZON_ISSUED");
        });
        catalog.resource(AwsTypes.ACM_CERTIFICATE_VALIDATION, r -> r.id(r.inputText("certificateArn")));
        catalog.resource(AwsTypes.ROUTE53_RECORD, r -> {
            var name = r.inputText("name").replaceAll("\\.$", "");
            r.id(r.inputText("zoneId") + "_" + name + "_" + r.inputText("type")).set("fqdn", name);
        });
        // CreateHealthCheck: a standard (30 s) or fast (10 s) interval, 1 to 10 failures, an address or a name to probe.
        catalog.resource(AwsTypes.ROUTE53_HEALTH_CHECK, r -> {
            var interval = ((Number) r.input("requestInterval").orElse(30L)).longValue();
            var failures = ((Number) r.input("failureThreshold").orElse(3L)).longValue();
            if (interval != 10 && interval != 30 || failures < 1 || failures > 10) {
                throw new IllegalArgumentException("health check " + r.name() + ": Route 53 accepts intervals 10 or 30 and 1-10 failures");
            }
            if (r.input("fqdn").isEmpty() && r.input("ipAddress").isEmpty() && r.input("type").filter("HTTPS"::equals).isPresent()) {
                throw new IllegalArgumentException("health check " + r.name() + ": an HTTPS check needs a domain name or an address");
            }
            var id = CloudFrontMocks.uuid(r.hex(32, "health-check"));
            r.id(id).set("arn", "arn:" + r.facts().partition() + ":route53:::healthcheck/" + id);
        });
        catalog.invoke("aws:route53/getZone:getZone", (args, facts) -> {
            var name = String.valueOf(args.get("name")).replaceAll("\\.$", "");
            var id = "Z" + dev.webstack.offline.catalog.MockResource.hexOf(13, facts.account() + "|" + name).toUpperCase();
            return Map.of("id", id, "zoneId", id, "name", name, "privateZone", false,
                    "arn", "arn:" + facts.partition() + ":route53:::hostedzone/" + id,
                    "nameServers", List.of("ns-1.awsdns-01.org", "ns-2.awsdns-02.co.uk"), "resourceRecordSetCount", 4L);
        });
    }
}
