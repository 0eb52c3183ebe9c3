package dev.webstack.edge;

import com.pulumi.aws.cloudfront.CloudfrontFunctions;
import com.pulumi.aws.cloudfront.Distribution;
import com.pulumi.aws.cloudfront.DistributionArgs;
import com.pulumi.aws.cloudfront.ResponseHeadersPolicy;
import com.pulumi.aws.cloudfront.ResponseHeadersPolicyArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionDefaultCacheBehaviorArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionOrderedCacheBehaviorArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionOriginArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionOriginCustomHeaderArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionOriginVpcOriginConfigArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionRestrictionsArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionRestrictionsGeoRestrictionArgs;
import com.pulumi.aws.cloudfront.inputs.DistributionViewerCertificateArgs;
import com.pulumi.aws.cloudfront.inputs.GetCachePolicyArgs;
import com.pulumi.aws.cloudfront.inputs.GetOriginRequestPolicyArgs;
import com.pulumi.aws.cloudfront.inputs.ResponseHeadersPolicySecurityHeadersConfigArgs;
import com.pulumi.aws.cloudfront.inputs.ResponseHeadersPolicySecurityHeadersConfigContentTypeOptionsArgs;
import com.pulumi.aws.cloudfront.inputs.ResponseHeadersPolicySecurityHeadersConfigFrameOptionsArgs;
import com.pulumi.aws.cloudfront.inputs.ResponseHeadersPolicySecurityHeadersConfigReferrerPolicyArgs;
import com.pulumi.aws.cloudfront.inputs.ResponseHeadersPolicySecurityHeadersConfigStrictTransportSecurityArgs;
import com.pulumi.aws.cloudfront.inputs.ResponseHeadersPolicySecurityHeadersConfigXssProtectionArgs;
import com.pulumi.aws.cloudwatch.LogDelivery;
import com.pulumi.aws.cloudwatch.LogDeliveryArgs;
import com.pulumi.aws.cloudwatch.LogDeliveryDestination;
import com.pulumi.aws.cloudwatch.LogDeliveryDestinationArgs;
import com.pulumi.aws.cloudwatch.LogDeliverySource;
import com.pulumi.aws.cloudwatch.LogDeliverySourceArgs;
import com.pulumi.aws.cloudwatch.inputs.LogDeliveryDestinationDeliveryDestinationConfigurationArgs;
import com.pulumi.aws.elb.ElbFunctions;
import com.pulumi.aws.elb.inputs.GetServiceAccountArgs;
import com.pulumi.aws.lb.ListenerRule;
import com.pulumi.aws.lb.ListenerRuleArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.TargetGroupArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleActionArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionHttpHeaderArgs;
import com.pulumi.aws.lb.inputs.TargetGroupHealthCheckArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import dev.webstack.kit.PrivateBucket;
import dev.webstack.kit.StackFacts;
import dev.webstack.kit.StackProvider;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.kit.naming.NameLimit;
import dev.webstack.plan.hash.Sha256;
import dev.webstack.settings.EdgeSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The public entry point. CloudFront serves every request over HTTPS, caches the static paths
 * and passes everything else uncached, through a VPC origin, to an internal load balancer in the
 * isolated subnets: the load balancer has no public address, its security group admits only
 * CloudFront's VPC-origin group on the one origin port, and its listener forwards only requests
 * carrying the secret header CloudFront adds; anything else gets 403 (ADR 0014). The load balancer, its listener
 * and the VPC origin may be another stack's instead (webstack:edge.fromStack, ADR 0024): this stack then adds only its
 * target group, its rule on that listener and its own distribution. Production adds
 * WAF on the distribution (CloudFront scope, us-east-1, ADR 0015) and CloudFront access logs; a custom domain adds certificates, TLS to the origin and DNS
 * records.
 */
public final class Edge extends ComponentResource {

    public static final String TYPE = "webstack:edge:Edge";

