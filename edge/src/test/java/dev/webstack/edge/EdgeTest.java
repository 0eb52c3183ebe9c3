package dev.webstack.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.webstack.kit.Safekeeping;
import dev.webstack.kit.StackProvider;
import dev.webstack.kit.naming.Naming;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.Environment;
import dev.webstack.testkit.ComponentHarness;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GIVEN an environment's edge settings, WHEN planned, THEN CloudFront reaches an internal load balancer through a
 * VPC origin only, and the two are locked together by the header.
 */
class EdgeTest {

    static final List<String> ISOLATED_SUBNETS = List.of("subnet-0isolated00000001", "subnet-0isolated00000002");
    static final String ALB_SG = "sg-0alb00000000000001";
    static final String VPC = "vpc-0main000000000001";
    /** Plain here so that equality between what CloudFront sends and what the rule requires is visible. */
    static final String ORIGIN_VALUE = "0123456789abcdef0123456789abcdef-origin";

    static final String LB = "aws:lb/loadBalancer:LoadBalancer";
    static final String TG = "aws:lb/targetGroup:TargetGroup";
    static final String LISTENER = "aws:lb/listener:Listener";
    static final String RULE = "aws:lb/listenerRule:ListenerRule";
    static final String CDN = "aws:cloudfront/distribution:Distribution";
    static final String VPC_ORIGIN = "aws:cloudfront/vpcOrigin:VpcOrigin";
    static final String INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";

    private static final Map<Environment, Plan> PLANS = new EnumMap<>(Environment.class);
    private static Plan withDomain;

    static Plan plan(Environment environment, Naming naming, String... settings) {
        return ComponentHarness.run(environment, (context, options) -> {
            var edgeSettings = ComponentHarness.settings(environment, settings).edge();
            var args = EdgeArgs.builder()
                    .naming(naming)
                    .settings(edgeSettings)
                    .safekeeping(Safekeeping.forEnvironment(environment))
                    .vpcId(Output.of(VPC))
                    .isolatedSubnetIds(Output.of(ISOLATED_SUBNETS))
                    .albSecurityGroupId(Output.of(ALB_SG))
                    .appPort(3000)
                    .healthCheckPath("/api/health");
            if (edgeSettings.originLock()) {
                args.originSecret(Output.of(ORIGIN_VALUE));
            }
            if (edgeSettings.needsGlobalRegion()) {
                args.globalProvider(StackProvider.global(ComponentHarness.identity(environment)));
            }
            new Edge("edge", args.build(), options).contract().exportTo(context);
        });
    }

    static Plan plan(Environment environment, String... settings) {
        return plan(environment, ComponentHarness.naming(environment), settings);
    }

    @BeforeAll
    static void planOnce() {
        for (var environment : Environment.values()) {
            PLANS.put(environment, plan(environment));
        }
        withDomain = plan(Environment.PRODUCTION, "webstack:edge.domain: app.example.com", "webstack:edge.hostedZone: example.com");
    }

