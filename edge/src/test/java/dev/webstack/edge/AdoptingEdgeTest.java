package dev.webstack.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.webstack.kit.Safekeeping;
import dev.webstack.kit.StackProvider;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.hash.Sha256;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.Environment;
import dev.webstack.testkit.ComponentHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * GIVEN a staging stack adopting another stack's load balancer, listener and VPC origin (webstack:edge.fromStack,
 * ADR 0024), WHEN its edge is planned, THEN it creates none of them and joins them with a target group, a rule and a
 * distribution of its own, told apart on the shared listener by its own secret header.
 */
class AdoptingEdgeTest {

    static final String OWNER = "acme/webstack/production";
    static final String OWNER_VPC = "vpc-0owner00000000001";
    static final String OWNER_LB = "app/webstack-production-alb/50dc6c495c0c9188";
    static final String OWNER_LISTENER = "arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:listener/" + OWNER_LB + "/f2f7dc8efc522ab2";
    static final String OWNER_HOST = "internal-webstack-production-alb-1057397351.ap-northeast-1.elb.amazonaws.com";
    static final String OWNER_VPC_ORIGIN = "vo_63L8b90DOgTaoQ3QMu0sG5";
    /** The adopter's own secret, plain so that equality between the header and its rule is visible. */
    static final String ADOPTER_SECRET = "fedcba9876543210fedcba9876543210-adopter";

    static AdoptedLoadBalancer owner() {
        return new AdoptedLoadBalancer(Output.of("arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:loadbalancer/" + OWNER_LB),
                Output.of(OWNER_LB), Output.of(OWNER_HOST), Output.of("sg-0owneralb000000001"), Output.of(OWNER_LISTENER),
                Output.of(OWNER_VPC_ORIGIN), Output.of(OWNER_HOST), Output.of("http-only"), Output.of(true));
    }

    static Plan plan(AdoptedLoadBalancer owner, String... settings) {
        var lines = new ArrayList<>(List.of("webstack:network.fromStack: " + OWNER, "webstack:edge.fromStack: " + OWNER,
                "webstack:edge.listenerRulePriority: 20"));
        lines.addAll(List.of(settings));
        return ComponentHarness.run(Environment.STAGING, (context, options) -> {
            var edgeSettings = ComponentHarness.settings(Environment.STAGING, lines.toArray(String[]::new)).edge();
            var args = EdgeArgs.builder()
                    .naming(ComponentHarness.naming(Environment.STAGING))
                    .settings(edgeSettings)
                    .safekeeping(Safekeeping.DISPOSABLE)
                    .vpcId(Output.of(OWNER_VPC))
                    .appPort(3000)
                    .healthCheckPath("/api/health")
                    .originSecret(Output.of(ADOPTER_SECRET))
                    .adopted(owner);
            if (edgeSettings.needsGlobalRegion()) {
                args.globalProvider(StackProvider.global(ComponentHarness.identity(Environment.STAGING)));
            }
            new Edge("edge", args.build(), options).contract().exportTo(context);
        });
    }

    private static PlannedResource only(Plan plan, String type) {
        var all = plan.ofType(type);
        assertEquals(1, all.size(), type + ": " + all);
        return all.get(0);
    }

    @Test
    void noLoadBalancerListenerVpcOriginOrEntryRuleIsCreated() {
        var plan = plan(owner());

        assertEquals(List.of(), plan.ofType(EdgeTest.LB));
        assertEquals(List.of(), plan.ofType(EdgeTest.LISTENER));
        assertEquals(List.of(), plan.ofType(EdgeTest.VPC_ORIGIN));
        assertEquals(List.of(), plan.ofType(EdgeTest.INGRESS), "the owner's entry rule already admits CloudFront's VPC origins");
        assertEquals(List.of(), plan.ofType("aws:s3/bucketV2:BucketV2"), "no load balancer logs, no CloudFront logs: no bucket");
    }

    @Test
    void itsOwnRuleOnTheOwnersListenerForwardsItsSecretToItsOwnTargetGroup() {
        var plan = plan(owner());
        var targets = only(plan, EdgeTest.TG);
        var rule = only(plan, EdgeTest.RULE);

        assertEquals(OWNER_LISTENER, rule.inputText("listenerArn"));
        assertEquals(20L, rule.input("priority").orElseThrow());
        assertEquals(List.of(ADOPTER_SECRET), rule.input("conditions[0].httpHeader.values").orElseThrow());
        assertEquals(Map.of("type", "forward", "targetGroupArn", targets.id()), rule.input("actions[0]").orElseThrow());
        assertEquals(OWNER_VPC, targets.inputText("vpcId"));
        assertEquals("webstack-staging-app-3000-" + Sha256.hex(OWNER_VPC, 4), targets.inputText("name"),
                "the stack's prefix, its port and the owner's VPC: a switching stack's new group is created beside its old one");
        assertEquals(targets.id(), plan.output(EdgeContract.TARGET_GROUP_ARN));
    }

