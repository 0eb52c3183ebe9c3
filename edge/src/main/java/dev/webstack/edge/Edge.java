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
import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.ListenerRule;
import com.pulumi.aws.lb.ListenerRuleArgs;
import com.pulumi.aws.lb.LoadBalancer;
import com.pulumi.aws.lb.LoadBalancerArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.TargetGroupArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionFixedResponseArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionRedirectArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleActionArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionArgs;
import com.pulumi.aws.lb.inputs.ListenerRuleConditionHttpHeaderArgs;
import com.pulumi.aws.lb.inputs.LoadBalancerAccessLogsArgs;
import com.pulumi.aws.lb.inputs.TargetGroupHealthCheckArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleAbortIncompleteMultipartUploadArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.core.Alias;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import dev.webstack.kit.StackFacts;
import dev.webstack.kit.PrivateBucket;
import dev.webstack.kit.StackProvider;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.kit.naming.NameLimit;
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
 * carrying the secret header CloudFront adds; anything else gets 403 (ADR 0014). Production adds
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


    public Edge(String name, EdgeArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var settings = args.settings();
        var naming = args.naming();
        var account = StackFacts.account(this);
        var domain = settings.domain().map(d -> new CustomDomain(this, name, d, settings.hostedZone().orElseThrow()));

        var logs = logsBucket(name, args, account);

        var alb = new LoadBalancer(name + "-alb", LoadBalancerArgs.builder()
                .name(naming.physical("alb", NameLimit.LOAD_BALANCER))
                // Internal, in the isolated subnets: CloudFront reaches it through the VPC origin (ADR 0014).
                .internal(true)
                .loadBalancerType("application")
                .securityGroups(args.albSecurityGroupId().applyValue(List::of))
                .subnets(args.isolatedSubnetIds())
                .idleTimeout(settings.loadBalancerIdleTimeoutSeconds())
                .dropInvalidHeaderFields(true)
                .enableHttp2(true)
                .desyncMitigationMode("defensive")
                .enableDeletionProtection(settings.deletionProtection())
                .accessLogs(LoadBalancerAccessLogsArgs.builder().bucket(logs.name()).prefix(ALB_LOG_PREFIX).enabled(true).build())
                .tags(naming.nameTag("alb"))
                // The load balancer checks it may write its logs when it is created.
                // Replaced (internal is ForceNew in the provider), the old one goes first: its name is fixed, and
                // the target group may belong to one load balancer only (TargetGroupAssociationLimit:
                // hashicorp/terraform-provider-aws#22005). The tasks keep their target group. ADR 0014.
                .build(), Children.of(this, o -> o.dependsOn(logs.policy()).deleteBeforeReplace(true)));
        this.albArn = alb.arn();
        this.albArnSuffix = alb.arnSuffix();
        this.albDnsName = alb.dnsName();

        var targets = new TargetGroup(name + "-tg", TargetGroupArgs.builder()
                // The port is in the name: a new port creates the new group beside the old one.
                .name(naming.physical("app-" + args.appPort(), NameLimit.TARGET_GROUP))
                .port(args.appPort())
                .protocol("HTTP")
                .targetType("ip")
                .vpcId(args.vpcId())
                .deregistrationDelay(settings.deregistrationDelaySeconds())
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
                .tags(naming.nameTag("app"))
                .build(), Children.of(this));
        this.targetGroupArnSuffix = targets.arnSuffix();

        var originCertificate = domain.map(CustomDomain::originCertificate);
        var serving = listeners(name, args, alb, targets, originCertificate.map(CustomDomain.Validated::arn));
        var rule = args.originSecret().map(secret -> new ListenerRule(name + "-from-cloudfront", ListenerRuleArgs.builder()
                .listenerArn(serving.arn())
                .priority(1)
                .conditions(ListenerRuleConditionArgs.builder()
                        .httpHeader(ListenerRuleConditionHttpHeaderArgs.builder()
                                .httpHeaderName(ORIGIN_HEADER)
                                .values(secret.applyValue(List::of))
                                .build())
                        .build())
                .actions(ListenerRuleActionArgs.builder().type("forward").targetGroupArn(targets.arn()).build())
                .tags(naming.nameTag("from-cloudfront"))
                .build(), Children.of(this)));
        // ECS refuses a service whose target group no listener forwards to yet: consumers of this
        // output wait for the rule (or, unlocked, the listener) that forwards.
        var forwarding = rule.map(ListenerRule::arn).orElse(serving.arn());
        this.targetGroupArn = forwarding.apply(ready -> targets.arn());

        var origin = PrivateOrigin.create(this, name, naming, alb, args.vpcId(), args.albSecurityGroupId(),
                originPort(settings), settings.httpsOrigin());
        // The distribution starts sending requests as soon as it is deployed: it waits for the rule that lets
        // CloudFront in, the listener that answers and, with a domain, the origin certificate's validation.
        var ready = new ArrayList<Resource>();
        ready.add(origin.entry());
        ready.add(serving);
        originCertificate.ifPresent(c -> ready.add(c.validation()));
        var viewerCertificate = domain.map(d -> d.viewerCertificate(args.globalProvider().orElseThrow()).arn());
        // The web ACL exists before the distribution that references it (ADR 0015).
        var webAcl = settings.waf()
                ? Optional.of(WebFirewall.protect(this, name, naming, settings, args.globalProvider().orElseThrow()))
                : Optional.<Output<String>>empty();
        var distribution = distribution(name, args, alb, origin, domain, viewerCertificate, webAcl, ready);
        this.distributionId = distribution.id();
        this.distributionDomainName = distribution.domainName();
        this.publicUrl = domain.map(d -> Output.of("https://" + d.domain()))
                .orElseGet(() -> distribution.domainName().applyValue(host -> "https://" + host));
        domain.ifPresent(d -> d.aliases(distribution.domainName(), distribution.hostedZoneId(), alb.dnsName(), alb.zoneId()));

        if (settings.cloudFrontLogs()) {
            cloudFrontLogs(name, args, distribution, logs);
        }

        var outputs = new LinkedHashMap<String, Output<?>>();
        outputs.put("albArn", albArn);
        outputs.put("albArnSuffix", albArnSuffix);
        outputs.put("targetGroupArnSuffix", targetGroupArnSuffix);
        outputs.put("distributionDomainName", distributionDomainName);
        outputs.put("publicUrl", publicUrl);
        registerOutputs(outputs);
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
                    statements.add(Statement.allow("s3:PutObject").sid("LoadBalancerLogsFromRegionAccount")
                            .principalAws(t.t2).on(albLogs).build());
                    statements.add(Statement.allow("s3:PutObject").sid("LoadBalancerLogsFromDeliveryService")
                            .principalService("logdelivery.elasticloadbalancing.amazonaws.com").on(albLogs)
                            .when("StringEquals", "aws:SourceAccount", t.t3).build());
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

    /**
     * The listener CloudFront reaches. Locked, it answers 403 unless the secret header matches
     * (a rule added by the caller); unlocked, it forwards everything. With a domain it is HTTPS
     * on 443 and port 80 only redirects.
     *
     * <p>One logical resource per port in both modes: port 80 is always "-http" (the name stacks
     * without a domain have), and "-http-redirect" (the name it had with a domain) is its alias, so
     * turning edge.domain on or off changes the listener in place and never creates a second
     * listener on port 80 before the first is gone.
     */
    private Listener listeners(String name, EdgeArgs args, LoadBalancer alb, TargetGroup targets,
                               Optional<Output<String>> certificate) {
        var defaultAction = args.settings().originLock()
                ? ListenerDefaultActionArgs.builder().type("fixed-response")
                        .fixedResponse(ListenerDefaultActionFixedResponseArgs.builder()
                                .contentType("text/plain").messageBody("Forbidden").statusCode("403").build())
                        .build()
                : ListenerDefaultActionArgs.builder().type("forward").targetGroupArn(targets.arn()).build();
        var naming = args.naming();
        var redirect = ListenerDefaultActionArgs.builder().type("redirect")
                .redirect(ListenerDefaultActionRedirectArgs.builder().protocol("HTTPS").port("443").statusCode("HTTP_301").build())
                .build();
        var http = new Listener(name + HTTP_LISTENER, ListenerArgs.builder()
                .loadBalancerArn(alb.arn())
                .port(80)
                .protocol("HTTP")
                .defaultActions(certificate.isEmpty() ? defaultAction : redirect)
                .tags(naming.nameTag(certificate.isEmpty() ? "http" : "http-redirect"))
                .build(), Children.of(this, o -> {
                    o.aliases(Alias.builder().name(name + HTTP_LISTENER_WITH_DOMAIN).build());
                    return o;
                }));
        if (certificate.isEmpty()) {
            return http;
        }
        return new Listener(name + "-https", ListenerArgs.builder()
                .loadBalancerArn(alb.arn())
                .port(443)
                .protocol("HTTPS")
                .sslPolicy(TLS_POLICY)
                .certificateArn(certificate.get())
                .defaultActions(defaultAction)
                .tags(naming.nameTag("https"))
                .build(), Children.of(this));
    }

    private Distribution distribution(String name, EdgeArgs args, LoadBalancer alb, PrivateOrigin privateOrigin,
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

        // The host CloudFront names to the load balancer (Host header and, with TLS, the name the origin
        // certificate must match): the origin host with a domain, else the load balancer's own DNS name.
        var origin = DistributionOriginArgs.builder()
                .originId(ORIGIN_ID)
                .domainName(domain.map(d -> Output.of(d.originHost())).orElse(alb.dnsName()))
                .vpcOriginConfig(DistributionOriginVpcOriginConfigArgs.builder()
                        .vpcOriginId(privateOrigin.id())
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
                distributionDomainName, publicUrl);
    }
}