    private static PlannedResource only(Plan plan, String type) {
        var all = plan.ofType(type);
        assertEquals(1, all.size(), type + ": " + all);
        return all.get(0);
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theLoadBalancerIsHardenedAndLogsToItsBucket(Environment environment) {
        var plan = PLANS.get(environment);
        var alb = only(plan, LB);
        assertEquals(ISOLATED_SUBNETS, alb.inputList("subnets"));
        assertEquals(List.of(ALB_SG), alb.inputList("securityGroups"));
        assertEquals(true, alb.input("internal").orElseThrow(), "no public addresses: CloudFront comes through the VPC origin");
        assertEquals(60L, alb.input("idleTimeout").orElseThrow());
        assertTrue(alb.options().deleteBeforeReplace(), "a fixed name, and a target group that can belong to one load balancer only");
        assertEquals(true, alb.input("dropInvalidHeaderFields").orElseThrow());
        assertEquals(true, alb.input("enableHttp2").orElseThrow());
        assertEquals("defensive", alb.inputText("desyncMitigationMode"));
        assertEquals(environment.isProduction(), alb.input("enableDeletionProtection").orElseThrow());
        var logs = plan.named("aws:s3/bucketV2:BucketV2", "edge-logs-bucket");
        assertEquals(Map.of("bucket", logs.id(), "prefix", "alb", "enabled", true), alb.input("accessLogs").orElseThrow());
        assertTrue(alb.dependsOn(plan.named("aws:s3/bucketPolicy:BucketPolicy", "edge-logs-policy")),
                "the load balancer checks its log permissions when it is created");
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theLogsBucketLetsOnlyTheLogDeliveryServicesWriteAndExpires(Environment environment) {
        var plan = PLANS.get(environment);
        var arn = plan.named("aws:s3/bucketV2:BucketV2", "edge-logs-bucket").outputText("arn");
        var statements = ((List<?>) Json.parseObject(plan.named("aws:s3/bucketPolicy:BucketPolicy", "edge-logs-policy")
                .inputText("policy")).get("Statement")).stream().map(s -> (Map<?, ?>) s)
                .collect(Collectors.toMap(s -> String.valueOf(s.get("Sid")), s -> s));
        assertEquals("Deny", statements.get("DenyUnencryptedTransport").get("Effect"));
        var regionAccount = statements.get("LoadBalancerLogsFromRegionAccount");
        assertEquals(Map.of("AWS", List.of("arn:aws:iam::582318560864:root")), regionAccount.get("Principal"));
        assertEquals(List.of(arn + "/alb/AWSLogs/123456789012/*"), regionAccount.get("Resource"));
        assertEquals(List.of("s3:PutObject"), regionAccount.get("Action"));
        var service = statements.get("LoadBalancerLogsFromDeliveryService");
        assertEquals(Map.of("StringEquals", Map.of("aws:SourceAccount", List.of("123456789012"))), service.get("Condition"));
        assertEquals(environment.isProduction(), statements.containsKey("CloudFrontLogsFromLogDelivery"));
        var lifecycle = plan.named("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", "edge-logs-lifecycle");
        assertEquals(environment.isProduction() ? 90L : 30L, lifecycle.input("rules[0].expiration.days").orElseThrow());
        assertEquals(true, plan.named("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "edge-logs-public-access-block")
                .input("restrictPublicBuckets").orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theTargetGroupProbesTheHealthPathOfIpTargets(Environment environment) {
        var tg = only(PLANS.get(environment), TG);
        assertEquals("ip", tg.inputText("targetType"));
        assertEquals("HTTP", tg.inputText("protocol"));
        assertEquals(3000L, tg.input("port").orElseThrow());
        assertEquals(VPC, tg.inputText("vpcId"));
        assertEquals(30L, tg.input("deregistrationDelay").orElseThrow());
        assertEquals("/api/health", tg.input("healthCheck.path").orElseThrow());
        assertEquals("200", tg.input("healthCheck.matcher").orElseThrow());
        assertEquals(2L, tg.input("healthCheck.healthyThreshold").orElseThrow());
        assertEquals(3L, tg.input("healthCheck.unhealthyThreshold").orElseThrow());
        assertEquals("traffic-port", tg.input("healthCheck.port").orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void onlyRequestsCarryingCloudFrontsHeaderReachTheTasks(Environment environment) {
        var plan = PLANS.get(environment);
        var listener = only(plan, LISTENER);
        assertEquals(80L, listener.input("port").orElseThrow());
        assertEquals(only(plan, LB).id(), listener.inputText("loadBalancerArn"));
        assertEquals(Map.of("type", "fixed-response", "fixedResponse", Map.of("contentType", "text/plain",
                "messageBody", "Forbidden", "statusCode", "403")), listener.input("defaultActions[0]").orElseThrow());

        var rule = only(plan, RULE);
        assertEquals(listener.id(), rule.inputText("listenerArn"));
        assertEquals(1L, rule.input("priority").orElseThrow());
        assertEquals(Map.of("type", "forward", "targetGroupArn", only(plan, TG).id()), rule.input("actions[0]").orElseThrow());

        var origin = only(plan, CDN).input("origins[0]").map(o -> (Map<?, ?>) o).orElseThrow();
        var sent = (Map<?, ?>) ((List<?>) origin.get("customHeaders")).get(0);
        assertEquals(rule.input("conditions[0].httpHeader.httpHeaderName").orElseThrow(), sent.get("name"));
        assertEquals(rule.input("conditions[0].httpHeader.values").orElseThrow(), List.of(sent.get("value")));
        assertEquals(ORIGIN_VALUE, sent.get("value"));
        assertEquals(only(plan, LB).outputText("dnsName"), origin.get("domainName"));
        assertTrue(origin.get("domainName").toString().startsWith("internal-"), origin.toString());
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void cloudFrontReachesTheInternalLoadBalancerThroughAVpcOriginOnly(Environment environment) {
        var plan = PLANS.get(environment);
        var vpcOrigin = only(plan, VPC_ORIGIN);
        assertEquals(only(plan, LB).id(), vpcOrigin.input("vpcOriginEndpointConfig.arn").orElseThrow());
        assertEquals("http-only", vpcOrigin.input("vpcOriginEndpointConfig.originProtocolPolicy").orElseThrow(),
                "no domain, no certificate: plain HTTP, but on AWS's network, never the internet");
        assertTrue(vpcOrigin.id().matches("vo_[0-9A-Za-z]{22}"), vpcOrigin.id());
        assertEquals(List.of("vpcOriginEndpointConfig"), vpcOrigin.options().replaceOnChanges(),
                "CloudFront refuses to update a VPC origin a distribution uses: a new load balancer gets a new one");

        var origin = only(plan, CDN).input("origins[0]").map(o -> (Map<?, ?>) o).orElseThrow();
        assertEquals(Map.of("vpcOriginId", vpcOrigin.id(), "originReadTimeout", 60L, "originKeepaliveTimeout", 5L),
                origin.get("vpcOriginConfig"));
        assertFalse(origin.containsKey("customOriginConfig"), "nothing reaches the load balancer over the internet");
    }

    @Test
    void aReplacementVpcOriginNeverReusesTheNameOfTheOneItReplaces() {
        // GIVEN staging without and with a domain (the VPC origin's protocol changes, so it is replaced, created first)
        var without = only(PLANS.get(Environment.STAGING), VPC_ORIGIN).inputText("vpcOriginEndpointConfig.name");
        var with = only(plan(Environment.STAGING, "webstack:edge.domain: staging.example.com", "webstack:edge.hostedZone: example.com"),
                VPC_ORIGIN).inputText("vpcOriginEndpointConfig.name");
        // THEN the names differ, and both stay the stack's own
        assertNotEquals(without, with);
        assertTrue(without.startsWith("webstack-staging-alb-") && with.startsWith("webstack-staging-alb-"), without + " " + with);
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theLoadBalancersGroupAdmitsCloudFrontsVpcOriginGroupOnTheOriginPortAndNothingElse(Environment environment) {
        var plan = PLANS.get(environment);
        var rule = only(plan, INGRESS);
        assertEquals("edge-alb-from-cloudfront", rule.name());
        assertEquals(ALB_SG, rule.inputText("securityGroupId"));
        assertEquals(80L, rule.input("fromPort").orElseThrow());
        assertEquals(80L, rule.input("toPort").orElseThrow());
        assertTrue(rule.inputText("referencedSecurityGroupId").matches("sg-[0-9a-f]{17}"), rule.toString());
        assertTrue(rule.input("prefixListId").isEmpty() && rule.input("cidrIpv4").isEmpty() && rule.input("cidrIpv6").isEmpty());
        assertTrue(only(plan, CDN).dependsOn(rule), "CloudFront's connections would time out before the rule exists");
        assertTrue(only(plan, CDN).dependsOn(only(plan, LISTENER)));
    }

    @Test
    void theOriginTimeoutsAreTheStackFiles() {
        var plan = plan(Environment.STAGING, "webstack:edge.originReadTimeoutSeconds: 120",
                "webstack:edge.originKeepaliveTimeoutSeconds: 30", "webstack:edge.loadBalancerIdleTimeoutSeconds: 300");
        assertEquals(120L, only(plan, CDN).input("origins[0].vpcOriginConfig.originReadTimeout").orElseThrow());
        assertEquals(30L, only(plan, CDN).input("origins[0].vpcOriginConfig.originKeepaliveTimeout").orElseThrow());
        assertEquals(300L, only(plan, LB).input("idleTimeout").orElseThrow());
    }

    @Test
    void port80IsTheSameLogicalListenerWithAndWithoutADomain() {
        // GIVEN staging without a domain and with one WHEN both are planned THEN port 80 keeps its URN, and the name
        // port 80 had with a domain before ADR 0014 is its alias: turning the domain on or off updates it in place.
        var without = PLANS.get(Environment.STAGING);
        var with = plan(Environment.STAGING, "webstack:edge.domain: staging.example.com", "webstack:edge.hostedZone: example.com");
        var port80Without = without.ofType(LISTENER).stream().filter(l -> l.input("port").orElseThrow().equals(80L)).toList();
        var port80With = with.ofType(LISTENER).stream().filter(l -> l.input("port").orElseThrow().equals(80L)).toList();

        assertEquals(1, port80Without.size());
        assertEquals(1, port80With.size());
        assertEquals(port80Without.get(0).urn(), port80With.get(0).urn());
        assertTrue(port80With.get(0).urn().endsWith("::edge-http"), port80With.get(0).urn());
        var formerName = port80With.get(0).urn().replace("::edge-http", "::edge-http-redirect");
        assertTrue(port80With.get(0).options().aliases().contains(formerName), port80With.get(0).options().aliases().toString());
        assertTrue(port80Without.get(0).options().aliases().contains(formerName), port80Without.get(0).options().aliases().toString());
        assertEquals("redirect", port80With.get(0).input("defaultActions[0].type").orElseThrow());
        assertEquals(List.of(443L), with.ofType(LISTENER).stream().map(l -> l.input("port").orElseThrow())
                .filter(p -> !p.equals(80L)).toList(), "one listener per port");
    }

    @Test
    void withTheLockOffTheListenerForwardsEverythingAndNoHeaderIsSent() {
        var open = plan(Environment.STAGING, "webstack:edge.originLock: false");
        assertEquals(List.of(), open.ofType(RULE));
        assertEquals(Map.of("type", "forward", "targetGroupArn", only(open, TG).id()),
                only(open, LISTENER).input("defaultActions[0]").orElseThrow());
        assertTrue(only(open, CDN).input("origins[0].customHeaders").map(h -> ((List<?>) h).isEmpty()).orElse(true));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void cloudFrontPassesTheApiThroughAndCachesStaticPaths(Environment environment) {
        var cdn = only(PLANS.get(environment), CDN);
        assertEquals("http2and3", cdn.inputText("httpVersion"));
        assertEquals(true, cdn.input("isIpv6Enabled").orElseThrow());
        assertEquals("PriceClass_200", cdn.inputText("priceClass"));
        var headersPolicy = PLANS.get(environment).named("aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy", "edge-security-headers");

        var api = cdn.input("defaultCacheBehavior").map(b -> (Map<?, ?>) b).orElseThrow();
        assertEquals("redirect-to-https", api.get("viewerProtocolPolicy"));
        assertEquals(List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"), api.get("allowedMethods"));
        assertEquals("4135ea2d-6df8-44a3-9df3-4b5a84be39ad", api.get("cachePolicyId"), "Managed-CachingDisabled");
        assertEquals("b689b0a8-53d0-40ab-baf2-68738e2966ac", api.get("originRequestPolicyId"), "Managed-AllViewerExceptHostHeader");
        assertEquals(headersPolicy.id(), api.get("responseHeadersPolicyId"));

        var assets = cdn.inputList("orderedCacheBehaviors").stream().map(b -> (Map<?, ?>) b).toList();
        assertEquals(List.of("/assets/*", "/static/*"), assets.stream().map(b -> b.get("pathPattern")).toList());
        for (var behaviour : assets) {
            assertEquals("658327ea-f89d-4fab-a63d-7e88639e58f6", behaviour.get("cachePolicyId"), "Managed-CachingOptimized");
            assertEquals(true, behaviour.get("compress"));
            assertEquals("redirect-to-https", behaviour.get("viewerProtocolPolicy"));
            assertEquals(headersPolicy.id(), behaviour.get("responseHeadersPolicyId"));
        }
        assertEquals(Map.of("cloudfrontDefaultCertificate", true), cdn.input("viewerCertificate").orElseThrow());
    }

    @Test
    void responsesCarryHstsAndTheUsualSecurityHeaders() {
        var config = PLANS.get(Environment.STAGING).named("aws:cloudfront/responseHeadersPolicy:ResponseHeadersPolicy",
                "edge-security-headers").input("securityHeadersConfig").map(c -> (Map<?, ?>) c).orElseThrow();
        var hsts = (Map<?, ?>) config.get("strictTransportSecurity");
        assertTrue(((Number) hsts.get("accessControlMaxAgeSec")).longValue() >= 31_536_000L);
        assertEquals(true, hsts.get("includeSubdomains"));
        assertEquals("DENY", ((Map<?, ?>) config.get("frameOptions")).get("frameOption"));
        assertEquals("strict-origin-when-cross-origin", ((Map<?, ?>) config.get("referrerPolicy")).get("referrerPolicy"));
        assertEquals(Map.of("override", true), config.get("contentTypeOptions"));
        for (var header : List.of("strictTransportSecurity", "frameOptions", "referrerPolicy", "xssProtection")) {
            assertEquals(true, ((Map<?, ?>) config.get(header)).get("override"), header);
        }
    }

    @Test
    void productionPutsManagedRulesAndARateLimitPerViewerOnTheDistribution() {
        // GIVEN production's defaults (edge.waf on) WHEN the edge is planned
        var plan = PLANS.get(Environment.PRODUCTION);
        var acl = only(plan, "aws:wafv2/webAcl:WebAcl");
        // THEN one CloudFront-scope ACL in us-east-1, referenced by the distribution by its ARN
        assertEquals("CLOUDFRONT", acl.inputText("scope"));
        assertTrue(acl.outputText("arn").matches("arn:aws:wafv2:us-east-1:[0-9]{12}:global/webacl/webstack-production-web-acl/.+"),
                acl.outputText("arn"));
        assertEquals(acl.outputText("arn"), only(plan, CDN).inputText("webAclId"));
        assertTrue(acl.input("defaultAction.allow").isPresent());
        var rules = acl.inputList("rules").stream().map(r -> (Map<?, ?>) r).toList();
        assertEquals(List.of("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesSQLiRuleSet",
                "AWSManagedRulesAmazonIpReputationList", "rate-limit-per-viewer"), rules.stream().map(r -> r.get("name")).toList());
        assertEquals(List.of(10L, 20L, 30L, 40L, 50L), rules.stream().map(r -> r.get("priority")).toList());
        for (var rule : rules.subList(0, 4)) {
            var statement = (Map<?, ?>) ((Map<?, ?>) rule.get("statement")).get("managedRuleGroupStatement");
            assertEquals("AWS", statement.get("vendorName"));
            assertEquals(rule.get("name"), statement.get("name"));
            assertEquals(true, ((Map<?, ?>) rule.get("visibilityConfig")).get("cloudwatchMetricsEnabled"));
        }
        // Only the body-size rule of the common set counts instead of blocking (document uploads).
        assertEquals(List.of(Map.of("name", "SizeRestrictions_BODY", "actionToUse", Map.of("count", Map.of()))),
                acl.inputList("rules[0].statement.managedRuleGroupStatement.ruleActionOverrides"));
        assertTrue(acl.input("rules[2].statement.managedRuleGroupStatement.ruleActionOverrides").isEmpty());
        var rate = (Map<?, ?>) ((Map<?, ?>) rules.get(4).get("statement")).get("rateBasedStatement");
        assertEquals(2000L, rate.get("limit"));
        assertEquals("IP", rate.get("aggregateKeyType"));
        assertFalse(rate.containsKey("forwardedIpConfig"), "the viewer's address, not a header the client writes");
        assertTrue(((Map<?, ?>) rules.get(4).get("action")).containsKey("block"));
        assertTrue(plan.ofType("aws:wafv2/webAclAssociation:WebAclAssociation").isEmpty(), "CloudFront takes the ACL in its own config");
    }

    @Test
    void productionLogsTheFirewallInUsEast1WithoutCredentialsOrTheOriginSecret() {
        var plan = PLANS.get(Environment.PRODUCTION);
        var acl = only(plan, "aws:wafv2/webAcl:WebAcl");
        var logs = plan.named("aws:cloudwatch/logGroup:LogGroup", "edge-cdn-waf-logs");
        assertEquals("aws-waf-logs-webstack-production", logs.inputText("name"));
        assertTrue(logs.outputText("arn").startsWith("arn:aws:logs:us-east-1:"), "the destination of a CloudFront ACL is in us-east-1");
        assertEquals(90L, logs.input("retentionInDays").orElseThrow());
        var logging = only(plan, "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration");
        assertEquals(acl.outputText("arn"), logging.inputText("resourceArn"));
        assertEquals(List.of(logs.outputText("arn")), logging.inputList("logDestinationConfigs"));
        assertEquals(List.of(Map.of("singleHeader", Map.of("name", "authorization")), Map.of("singleHeader", Map.of("name", "cookie")),
                Map.of("singleHeader", Map.of("name", "x-origin-verify"))), logging.inputList("redactedFields"));
        assertEquals(acl.provider(), logs.provider());
        assertEquals(acl.provider(), logging.provider());
        assertFalse(acl.provider().equals(only(plan, LB).provider()), "the ACL and its logs use the us-east-1 provider");
    }

    @Test
    void stagingKeepsTheFirewallOff() {
        assertTrue(PLANS.get(Environment.STAGING).where(r -> r.type().startsWith("aws:wafv2/")).isEmpty());
        assertTrue(only(PLANS.get(Environment.STAGING), CDN).input("webAclId").isEmpty());
    }

    @Test
    void productionLogsViewerRequestsThroughUsEast1IntoTheLogsBucket() {
        var plan = PLANS.get(Environment.PRODUCTION);
        var source = only(plan, "aws:cloudwatch/logDeliverySource:LogDeliverySource");
        assertEquals("ACCESS_LOGS", source.inputText("logType"));
        assertEquals(only(plan, CDN).outputText("arn"), source.inputText("resourceArn"));
        assertTrue(source.outputText("arn").startsWith("arn:aws:logs:us-east-1:"), "CloudFront log delivery is configured in us-east-1");
        var destination = only(plan, "aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination");
        assertEquals(plan.named("aws:s3/bucketV2:BucketV2", "edge-logs-bucket").outputText("arn") + "/cloudfront",
                destination.input("deliveryDestinationConfiguration.destinationResourceArn").orElseThrow());
        var delivery = only(plan, "aws:cloudwatch/logDelivery:LogDelivery");
        assertEquals(source.inputText("name"), delivery.inputText("deliverySourceName"));
        assertEquals(destination.outputText("arn"), delivery.inputText("deliveryDestinationArn"));
        assertTrue(PLANS.get(Environment.STAGING).where(r -> r.type().startsWith("aws:cloudwatch/logDelivery")).isEmpty());
    }

    @Test
    void aCustomDomainGetsCertificatesHttpsToTheOriginAndAliases() {
        var plan = withDomain;
        var cdnCertificate = plan.named("aws:acm/certificate:Certificate", "edge-cdn-certificate");
        var originCertificate = plan.named("aws:acm/certificate:Certificate", "edge-origin-certificate");
        assertEquals("app.example.com", cdnCertificate.inputText("domainName"));
        assertTrue(cdnCertificate.outputText("arn").startsWith("arn:aws:acm:us-east-1:"), "CloudFront needs its certificate in us-east-1");
        assertEquals("origin.app.example.com", originCertificate.inputText("domainName"));
        assertTrue(originCertificate.outputText("arn").startsWith("arn:aws:acm:ap-northeast-1:"));

        var zone = plan.named("aws:route53/record:Record", "edge-cdn-validation").inputText("zoneId");
        assertEquals(cdnCertificate.output("domainValidationOptions[0].resourceRecordName").orElseThrow(),
                plan.named("aws:route53/record:Record", "edge-cdn-validation").inputText("name"));
        assertEquals(cdnCertificate.id(), plan.named("aws:acm/certificateValidation:CertificateValidation",
                "edge-cdn-certificate-validation").inputText("certificateArn"));

        var https = plan.named(LISTENER, "edge-https");
        assertEquals(443L, https.input("port").orElseThrow());
        assertEquals("ELBSecurityPolicy-TLS13-1-2-2021-06", https.inputText("sslPolicy"));
        assertEquals(originCertificate.id(), https.inputText("certificateArn"));
        assertEquals("redirect", plan.named(LISTENER, "edge-http").input("defaultActions[0].type").orElseThrow());
        assertEquals(https.id(), only(plan, RULE).inputText("listenerArn"));

        var cdn = only(plan, CDN);
        assertEquals(List.of("app.example.com"), cdn.inputList("aliases"));
        assertEquals("origin.app.example.com", cdn.input("origins[0].domainName").orElseThrow());
        assertEquals("https-only", only(plan, VPC_ORIGIN).input("vpcOriginEndpointConfig.originProtocolPolicy").orElseThrow());
        assertEquals(443L, only(plan, INGRESS).input("fromPort").orElseThrow(), "only the one origin port is admitted");
        assertTrue(cdn.dependsOn(https), "the distribution waits for the HTTPS listener");
        assertTrue(cdn.dependsOn(plan.named("aws:acm/certificateValidation:CertificateValidation", "edge-origin-certificate-validation")),
                "and for the origin certificate's validation");
        assertEquals(Map.of("acmCertificateArn", cdnCertificate.id(), "sslSupportMethod", "sni-only",
                "minimumProtocolVersion", "TLSv1.2_2021"), cdn.input("viewerCertificate").orElseThrow());

        for (var type : List.of("a", "aaaa")) {
            var alias = plan.named("aws:route53/record:Record", "edge-site-" + type);
            assertEquals(zone, alias.inputText("zoneId"));
            assertEquals(cdn.outputText("domainName"), alias.input("aliases[0].name").orElseThrow());
            assertEquals("Z2FDTNDATAQYW2", alias.input("aliases[0].zoneId").orElseThrow());
        }
        assertEquals(only(plan, LB).outputText("dnsName"),
                plan.named("aws:route53/record:Record", "edge-origin-a").input("aliases[0].name").orElseThrow());
        assertEquals("https://app.example.com", plan.output(EdgeContract.PUBLIC_URL));
    }

    @Test
    void namesFitTheirLimitsEvenForLongStacks() {
        var plan = plan(Environment.STAGING, Naming.withPrefix("a-rather-long-application-name-preview-42"));
        for (var type : List.of(LB, TG)) {
            var name = only(plan, type).inputText("name");
            assertTrue(name.length() <= 32, name);
        }
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void exportsTheContractFromItsResources(Environment environment) {
        var plan = PLANS.get(environment);
        assertEquals(only(plan, LB).outputText("arnSuffix"), plan.output(EdgeContract.ALB_ARN_SUFFIX));
        assertTrue(String.valueOf(plan.output(EdgeContract.ALB_ARN_SUFFIX)).matches("app/webstack-" + environment.id() + "-alb/[0-9a-f]{16}"));
        assertEquals(only(plan, TG).outputText("arnSuffix"), plan.output(EdgeContract.TARGET_GROUP_ARN_SUFFIX));
        assertEquals(only(plan, TG).id(), plan.output(EdgeContract.TARGET_GROUP_ARN));
        assertEquals("https://" + only(plan, CDN).outputText("domainName"), plan.output(EdgeContract.PUBLIC_URL));
        assertEquals(only(plan, CDN).id(), plan.output(EdgeContract.DISTRIBUTION_ID));
    }

    @Test
    void argsRefuseALockWithoutASecretAndADomainWithoutUsEast1() {
        var locked = ComponentHarness.settings(Environment.STAGING).edge();
        var error = assertThrows(IllegalArgumentException.class, () -> EdgeArgs.builder()
                .naming(ComponentHarness.naming(Environment.STAGING)).settings(locked).safekeeping(Safekeeping.DISPOSABLE)
                .vpcId(Output.of(VPC)).isolatedSubnetIds(Output.of(ISOLATED_SUBNETS)).albSecurityGroupId(Output.of(ALB_SG))
                .appPort(3000).healthCheckPath("/api/health").build());
        assertEquals("EdgeArgs.originSecret: (none) is required with the origin lock; pass the secret CloudFront sends "
                + "(webstack:edge.originSecret)", error.getMessage());
        var withDomainSettings = ComponentHarness.settings(Environment.STAGING, "webstack:edge.domain: app.example.com",
                "webstack:edge.hostedZone: example.com").edge();
        var missingProvider = assertThrows(IllegalArgumentException.class, () -> EdgeArgs.builder()
                .naming(ComponentHarness.naming(Environment.STAGING)).settings(withDomainSettings).safekeeping(Safekeeping.DISPOSABLE)
                .vpcId(Output.of(VPC)).isolatedSubnetIds(Output.of(ISOLATED_SUBNETS)).albSecurityGroupId(Output.of(ALB_SG))
                .appPort(3000).healthCheckPath("/api/health").originSecret(Output.of(ORIGIN_VALUE)).build());
        assertTrue(missingProvider.getMessage().startsWith("EdgeArgs.globalProvider"), missingProvider.getMessage());
        assertFalse(missingProvider.getMessage().contains("originSecret"));
    }
}