    @Test
    void itsDistributionGoesThroughTheOwnersVpcOriginWithItsOwnHeaderOnceItsRuleExists() {
        var plan = plan(owner());
        var cdn = only(plan, EdgeTest.CDN);
        var origin = (Map<?, ?>) cdn.input("origins[0]").orElseThrow();

        assertEquals(OWNER_HOST, origin.get("domainName"));
        assertEquals(Map.of("vpcOriginId", OWNER_VPC_ORIGIN, "originReadTimeout", 60L, "originKeepaliveTimeout", 5L),
                origin.get("vpcOriginConfig"));
        assertEquals(List.of(Map.of("name", Edge.ORIGIN_HEADER, "value", ADOPTER_SECRET)), origin.get("customHeaders"));
        assertTrue(cdn.dependsOn(only(plan, EdgeTest.RULE)), "until its rule exists the owner's listener answers its viewers 403");
    }

    @Test
    void itsOwnDomainBringsOnlyTheViewerCertificateAndTheSiteAliases() {
        var plan = plan(owner(), "webstack:edge.domain: staging.example.com", "webstack:edge.hostedZone: example.com");

        var certificate = only(plan, "aws:acm/certificate:Certificate");
        assertEquals("staging.example.com", certificate.inputText("domainName"));
        assertTrue(certificate.provider().contains("us-east-1"), "CloudFront's certificate, in us-east-1");
        var records = plan.ofType("aws:route53/record:Record").stream().map(PlannedResource::name).collect(Collectors.toSet());
        assertEquals(java.util.Set.of("edge-site-a", "edge-site-aaaa", "edge-cdn-validation"), records,
                "no origin certificate or origin record: the origin host is the owner's");
        assertEquals(OWNER_HOST, only(plan, EdgeTest.CDN).input("origins[0].domainName").orElseThrow(),
                "the origin follows the owner's protocol policy, not this stack's domain");
        assertEquals("https://staging.example.com", plan.output(EdgeContract.PUBLIC_URL));
    }

    @Test
    void theContractNamesTheOwnersLoadBalancerForTheAlarmsAndItsOwnTargetGroupAndRule() {
        var plan = plan(owner());

        assertEquals(OWNER_LB, plan.output(EdgeContract.ALB_ARN_SUFFIX), "the LoadBalancer dimension is the owner's");
        assertEquals(only(plan, EdgeTest.TG).outputText("arnSuffix"), plan.output(EdgeContract.TARGET_GROUP_ARN_SUFFIX));
        assertEquals(OWNER_LISTENER, plan.output(EdgeContract.LISTENER_ARN));
        assertEquals(OWNER_VPC_ORIGIN, plan.output(EdgeContract.VPC_ORIGIN_ID));
        assertEquals(20, ((Number) plan.output(EdgeContract.LISTENER_RULE_PRIORITY)).intValue(), "its own rule's priority");
        assertEquals(true, plan.output(EdgeContract.ORIGIN_LOCKED));
    }

    @Test
    void itsCloudFrontLogsGoToABucketOfItsOwnThatNoLoadBalancerWritesTo() {
        var plan = plan(owner(), "webstack:edge.cloudFrontLogs: true");

        var statements = ((List<?>) Json.parseObject(only(plan, "aws:s3/bucketPolicy:BucketPolicy").inputText("policy")).get("Statement"))
                .stream().map(s -> String.valueOf(((Map<?, ?>) s).get("Sid"))).toList();
        assertTrue(statements.contains("CloudFrontLogsFromLogDelivery"), statements.toString());
        assertFalse(statements.stream().anyMatch(sid -> sid.startsWith("LoadBalancerLogs")), statements.toString());
    }

    @Test
    void anOwnerKeepsPriorityOneByDefaultAndTakesTheOneItIsGiven() {
        var standalone = EdgeTest.plan(Environment.STAGING);
        var chosen = EdgeTest.plan(Environment.STAGING, "webstack:edge.listenerRulePriority: 7");

        assertEquals(1L, only(standalone, EdgeTest.RULE).input("priority").orElseThrow(), "today's value: no change for running stacks");
        assertEquals(7L, only(chosen, EdgeTest.RULE).input("priority").orElseThrow());
        assertEquals(7, ((Number) chosen.output(EdgeContract.LISTENER_RULE_PRIORITY)).intValue());
        assertEquals(only(chosen, EdgeTest.LISTENER).id(), chosen.output(EdgeContract.LISTENER_ARN));
        assertEquals(only(chosen, EdgeTest.VPC_ORIGIN).id(), chosen.output(EdgeContract.VPC_ORIGIN_ID));
        assertEquals(only(chosen, EdgeTest.LB).outputText("dnsName"), chosen.output(EdgeContract.ORIGIN_HOST));
        assertEquals("http-only", chosen.output(EdgeContract.ORIGIN_PROTOCOL_POLICY));
        assertEquals(EdgeTest.ALB_SG, chosen.output(EdgeContract.ALB_SG_ID));
    }
}