    /** The header CloudFront adds and the listener rule requires. */
    public static final String ORIGIN_HEADER = "X-Origin-Verify";
    /** TLS 1.3 and 1.2: CloudFront connects to origins with TLS 1.2 at most. */
    static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";
    static final String ORIGIN_ID = "alb";
    /** Port 80's listener, in both modes. */
    static final String HTTP_LISTENER = "-http";
    /** What port 80's listener was called with a domain, before ADR 0014: its alias. */
    static final String HTTP_LISTENER_WITH_DOMAIN = "-http-redirect";
    static final List<String> ALL_METHODS = List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");
    static final int HSTS_MAX_AGE_SECONDS = 31_536_000;
    static final String ALB_LOG_PREFIX = "alb";
    static final String CLOUDFRONT_LOG_PREFIX = "cloudfront";

    private final Output<String> albArn;
    private final Output<String> albArnSuffix;
    private final Output<String> albDnsName;
    private final Output<String> targetGroupArn;
    private final Output<String> targetGroupArnSuffix;
    private final Output<String> distributionId;
    private final Output<String> distributionDomainName;
    private final Output<String> publicUrl;
    private final Output<String> albSgId;
    private final Output<String> listenerArn;
    private final Optional<Output<Integer>> listenerRulePriority;
    private final Output<String> vpcOriginId;
    private final Output<String> originHost;
    private final Output<String> originProtocolPolicy;
    private final Output<Boolean> originLocked;


    public Edge(String name, EdgeArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var settings = args.settings();
        var naming = args.naming();
        var account = StackFacts.account(this);
        var domain = settings.domain().map(d -> new CustomDomain(this, name, d, settings.hostedZone().orElseThrow()));

        // The owner's bucket holds its load balancer's logs; an adopter's only its CloudFront logs (ADR 0024).
        var logs = args.adopted().isEmpty() || settings.cloudFrontLogs()
                ? Optional.of(logsBucket(name, args, account)) : Optional.<PrivateBucket>empty();
        var targets = targetGroup(name, args);
        this.targetGroupArnSuffix = targets.arnSuffix();

        // "The load balancer": created here, or another stack's (webstack:edge.fromStack); the rest is this stack's own.
        var loadBalancer = args.adopted()
                .map(LoadBalancerView::adopted)
                .orElseGet(() -> OwnLoadBalancer.create(this, name, args, targets, logs.orElseThrow(), domain));
        this.albArn = loadBalancer.albArn();
        this.albArnSuffix = loadBalancer.albArnSuffix();
        this.albDnsName = loadBalancer.albDnsName();

        var rule = args.originSecret().map(secret -> new ListenerRule(name + "-from-cloudfront", ListenerRuleArgs.builder()
                .listenerArn(loadBalancer.listenerArn())
                // Unique per listener: an adopter's rule joins the owner's on the owner's listener (ADR 0024).
                .priority(settings.listenerRulePriority())
                .conditions(ListenerRuleConditionArgs.builder()
                        .httpHeader(ListenerRuleConditionHttpHeaderArgs.builder()
                                .httpHeaderName(ORIGIN_HEADER)
                                .values(secret.applyValue(List::of))
                                .build())
                        .build())
                .actions(ListenerRuleActionArgs.builder().type("forward").targetGroupArn(targets.arn()).build())
                .tags(naming.nameTag("from-cloudfront"))
                .build(), Children.of(this)));
        this.listenerRulePriority = rule.map(r -> Output.of(settings.listenerRulePriority()));
        // ECS refuses a service whose target group no listener forwards to yet: consumers of this
        // output wait for the rule (or, unlocked, the listener) that forwards.
        var forwarding = rule.map(ListenerRule::arn).orElse(loadBalancer.listenerArn());
        this.targetGroupArn = forwarding.apply(ready -> targets.arn());

        var ready = new ArrayList<Resource>(loadBalancer.ready());
        if (args.adopted().isPresent()) {
            // On the owner's listener, until this stack's rule exists its viewers would get the owner's 403.
            rule.ifPresent(ready::add);
        }
        var viewerCertificate = domain.map(d -> d.viewerCertificate(args.globalProvider().orElseThrow()).arn());
        // The web ACL exists before the distribution that references it (ADR 0015).
        var webAcl = settings.waf()
                ? Optional.of(WebFirewall.protect(this, name, naming, settings, args.globalProvider().orElseThrow()))
                : Optional.<Output<String>>empty();
        var distribution = distribution(name, args, loadBalancer, domain, viewerCertificate, webAcl, ready);
        this.distributionId = distribution.id();
        this.distributionDomainName = distribution.domainName();
        this.publicUrl = domain.map(d -> Output.of("https://" + d.domain()))
                .orElseGet(() -> distribution.domainName().applyValue(host -> "https://" + host));
        domain.ifPresent(d -> d.siteAliases(distribution.domainName(), distribution.hostedZoneId()));

        if (settings.cloudFrontLogs()) {
            cloudFrontLogs(name, args, distribution, logs.orElseThrow());
        }
        this.albSgId = loadBalancer.albSgId();
        this.listenerArn = loadBalancer.listenerArn();
        this.vpcOriginId = loadBalancer.vpcOriginId();
        this.originHost = loadBalancer.originHost();
        this.originProtocolPolicy = loadBalancer.originProtocolPolicy();
        this.originLocked = loadBalancer.originLocked();

        var outputs = new LinkedHashMap<String, Output<?>>();
        outputs.put("albArn", albArn);
        outputs.put("albArnSuffix", albArnSuffix);
        outputs.put("targetGroupArnSuffix", targetGroupArnSuffix);
        outputs.put("distributionDomainName", distributionDomainName);
        outputs.put("publicUrl", publicUrl);
        registerOutputs(outputs);
    }

