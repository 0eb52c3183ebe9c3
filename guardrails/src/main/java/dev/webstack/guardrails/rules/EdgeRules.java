package dev.webstack.guardrails.rules;

import static dev.webstack.guardrails.model.Rule.rule;
import static dev.webstack.plan.aws.AwsTypes.CLOUDFRONT_DISTRIBUTION;
import static dev.webstack.plan.aws.AwsTypes.CLOUDFRONT_RESPONSE_HEADERS_POLICY;
import static dev.webstack.plan.aws.AwsTypes.CLOUDFRONT_VPC_ORIGIN;
import static dev.webstack.plan.aws.AwsTypes.CLOUDWATCH_LOG_DELIVERY;
import static dev.webstack.plan.aws.AwsTypes.CLOUDWATCH_LOG_DELIVERY_SOURCE;
import static dev.webstack.plan.aws.AwsTypes.LB_LISTENER;
import static dev.webstack.plan.aws.AwsTypes.LB_LISTENER_RULE;
import static dev.webstack.plan.aws.AwsTypes.LB_LOAD_BALANCER;
import static dev.webstack.plan.aws.AwsTypes.WAFV2_WEB_ACL;

import dev.webstack.guardrails.model.Graph;
import dev.webstack.guardrails.model.Rule;
import dev.webstack.plan.PlannedResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The entry point: the load balancer, and CloudFront with its WAF in front of it (the WAF's own rules: {@link WafRules}). */
public final class EdgeRules {

    private static final Set<String> SAFE_DESYNC_MODES = Set.of("defensive", "strictest");
    private static final Set<String> HTTPS_VIEWER_POLICIES = Set.of("redirect-to-https", "https-only");
    private static final Set<String> CURRENT_ORIGIN_PROTOCOLS = Set.of("TLSv1.2");

    private EdgeRules() {
    }

    public static List<Rule> all() {
        return List.of(
                rule("elb.drop-invalid-headers", "The load balancer drops invalid HTTP headers")
                        .why("Malformed headers are a request-smuggling vector; the application never sees them.")
                        .mirrors("ELB.4", "CKV_AWS_131")
                        .each(LB_LOAD_BALANCER, (lb, graph, findings) -> {
                            if (isApplication(lb)) {
                                findings.require(Inputs.isTrue(lb, "dropInvalidHeaderFields"), lb, "dropInvalidHeaderFields is not true");
                            }
                        })
                        .build(),
                rule("elb.desync-mitigation", "The load balancer mitigates HTTP desync in defensive or strictest mode")
                        .why("Ambiguous requests that could poison a shared connection are refused or isolated.")
                        .mirrors("ELB.12", "CKV_AWS_328")
                        .each(LB_LOAD_BALANCER, (lb, graph, findings) -> {
                            var mode = lb.input("desyncMitigationMode").map(String::valueOf).orElse("defensive");
                            findings.require(SAFE_DESYNC_MODES.contains(mode), lb, "desyncMitigationMode is " + mode);
                        })
                        .build(),
                rule("elb.access-logs", "The load balancer writes access logs")
                        .why("Every request that reached the origin is on record, with its status and timing.")
                        .mirrors("ELB.5", "CKV_AWS_91")
                        .each(LB_LOAD_BALANCER, Inputs.mustBeTrue("accessLogs.enabled"))
                        .build(),
                rule("elb.deletion-protection", "The load balancer has deletion protection")
                        .why("Deleting it takes the site down and changes its DNS name; it takes two deliberate steps.")
                        .mirrors("ELB.6", "CKV_AWS_150")
                        .each(LB_LOAD_BALANCER, Inputs.mustBeTrue("enableDeletionProtection"))
                        .build(),
                rule("edge.waf", "The CloudFront distribution serves through a web ACL of this stack at CloudFront scope")
                        .why("Managed rules and a rate limit stop common exploits and floods at the edge, where WAF sees the viewer's "
                                + "address, before they reach the application.")
                        .mirrors("CloudFront.6", "CKV_AWS_68")
                        .reads(WAFV2_WEB_ACL)
                        .each(CLOUDFRONT_DISTRIBUTION, (cdn, graph, findings) -> {
                            var acl = graph.resolve(WAFV2_WEB_ACL, Inputs.text(cdn, "webAclId"));
                            findings.require(acl.isPresent(), cdn, "webAclId names no web ACL of this stack");
                            acl.ifPresent(a -> findings.require("CLOUDFRONT".equals(Inputs.text(a, "scope")), cdn,
                                    "its web ACL " + a.name() + " has scope " + Inputs.text(a, "scope")));
                        })
                        .build(),
                rule("edge.origin-lock", "The load balancer behind CloudFront answers only CloudFront's secret header")
                        .why("Behind the VPC origin the header is defence in depth: a request from any other distribution or "
                                + "from inside the VPC gets 403 (ADR 0014).")
                        .reads(CLOUDFRONT_DISTRIBUTION, CLOUDFRONT_VPC_ORIGIN, LB_LISTENER, LB_LISTENER_RULE)
                        .each(LB_LOAD_BALANCER, EdgeRules::originLock)
                        .build(),
                rule("elb.groups-only", "No address range and no prefix list reaches the load balancer")
                        .why("CloudFront comes through its VPC-origin security group; an address range or a managed prefix list "
                                + "(CloudFront's covers every distribution in the world) would open a way around it (ADR 0014).")
                        .reads(Permission.TYPES.toArray(String[]::new))
                        .each(LB_LOAD_BALANCER, (lb, graph, findings) -> {
                            var groups = Inputs.texts(lb, "securityGroups");
                            for (var permission : Permission.all(graph)) {
                                if (permission.ingress() && groups.contains(permission.groupId())
                                        && (!permission.cidrs().isEmpty() || !permission.prefixLists().isEmpty())) {
                                    findings.violation(permission.declaredBy(), "admits " + permission.cidrs() + permission.prefixLists()
                                            + " to the load balancer's group; admit CloudFront's VPC-origin group only");
                                }
                            }
                        })
                        .build(),
                rule("edge.private-origin", "The load balancer is internal, reached by CloudFront through a VPC origin")
                        .why("No public address to find and call directly, none to pay for; CloudFront is the only way in (ADR 0014).")
                        .inProduction()
                        .reads(CLOUDFRONT_VPC_ORIGIN, CLOUDFRONT_DISTRIBUTION)
                        .each(LB_LOAD_BALANCER, (lb, graph, findings) -> {
                            findings.require(Inputs.isTrue(lb, "internal"), lb,
                                    "is internet-facing; make it internal and reach it through a CloudFront VPC origin");
                            var vpcOriginIds = graph.all(CLOUDFRONT_VPC_ORIGIN).stream()
                                    .filter(vo -> graph.pointsAt(vo, "vpcOriginEndpointConfig.arn", lb)).map(PlannedResource::id).toList();
                            var served = graph.all(CLOUDFRONT_DISTRIBUTION).stream().flatMap(d -> Inputs.maps(d, "origins").stream())
                                    .anyMatch(o -> o.get("vpcOriginConfig") instanceof Map<?, ?> vpc
                                            && vpcOriginIds.contains(String.valueOf(vpc.get("vpcOriginId"))));
                            findings.require(served, lb, "no distribution reaches it through a VPC origin of this stack");
                        })
                        .build(),
                rule("cloudfront.no-clear-origin", "No origin is reached over the internet in clear text")
                        .why("Cookies, Authorization headers and form bodies would cross the internet readable between the edge "
                                + "and the region; a VPC origin stays on AWS's network (ADR 0014).")
                        .inProduction()
                        .each(CLOUDFRONT_DISTRIBUTION, (cdn, graph, findings) -> {
                            for (var origin : Inputs.maps(cdn, "origins")) {
                                if (origin.get("vpcOriginConfig") instanceof Map<?, ?>) {
                                    continue;
                                }
                                if (origin.get("customOriginConfig") instanceof Map<?, ?> config) {
                                    var policy = String.valueOf(config.get("originProtocolPolicy"));
                                    findings.require("https-only".equals(policy), cdn, "origin " + origin.get("originId")
                                            + " is a custom origin over the internet with " + policy + "; use a VPC origin or https-only");
                                }
                            }
                        })
                        .build(),
                rule("cloudfront.https-only", "CloudFront serves viewers over HTTPS only")
                        .why("Cookies and pages never travel in clear; HTTP requests are redirected.")
                        .mirrors("CloudFront.3", "CKV_AWS_34")
                        .each(CLOUDFRONT_DISTRIBUTION, (cdn, graph, findings) -> behaviours(cdn).forEach((path, behaviour) -> {
                            var policy = String.valueOf(behaviour.get("viewerProtocolPolicy"));
                            findings.require(HTTPS_VIEWER_POLICIES.contains(policy), cdn, path + " allows " + policy);
                        }))
                        .build(),
                rule("cloudfront.security-headers", "Every CloudFront behaviour adds HSTS and the usual security headers")
                        .why("Browsers keep to HTTPS, refuse to sniff content types and refuse to frame the site.")
                        .mirrors(null, "CKV2_AWS_32")
                        .reads(CLOUDFRONT_RESPONSE_HEADERS_POLICY)
                        .each(CLOUDFRONT_DISTRIBUTION, (cdn, graph, findings) -> behaviours(cdn).forEach((path, behaviour) -> {
                            var policy = graph.resolve(CLOUDFRONT_RESPONSE_HEADERS_POLICY, behaviour.get("responseHeadersPolicyId"));
                            if (policy.isEmpty()) {
                                findings.violation(cdn, path + " has no response headers policy of this stack");
                                return;
                            }
                            for (var header : List.of("strictTransportSecurity", "contentTypeOptions", "frameOptions")) {
                                findings.require(policy.get().input("securityHeadersConfig." + header).isPresent(), cdn,
                                        path + "'s headers policy does not set " + header);
                            }
                        }))
                        .build(),
                rule("cloudfront.origin-tls", "CloudFront talks to custom and VPC origins with TLS 1.2 only")
                        .why("SSLv3, TLS 1.0 and 1.1 are broken; the origin connection must not fall back to them.")
                        .mirrors("CloudFront.10", "CKV2_AWS_54")
                        .reads(CLOUDFRONT_VPC_ORIGIN, LB_LOAD_BALANCER)
                        .each(CLOUDFRONT_DISTRIBUTION, (cdn, graph, findings) -> {
                            for (var origin : Inputs.maps(cdn, "origins")) {
                                if (origin.get("customOriginConfig") instanceof Map<?, ?> config) {
                                    requireCurrentProtocols(config.get("originSslProtocols"), cdn, origin, findings);
                                }
                                // A VPC origin declares its protocols on the VPC origin itself (VpcOriginEndpointConfig).
                                if (origin.get("vpcOriginConfig") instanceof Map<?, ?> vpc) {
                                    var vpcOrigin = graph.resolve(CLOUDFRONT_VPC_ORIGIN, vpc.get("vpcOriginId"));
                                    // An adopted load balancer's VPC origin (webstack:edge.fromStack, ADR 0024) is the owner's: this
                                    // rule checks it in the owner's plan.
                                    findings.require(vpcOrigin.isPresent() || adoptsTheLoadBalancer(graph), cdn, "origin "
                                            + origin.get("originId") + " uses a VPC origin that is not in this stack");
                                    vpcOrigin.ifPresent(vo -> requireCurrentProtocols(
                                            vo.input("vpcOriginEndpointConfig.originSslProtocols.items").orElse(null), cdn, origin, findings));
                                }
                            }
                        })
                        .build(),
                rule("cloudfront.access-logs", "CloudFront logs viewer requests")
                        .why("Requests answered from the cache never reach the load balancer's logs.")
                        .mirrors("CloudFront.5", "CKV_AWS_86")
                        .reads(CLOUDWATCH_LOG_DELIVERY_SOURCE, CLOUDWATCH_LOG_DELIVERY)
                        .each(CLOUDFRONT_DISTRIBUTION, (cdn, graph, findings) -> {
                            var legacy = cdn.input("loggingConfig.bucket").isPresent();
                            var delivered = graph.all(CLOUDWATCH_LOG_DELIVERY_SOURCE).stream()
                                    .filter(source -> graph.pointsAt(source, "resourceArn", cdn))
                                    .anyMatch(source -> !graph.referencing(CLOUDWATCH_LOG_DELIVERY, "deliverySourceName", source).isEmpty());
                            findings.require(legacy || delivered, cdn, "has neither standard logging nor a log delivery");
                        })
                        .build());
    }

    /** A stack without a load balancer of its own uses another stack's, and that stack's VPC origin (ADR 0024). */
    private static boolean adoptsTheLoadBalancer(Graph graph) {
        return graph.all(LB_LOAD_BALANCER).isEmpty();
    }

    private static boolean isApplication(PlannedResource lb) {
        return lb.input("loadBalancerType").map(t -> "application".equals(t)).orElse(true);
    }

    /** Default behaviour and ordered behaviours, by path. */
    private static Map<String, Map<?, ?>> behaviours(PlannedResource cdn) {
        var all = new LinkedHashMap<String, Map<?, ?>>();
        cdn.input("defaultCacheBehavior").ifPresent(b -> all.put("the default behaviour", (Map<?, ?>) b));
        for (var ordered : Inputs.maps(cdn, "orderedCacheBehaviors")) {
            all.put("behaviour " + ordered.get("pathPattern"), ordered);
        }
        return all;
    }

    private static void requireCurrentProtocols(Object declared, PlannedResource cdn, Map<?, ?> origin,
                                                dev.webstack.guardrails.model.Findings findings) {
        var protocols = declared instanceof List<?> l ? l : List.of();
        var outdated = protocols.stream().map(String::valueOf).filter(p -> !CURRENT_ORIGIN_PROTOCOLS.contains(p)).toList();
        findings.require(!protocols.isEmpty() && outdated.isEmpty(), cdn, "origin " + origin.get("originId")
                + " allows " + (protocols.isEmpty() ? "CloudFront's default protocols" : outdated));
    }

    /** Distributions whose origin is this load balancer: by DNS name, by the origin host, or through a VPC origin. */
    private static List<PlannedResource> distributionsInFrontOf(Graph graph, PlannedResource lb) {
        var dns = lb.outputs().get("dnsName");
        var names = new ArrayList<String>();
        if (dns != null) {
            names.add(String.valueOf(dns));
        }
        var vpcOrigins = graph.all(CLOUDFRONT_VPC_ORIGIN).stream()
                .filter(vo -> graph.pointsAt(vo, "vpcOriginEndpointConfig.arn", lb)).map(PlannedResource::id).toList();
        return graph.all(CLOUDFRONT_DISTRIBUTION).stream()
                .filter(d -> Inputs.maps(d, "origins").stream().anyMatch(o -> names.contains(String.valueOf(o.get("domainName")))
                        || String.valueOf(o.get("domainName")).startsWith("origin.")
                        || o.get("vpcOriginConfig") instanceof Map<?, ?> vpc && vpcOrigins.contains(String.valueOf(vpc.get("vpcOriginId")))))
                .toList();
    }

    private static void originLock(PlannedResource lb, Graph graph, dev.webstack.guardrails.model.Findings findings) {
        var fronts = distributionsInFrontOf(graph, lb);
        if (fronts.isEmpty()) {
            return;
        }
        var sentHeaders = new HashSet<String>();
        fronts.forEach(d -> Inputs.maps(d, "origins").forEach(o -> {
            if (o.get("customHeaders") instanceof List<?> headers) {
                headers.forEach(h -> sentHeaders.add(String.valueOf(((Map<?, ?>) h).get("name")).toLowerCase(Locale.ROOT)));
            }
        }));
        for (var listener : graph.referencing(LB_LISTENER, "loadBalancerArn", lb)) {
            var defaults = Inputs.maps(listener, "defaultActions");
            // A refusal or a redirect (port 80 with a domain) reaches no task; only forwards need the header.
            findings.require(defaults.stream().allMatch(a -> Set.of("fixed-response", "redirect").contains(String.valueOf(a.get("type")))), listener,
                    "the default action does not refuse requests that lack CloudFront's secret header");
            for (var forwarding : graph.referencing(LB_LISTENER_RULE, "listenerArn", listener)) {
                var header = headerCondition(forwarding);
                findings.require(header.isPresent() && sentHeaders.contains(header.get().toLowerCase(Locale.ROOT)), forwarding,
                        header.isEmpty() ? "forwards without requiring CloudFront's secret header"
                                : "requires header " + header.get() + ", which CloudFront does not send");
            }
        }
    }

    private static Optional<String> headerCondition(PlannedResource listenerRule) {
        return Inputs.maps(listenerRule, "conditions").stream()
                .map(c -> c.get("httpHeader"))
                .filter(Map.class::isInstance)
                .map(h -> String.valueOf(((Map<?, ?>) h).get("httpHeaderName")))
                .findFirst();
    }
}
