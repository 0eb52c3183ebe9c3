package dev.webstack.edge;

import com.pulumi.aws.Provider;
import com.pulumi.aws.acm.Certificate;
import com.pulumi.aws.acm.CertificateArgs;
import com.pulumi.aws.acm.CertificateValidation;
import com.pulumi.aws.acm.CertificateValidationArgs;
import com.pulumi.aws.route53.Record;
import com.pulumi.aws.route53.RecordArgs;
import com.pulumi.aws.route53.Route53Functions;
import com.pulumi.aws.route53.inputs.GetZoneArgs;
import com.pulumi.aws.route53.inputs.RecordAliasArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import java.util.List;

/**
 * A custom domain: the zone looked up by name, certificates validated by DNS (CloudFront's in
 * us-east-1, the origin's in the stack's region), and alias records. A stack adopting another's load balancer
 * has only the viewer certificate and the site's aliases: the origin's are the owner's (ADR 0024).
 */
final class CustomDomain {

    /** The host CloudFront connects to: the origin certificate is issued for it. */
    static final String ORIGIN_HOST_PREFIX = "origin.";

    private final Resource parent;
    private final String name;
    private final String domain;
    private final Output<String> zoneId;

    CustomDomain(Resource parent, String name, String domain, String zone) {
        this.parent = parent;
        this.name = name;
        this.domain = domain;
        this.zoneId = Route53Functions.getZone(GetZoneArgs.builder().name(zone).privateZone(false).build(),
                Children.invoke(parent)).applyValue(z -> z.zoneId());
    }

    String domain() {
        return domain;
    }

    String originHost() {
        return ORIGIN_HOST_PREFIX + domain;
    }

    /** A certificate and the validation that waits for ACM to issue it. */
    record Validated(CertificateValidation validation) {
        Output<String> arn() {
            return validation.certificateArn();
        }
    }

    /** CloudFront only accepts certificates from us-east-1. */
    Validated viewerCertificate(Provider global) {
        return validatedCertificate("cdn", domain, global);
    }

    Validated originCertificate() {
        return validatedCertificate("origin", originHost(), null);
    }

    private Validated validatedCertificate(String role, String host, Provider provider) {
        var certificate = new Certificate(name + "-" + role + "-certificate", CertificateArgs.builder()
                .domainName(host)
                .validationMethod("DNS")
                .build(), Children.of(parent, o -> provider == null ? o : o.provider(provider)));
        var option = certificate.domainValidationOptions().applyValue(options -> options.get(0));
        var record = new Record(name + "-" + role + "-validation", RecordArgs.builder()
                .zoneId(zoneId)
                .name(option.applyValue(o -> o.resourceRecordName().orElseThrow()))
                // ACM's DNS validation is always a CNAME.
                .type("CNAME")
                .records(option.applyValue(o -> List.of(o.resourceRecordValue().orElseThrow())))
                .ttl(60)
                .allowOverwrite(true)
                .build(), Children.of(parent));
        return new Validated(new CertificateValidation(name + "-" + role + "-certificate-validation", CertificateValidationArgs.builder()
                .certificateArn(certificate.arn())
                .validationRecordFqdns(record.fqdn().applyValue(List::of))
                .build(), Children.of(parent, o -> provider == null ? o : o.provider(provider))));
    }

    /** A and AAAA aliases of the domain to CloudFront: every stack with a domain has them, owner or adopter. */
    void siteAliases(Output<String> distributionDomain, Output<String> distributionZone) {
        for (var type : List.of("A", "AAAA")) {
            new Record(name + "-site-" + type.toLowerCase(), RecordArgs.builder()
                    .zoneId(zoneId)
                    .name(domain)
                    .type(type)
                    .aliases(RecordAliasArgs.builder().name(distributionDomain).zoneId(distributionZone).evaluateTargetHealth(false).build())
                    .build(), Children.of(parent));
        }
    }

    /**
     * An A alias of the origin host to the load balancer, by the stack that owns it. The load balancer is internal:
     * the origin host resolves to private addresses, reachable from inside the VPC only; it is the name CloudFront
     * sends and the origin certificate is issued for.
     */
    void originAlias(Output<String> albDnsName, Output<String> albZone) {
        new Record(name + "-origin-a", RecordArgs.builder()
                .zoneId(zoneId)
                .name(originHost())
                .type("A")
                .aliases(RecordAliasArgs.builder().name(albDnsName).zoneId(albZone).evaluateTargetHealth(true).build())
                .build(), Children.of(parent));
    }
}