    /**
     * The stack's own target group: the port is in the name, so a new port creates the new group beside the old one.
     * An adopter's name also carries a digest of the owner's VPC: a target group's VPC cannot change (replacement), and
     * a stack switching to adoption (or to another owner) must create its new group before the old one, of the same
     * port, is deleted (target group names are unique per account and region: DuplicateTargetGroupName). ADR 0024.
     */
    private TargetGroup targetGroup(String name, EdgeArgs args) {
        var role = "app-" + args.appPort();
        var groupName = args.adopted().isPresent()
                ? args.vpcId().applyValue(vpc -> args.naming().physical(role + "-" + Sha256.hex(vpc, 4), NameLimit.TARGET_GROUP))
                : Output.of(args.naming().physical(role, NameLimit.TARGET_GROUP));
        return new TargetGroup(name + "-tg", TargetGroupArgs.builder()
                .name(groupName)
                .port(args.appPort())
                .protocol("HTTP")
                .targetType("ip")
                // The network's VPC: with an adopted load balancer, the owner's (ADR 0024).
                .vpcId(args.vpcId())
                .deregistrationDelay(args.settings().deregistrationDelaySeconds())
                .healthCheck(TargetGroupHealthCheckArgs.builder()
                        .enabled(true)
                        .protocol("HTTP")
                        .port("traffic-port")
                        .path(args.healthCheckPath())
                        .matcher("200")
                        .interval(15)
                        .timeout(5)
                        .healthyThreshold(2)
                        .unhealthyThreshold(3)
                        .build())
                .tags(args.naming().nameTag("app"))
                .build(), Children.of(this));
    }

    /**
     * One bucket for the load balancer's and CloudFront's access logs, under their own prefixes,
     * expiring. The load balancer delivers as its region's log account (older regions) or as its
     * log-delivery service (newer ones); CloudFront delivers through CloudWatch's log delivery.
     */
    private PrivateBucket logsBucket(String name, EdgeArgs args, Output<String> account) {
        var naming = args.naming();
        var settings = args.settings();
        var elbAccount = ElbFunctions.getServiceAccount(GetServiceAccountArgs.builder().build(), Children.invoke(this))
                .applyValue(result -> result.arn());
        return PrivateBucket.builder(this, name + "-logs")
                .bucketName(account.applyValue(id -> naming.physical("edge-logs-" + id, NameLimit.S3_BUCKET)))
                .safekeeping(args.safekeeping())
                .tags(naming.nameTag("edge-logs"))
                .lifecycleRules(List.of(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("expire-access-logs")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build())
                        .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder()
                                .days(settings.accessLogRetentionDays())
                                .build())
                        .abortIncompleteMultipartUpload(BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs.builder()
                                .daysAfterInitiation(1)
                                .build())
                        .build()))
                .allow(arn -> Output.tuple(arn, elbAccount, account).applyValue(t -> {
                    var albLogs = t.t1 + "/" + ALB_LOG_PREFIX + "/AWSLogs/" + t.t3 + "/*";
                    var statements = new ArrayList<Statement>();
                    // An adopter's load balancer logs to its owner's bucket: nothing of it writes here.
                    if (args.adopted().isEmpty()) {
                        statements.add(Statement.allow("s3:PutObject").sid("LoadBalancerLogsFromRegionAccount")
                                .principalAws(t.t2).on(albLogs).build());
                        statements.add(Statement.allow("s3:PutObject").sid("LoadBalancerLogsFromDeliveryService")
                                .principalService("logdelivery.elasticloadbalancing.amazonaws.com").on(albLogs)
                                .when("StringEquals", "aws:SourceAccount", t.t3).build());
                    }
                    if (settings.cloudFrontLogs()) {
                        statements.add(Statement.allow("s3:PutObject").sid("CloudFrontLogsFromLogDelivery")
                                .principalService("delivery.logs.amazonaws.com")
                                .on(t.t1 + "/" + CLOUDFRONT_LOG_PREFIX + "/*")
                                .when("StringEquals", "aws:SourceAccount", t.t3)
                                .when("ArnLike", "aws:SourceArn", "arn:aws:logs:" + StackProvider.GLOBAL_REGION + ":" + t.t3 + ":delivery-source:*")
                                .build());
                    }
                    return List.copyOf(statements);
                }))
                .build();
    }

    /** The one port CloudFront connects to: 443 with a domain (TLS to the origin), else 80. */
    static int originPort(EdgeSettings settings) {
        return settings.httpsOrigin() ? 443 : 80;
    }

    private Distribution distribution(String name, EdgeArgs args, LoadBalancerView loadBalancer,
                                      Optional<CustomDomain> domain, Optional<Output<String>> viewerCertificate,
                                      Optional<Output<String>> webAclArn, List<Resource> ready) {
        var settings = args.settings();
        var naming = args.naming();
        var cachingDisabled = cachePolicy("Managed-CachingDisabled");
        var cachingOptimized = cachePolicy("Managed-CachingOptimized");
        var allViewerExceptHost = CloudfrontFunctions.getOriginRequestPolicy(GetOriginRequestPolicyArgs.builder()
                .name("Managed-AllViewerExceptHostHeader").build(), Children.invoke(this)).applyValue(p -> p.id().orElseThrow());
        var headers = new ResponseHeadersPolicy(name + "-security-headers", ResponseHeadersPolicyArgs.builder()
                .name(naming.physical("security-headers"))
                .comment("HSTS and the usual security headers")
                .securityHeadersConfig(ResponseHeadersPolicySecurityHeadersConfigArgs.builder()
                        .strictTransportSecurity(ResponseHeadersPolicySecurityHeadersConfigStrictTransportSecurityArgs.builder()
                                .accessControlMaxAgeSec(HSTS_MAX_AGE_SECONDS).includeSubdomains(true).preload(false).override(true).build())
                        .contentTypeOptions(ResponseHeadersPolicySecurityHeadersConfigContentTypeOptionsArgs.builder().override(true).build())
                        .frameOptions(ResponseHeadersPolicySecurityHeadersConfigFrameOptionsArgs.builder()
                                .frameOption("DENY").override(true).build())
                        .referrerPolicy(ResponseHeadersPolicySecurityHeadersConfigReferrerPolicyArgs.builder()
                                .referrerPolicy("strict-origin-when-cross-origin").override(true).build())
                        // The XSS auditor is gone from browsers; "0" stops old ones from misusing it.
                        .xssProtection(ResponseHeadersPolicySecurityHeadersConfigXssProtectionArgs.builder()
                                .protection(false).override(true).build())
                        .build())
                .build(), Children.of(this));

        // The host CloudFront names to the load balancer, and the VPC origin, are the load balancer's owner's (ADR 0024):
        // TLS to the origin and its port are the VPC origin's setting, not the distribution's.
        var origin = DistributionOriginArgs.builder()
                .originId(ORIGIN_ID)
                .domainName(loadBalancer.originHost())
                .vpcOriginConfig(DistributionOriginVpcOriginConfigArgs.builder()
                        .vpcOriginId(loadBalancer.vpcOriginId())
                        .originReadTimeout(settings.originReadTimeoutSeconds())
                        .originKeepaliveTimeout(settings.originKeepaliveTimeoutSeconds())
                        .build());
        args.originSecret().ifPresent(secret -> origin.customHeaders(DistributionOriginCustomHeaderArgs.builder()
                .name(ORIGIN_HEADER).value(secret).build()));

        var staticBehaviours = settings.staticPaths().stream().map(path -> DistributionOrderedCacheBehaviorArgs.builder()
                .pathPattern(path)
                .targetOriginId(ORIGIN_ID)
                .viewerProtocolPolicy("redirect-to-https")
                .allowedMethods("GET", "HEAD", "OPTIONS")
                .cachedMethods("GET", "HEAD")
                .cachePolicyId(cachingOptimized)
                .responseHeadersPolicyId(headers.id())
                .compress(true)
                .build()).toList();

        var viewer = viewerCertificate
                .map(certificate -> DistributionViewerCertificateArgs.builder()
                        .acmCertificateArn(certificate).sslSupportMethod("sni-only").minimumProtocolVersion("TLSv1.2_2021").build())
                .orElseGet(() -> DistributionViewerCertificateArgs.builder().cloudfrontDefaultCertificate(true).build());

        return new Distribution(name + "-cdn", DistributionArgs.builder()
                .comment(naming.prefix())
                .enabled(true)
                .isIpv6Enabled(true)
                .httpVersion("http2and3")
                .priceClass(settings.priceClass().text())
                .aliases(domain.map(d -> List.of(d.domain())).orElse(List.of()))
                .origins(origin.build())
                .defaultCacheBehavior(DistributionDefaultCacheBehaviorArgs.builder()
                        .targetOriginId(ORIGIN_ID)
                        .viewerProtocolPolicy("redirect-to-https")
                        .allowedMethods(ALL_METHODS)
                        .cachedMethods("GET", "HEAD")
                        .cachePolicyId(cachingDisabled)
                        .originRequestPolicyId(allViewerExceptHost)
                        .responseHeadersPolicyId(headers.id())
                        .compress(true)
                        .build())
                .orderedCacheBehaviors(staticBehaviours)
                .restrictions(DistributionRestrictionsArgs.builder()
                        .geoRestriction(DistributionRestrictionsGeoRestrictionArgs.builder().restrictionType("none").build())
                        .build())
                .viewerCertificate(viewer)
                // For WAFv2 the distribution takes the web ACL's ARN, not its id (DistributionConfig.WebACLId,
                // https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_DistributionConfig.html).
                .webAclId(webAclArn.orElse(null))
                .tags(naming.nameTag("cdn"))
                .build(), Children.of(this, o -> o.dependsOn(ready)));
    }

    private Output<String> cachePolicy(String managedName) {
        return CloudfrontFunctions.getCachePolicy(GetCachePolicyArgs.builder().name(managedName).build(), Children.invoke(this))
                .applyValue(policy -> policy.id().orElseThrow());
    }

    /** Standard logging v2: configured in us-east-1, delivered to the logs bucket's cloudfront/ prefix. */
    private void cloudFrontLogs(String name, EdgeArgs args, Distribution distribution, PrivateBucket logs) {
        var global = args.globalProvider().orElseThrow();
        var naming = args.naming();
        var source = new LogDeliverySource(name + "-cdn-log-source", LogDeliverySourceArgs.builder()
                .name(naming.physical("cdn-access-logs"))
                .logType("ACCESS_LOGS")
                .resourceArn(distribution.arn())
                .build(), Children.of(this, o -> o.provider(global)));
        var destination = new LogDeliveryDestination(name + "-cdn-log-destination", LogDeliveryDestinationArgs.builder()
                .name(naming.physical("cdn-access-logs-s3"))
                .outputFormat("json")
                .deliveryDestinationConfiguration(LogDeliveryDestinationDeliveryDestinationConfigurationArgs.builder()
                        .destinationResourceArn(logs.arn().applyValue(arn -> arn + "/" + CLOUDFRONT_LOG_PREFIX))
                        .build())
                .build(), Children.of(this, o -> o.provider(global).dependsOn(logs.policy())));
        new LogDelivery(name + "-cdn-log-delivery", LogDeliveryArgs.builder()
                .deliverySourceName(source.name())
                .deliveryDestinationArn(destination.arn())
                .build(), Children.of(this, o -> o.provider(global)));
    }

    public EdgeContract contract() {
        return new EdgeContract(albArn, albArnSuffix, albDnsName, targetGroupArn, targetGroupArnSuffix, distributionId,
                distributionDomainName, publicUrl, albSgId, listenerArn, listenerRulePriority, vpcOriginId, originHost,
                originProtocolPolicy, originLocked);
    }
}
