package dev.webstack.settings;

import java.util.List;
import java.util.Optional;

/**
 * The public entry point: CloudFront in front of an internal load balancer (a VPC origin), the header between them,
 * WAF, logs and an optional custom domain.
 *
 * @param originLock                 the load balancer answers only requests carrying the secret header
 * @param originSecret               the header value CloudFront sends and the load balancer requires
 * @param domain                     a custom domain for the site, e.g. app.example.com
 * @param hostedZone                 the Route 53 public zone the domain lives in
 * @param staticPaths                path patterns CloudFront caches (static assets)
 * @param priceClass                 which CloudFront edge locations serve the site
 * @param deregistrationDelaySeconds how long the load balancer drains a task being replaced
 * @param deletionProtection         the load balancer refuses deletion
 * @param accessLogRetentionDays     days load balancer and CloudFront access logs are kept
 * @param cloudFrontLogs             CloudFront access logs (standard logging v2) to the edge logs bucket
 * @param waf                        a web ACL at CloudFront scope (us-east-1) on the distribution
 * @param wafRateLimit               requests per viewer address per five minutes before WAF blocks
 * @param wafLogRetentionDays        days WAF logs are kept
 * @param originReadTimeoutSeconds   how long CloudFront waits for the load balancer's response
 * @param originKeepaliveTimeoutSeconds how long CloudFront keeps an idle connection to the load balancer
 * @param loadBalancerIdleTimeoutSeconds how long the load balancer keeps an idle connection open
 * @param fromStack                  the stack whose load balancer, listener and VPC origin are adopted (ADR 0024)
 * @param listenerRulePriority       this stack's rule's priority on the serving listener
 */
public record EdgeSettings(boolean originLock, Optional<SecretValue> originSecret, Optional<String> domain,
                           Optional<String> hostedZone, List<String> staticPaths, PriceClass priceClass,
                           int deregistrationDelaySeconds, boolean deletionProtection, int accessLogRetentionDays,
                           boolean cloudFrontLogs, boolean waf, int wafRateLimit, int wafLogRetentionDays,
                           int originReadTimeoutSeconds, int originKeepaliveTimeoutSeconds,
                           int loadBalancerIdleTimeoutSeconds, Optional<String> fromStack, int listenerRulePriority) {

    /** CloudFront's price classes; only 200 and All include edge locations in Japan. */
    public enum PriceClass implements ValueType.Textual {
        NORTH_AMERICA_EUROPE("PriceClass_100"),
        MOST_REGIONS("PriceClass_200"),
        ALL("PriceClass_All");

        private final String text;

        PriceClass(String text) {
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }
    }

    private static final String HOSTNAME = "([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}";
    private static final String SET_SECRET = "pulumi config set --secret webstack:edge.originSecret \"$(openssl rand -hex 32)\"";

    public static final Setting<Boolean> ORIGIN_LOCK = Setting.webstack("edge.originLock", ValueType.TRUE_OR_FALSE)
            .describedAs("Requests without the secret header CloudFront adds get 403 from the load balancer: defence in depth "
                    + "behind the VPC origin, which is what keeps everyone else out (ADR 0014). Refused off in production.")
            .defaultsTo(true)
            .build();

    public static final Setting<SecretValue> ORIGIN_SECRET = Setting.webstack("edge.originSecret", ValueType.SECRET)
            .describedAs("The header value CloudFront sends and the load balancer requires; at least 32 characters. "
                    + "Set it with `" + SET_SECRET + "`.")
            .derivedDefault("required with the origin lock")
            .check(Check.of(secret -> secret.isPlaceholder() || secret.length() >= 32, "is shorter than 32 characters",
                    "generate one: " + SET_SECRET))
            // The listener rule compares it as an HTTP header condition value: at most 128 characters, case-insensitive,
            // '*' and '?' wildcards (ELB API Reference, HttpHeaderConditionConfig). A wildcard would let one secret match
            // another stack's on a shared listener (ADR 0024); hex from openssl has neither.
            .check(Check.of(secret -> secret.isPlaceholder() || secret.length() <= 128, "is longer than the 128 characters a "
                    + "load balancer rule compares", "generate one: " + SET_SECRET))
            .check(Check.of(secret -> secret.isPlaceholder() || !secret.containsAnyOf("*?"), "contains '*' or '?', which a load "
                    + "balancer rule reads as wildcards", "generate one: " + SET_SECRET))
            .build();

    public static final Setting<String> DOMAIN = Setting.webstack("edge.domain", ValueType.TEXT)
            .describedAs("Custom domain of the site (e.g. app.example.com): ACM certificates, Route 53 alias records, "
                    + "HTTPS between CloudFront and the load balancer. Without it the site is served on the CloudFront domain.")
            .derivedDefault("none")
            .check(Check.matches(HOSTNAME, "is not a lower-case DNS name", "write a name such as app.example.com, without scheme or path"))
            .build();

    public static final Setting<String> HOSTED_ZONE = Setting.webstack("edge.hostedZone", ValueType.TEXT)
            .describedAs("The Route 53 public hosted zone `edge.domain` lives in (e.g. example.com), looked up by name.")
            .derivedDefault("none; required with edge.domain")
            .check(Check.matches(HOSTNAME, "is not a lower-case DNS name", "write the zone's name, e.g. example.com"))
            .build();

    public static final Setting<List<String>> STATIC_PATHS = Setting.webstack("edge.staticPaths", ValueType.TEXT_LIST)
            .describedAs("Path patterns CloudFront caches and compresses (requirements R1.1: static assets); everything else passes "
                    + "through uncached.")
            .defaultsTo(List.of("/assets/*", "/static/*"))
            .check(Check.of(paths -> paths.stream().allMatch(p -> p.matches("/[A-Za-z0-9._~*/-]{0,254}")),
                    "has a pattern that is not a path", "start each pattern with / and use letters, digits, . _ ~ - / and *"))
            .check(Check.distinct("a pattern"))
            .check(Check.of(paths -> paths.size() <= 20, "has more than 20 patterns", "merge patterns; CloudFront allows 25 behaviours"))
            .build();

    public static final Setting<PriceClass> PRICE_CLASS = Setting.webstack("edge.priceClass", ValueType.oneOf(PriceClass.class))
            .describedAs("CloudFront price class. PriceClass_200 includes Japan and the rest of Asia; PriceClass_100 "
                    + "(North America and Europe only) would serve Japanese users from far away.")
            .defaultsTo(PriceClass.MOST_REGIONS)
            .build();

    public static final Setting<Integer> DEREGISTRATION_DELAY_SECONDS = Setting.webstack("edge.deregistrationDelaySeconds", ValueType.WHOLE_NUMBER)
            .describedAs("Seconds the load balancer lets a replaced task finish its requests. Short keeps deployments fast; "
                    + "raise it for long requests (requirements R10.3: long tasks run in-process).")
            .defaultsTo(30)
            .check(Check.between(0, 3600))
            .build();

    public static final Setting<Boolean> DELETION_PROTECTION = Setting.webstack("edge.deletionProtection", ValueType.TRUE_OR_FALSE)
            .describedAs("The load balancer refuses deletion until this is turned off: its DNS name is what CloudFront and any "
                    + "allow-list know.")
            .defaultsTo(false, true)
            .build();

    public static final Setting<Integer> ACCESS_LOG_RETENTION_DAYS = Setting.webstack("edge.accessLogRetentionDays", ValueType.WHOLE_NUMBER)
            .describedAs("Days load balancer and CloudFront access logs are kept in the edge logs bucket.")
            .defaultsTo(30, 90)
            .check(Check.between(1, 3650))
            .build();

    public static final Setting<Boolean> CLOUDFRONT_LOGS = Setting.webstack("edge.cloudFrontLogs", ValueType.TRUE_OR_FALSE)
            .describedAs("CloudFront access logs (standard logging v2, configured in us-east-1) to the edge logs bucket.")
            .defaultsTo(false, true)
            .build();

    public static final Setting<Boolean> WAF = Setting.webstack("edge.waf", ValueType.TRUE_OR_FALSE)
            .describedAs("A web ACL at CloudFront scope (created in us-east-1) on the distribution: AWS managed rules (common, "
                    + "known bad inputs, SQL injection, IP reputation) and a rate limit per viewer address (requirements R5.4: "
                    + "production). About $10 a month plus $0.60 per million requests and its logs.")
            .defaultsTo(false, true)
            .build();

    public static final Setting<Integer> WAF_RATE_LIMIT = Setting.webstack("edge.wafRateLimit", ValueType.WHOLE_NUMBER)
            .describedAs("Requests one viewer address may make in five minutes before WAF blocks it. At CloudFront scope WAF sees "
                    + "the viewer's own address as the source; no forwarded header is read.")
            .defaultsTo(2000)
            .check(Check.between(10, 2_000_000_000))
            .build();

    public static final Setting<Integer> WAF_LOG_RETENTION_DAYS = Setting.webstack("edge.wafLogRetentionDays", ValueType.WHOLE_NUMBER)
            .describedAs("Days CloudWatch keeps WAF logs (log group aws-waf-logs-<app>-<stack>, in us-east-1 like the web ACL).")
            .defaultsTo(30, 90)
            .check(Check.logRetentionDays())
            .build();

    /*
     * Timeouts on the origin hop (ADR 0014; docs/runbook.md#long-requests). CloudFront's limits for a VPC
     * origin: 1 to 120 seconds for both timeouts (API reference, VpcOriginConfig:
     * https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_VpcOriginConfig.html), but above 60 only
     * after a Service Quotas increase ("Response timeout per origin", "Keep-alive timeout per origin"; AWS
     * re:Post https://repost.aws/knowledge-center/cloudfront-custom-origin-response). The 180 seconds quoted
     * for custom origins does not apply: the origin is a VPC origin. The load balancer's idle timeout is
     * 1 to 4000 seconds (ELB User Guide, "Connection idle timeout":
     * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#connection-idle-timeout).
     */
    /** CloudFront's ceiling for a VPC origin's timeouts, with a quota increase. */
    public static final int CLOUDFRONT_TIMEOUT_MAX = 120;
    /** CloudFront's ceiling without a quota increase. */
    public static final int CLOUDFRONT_TIMEOUT_DEFAULT_QUOTA = 60;
    private static final String QUOTA_FIX = "values above " + CLOUDFRONT_TIMEOUT_DEFAULT_QUOTA
            + " need a CloudFront quota increase first (Service Quotas, us-east-1: \"%s\"); a VPC origin allows at most "
            + CLOUDFRONT_TIMEOUT_MAX;

    public static final Setting<Integer> ORIGIN_READ_TIMEOUT_SECONDS = Setting.webstack("edge.originReadTimeoutSeconds", ValueType.WHOLE_NUMBER)
            .describedAs("Seconds CloudFront waits for the load balancer to start (and continue) answering before it returns 504. "
                    + "1 to 60; up to " + CLOUDFRONT_TIMEOUT_MAX + " after a CloudFront quota increase (\"Response timeout per origin\"). "
                    + "Long requests: raise it with edge.loadBalancerIdleTimeoutSeconds (docs/runbook.md#long-requests).")
            .defaultsTo(60)
            .check(Check.of(v -> v >= 1 && v <= CLOUDFRONT_TIMEOUT_MAX, "is outside 1.." + CLOUDFRONT_TIMEOUT_MAX,
                    "use 1 to " + CLOUDFRONT_TIMEOUT_DEFAULT_QUOTA + "; " + QUOTA_FIX.formatted("Response timeout per origin")))
            .build();

    public static final Setting<Integer> ORIGIN_KEEPALIVE_TIMEOUT_SECONDS = Setting.webstack("edge.originKeepaliveTimeoutSeconds", ValueType.WHOLE_NUMBER)
            .describedAs("Seconds CloudFront keeps an idle connection to the load balancer for the next request. 1 to 60; up to "
                    + CLOUDFRONT_TIMEOUT_MAX + " after a CloudFront quota increase (\"Keep-alive timeout per origin\"). Must stay "
                    + "below edge.loadBalancerIdleTimeoutSeconds.")
            .defaultsTo(5)
            .check(Check.of(v -> v >= 1 && v <= CLOUDFRONT_TIMEOUT_MAX, "is outside 1.." + CLOUDFRONT_TIMEOUT_MAX,
                    "use 1 to " + CLOUDFRONT_TIMEOUT_DEFAULT_QUOTA + "; " + QUOTA_FIX.formatted("Keep-alive timeout per origin")))
            .build();

    public static final Setting<Integer> LOAD_BALANCER_IDLE_TIMEOUT_SECONDS = Setting.webstack("edge.loadBalancerIdleTimeoutSeconds", ValueType.WHOLE_NUMBER)
            .describedAs("Seconds the load balancer keeps a connection open with no data flowing; a request whose response "
                    + "starts later gets 504 from the load balancer. 1 to 4000; at least edge.originReadTimeoutSeconds.")
            .defaultsTo(60)
            .check(Check.between(1, 4000))
            .build();

    public static final Setting<String> FROM_STACK = StackReferences.fromStack("edge",
            "the load balancer, its serving listener and its CloudFront VPC origin (this stack adds its own target group, "
                    + "listener rule and distribution; requires network.fromStack naming the same stack; ADR 0024)");

    /*
     * A listener rule's priority: 1 to 50000, unique on its listener (Elastic Load Balancing API Reference,
     * CreateRule, Priority: "Valid Range: Minimum value of 1. Maximum value of 50000"; a duplicate fails with
     * PriorityInUse: https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateRule.html).
     */
    public static final int LISTENER_RULE_PRIORITY_MAX = 50_000;

    public static final Setting<Integer> LISTENER_RULE_PRIORITY = Setting.webstack("edge.listenerRulePriority", ValueType.WHOLE_NUMBER)
            .describedAs("Priority of this stack's rule (the secret header forwards to its target group) on the serving listener. "
                    + "Unique per listener: a stack adopting another's load balancer (edge.fromStack) must choose one the owner "
                    + "and its other adopters do not use (ADR 0024). Keep an owner's at 1: ELB evaluates rules from the lowest "
                    + "priority, so no adopter's rule, whatever it matches, is evaluated before the owner's.")
            .defaultsTo(1)
            .check(Check.between(1, LISTENER_RULE_PRIORITY_MAX))
            .build();

    /** What configures the load balancer, its listeners or the VPC origin: the owner's, never an adopter's. */
    static final List<Setting<?>> OWNER_ONLY = List.of(DELETION_PROTECTION, LOAD_BALANCER_IDLE_TIMEOUT_SECONDS);

    static List<Setting<?>> settings() {
        return List.of(ORIGIN_LOCK, ORIGIN_SECRET, DOMAIN, HOSTED_ZONE, STATIC_PATHS, PRICE_CLASS, DEREGISTRATION_DELAY_SECONDS,
                DELETION_PROTECTION, ACCESS_LOG_RETENTION_DAYS, CLOUDFRONT_LOGS, WAF, WAF_RATE_LIMIT, WAF_LOG_RETENTION_DAYS,
                ORIGIN_READ_TIMEOUT_SECONDS, ORIGIN_KEEPALIVE_TIMEOUT_SECONDS, LOAD_BALANCER_IDLE_TIMEOUT_SECONDS, FROM_STACK,
                LISTENER_RULE_PRIORITY);
    }

    static EdgeSettings read(SettingsReader reader) {
        StackReferences.refuseWhenAdopted(reader, FROM_STACK, OWNER_ONLY);
        var settings = new EdgeSettings(reader.get(ORIGIN_LOCK), reader.find(ORIGIN_SECRET), reader.find(DOMAIN),
                reader.find(HOSTED_ZONE), reader.get(STATIC_PATHS), reader.get(PRICE_CLASS),
                reader.get(DEREGISTRATION_DELAY_SECONDS), reader.get(DELETION_PROTECTION), reader.get(ACCESS_LOG_RETENTION_DAYS),
                reader.get(CLOUDFRONT_LOGS), reader.get(WAF), reader.get(WAF_RATE_LIMIT), reader.get(WAF_LOG_RETENTION_DAYS),
                reader.get(ORIGIN_READ_TIMEOUT_SECONDS), reader.get(ORIGIN_KEEPALIVE_TIMEOUT_SECONDS),
                reader.get(LOAD_BALANCER_IDLE_TIMEOUT_SECONDS), reader.find(FROM_STACK), reader.get(LISTENER_RULE_PRIORITY));
        if (settings.fromStack.isPresent()) {
            EdgeAdoption.check(reader, settings);
        } else {
            // An adopter's load balancer is the owner's: its idle timeout is not this stack's to compare (ADR 0024).
            checkTimeouts(reader, settings);
        }
        if (reader.usable(ORIGIN_LOCK) && !settings.originLock && reader.environment().isProduction()) {
            reader.complain(ORIGIN_LOCK, false, "is refused in production: without the header any CloudFront VPC origin in the "
                            + "account could reach the load balancer, not only this distribution's",
                    "keep the origin lock on; for a one-off test, use a staging stack");
        }
        if (reader.usable(ORIGIN_LOCK, ORIGIN_SECRET) && settings.originLock && settings.originSecret.isEmpty()
                && settings.fromStack.isEmpty()) {
            reader.complain(ORIGIN_SECRET.key(), "is missing, and the origin lock needs it", "run " + SET_SECRET);
        }
        if (reader.usable(DOMAIN, HOSTED_ZONE)) {
            if (settings.domain.isPresent() && settings.hostedZone.isEmpty()) {
                reader.complain(HOSTED_ZONE.key(), "is missing, and edge.domain needs it",
                        "set it to the Route 53 zone that holds " + settings.domain.get());
            } else if (settings.domain.isEmpty() && settings.hostedZone.isPresent()) {
                reader.complain(HOSTED_ZONE, settings.hostedZone.get(), "is set without edge.domain",
                        "set edge.domain too, or remove edge.hostedZone");
            } else if (settings.domain.isPresent()
                    && !(settings.domain.get() + ".").endsWith("." + settings.hostedZone.get() + ".")
                    && !settings.domain.get().equals(settings.hostedZone.get())) {
                reader.complain(DOMAIN, settings.domain.get(), "is not inside edge.hostedZone (" + settings.hostedZone.get() + ")",
                        "use a domain under that zone, or the zone that holds it");
            }
        }
        return settings;
    }

    /**
     * The load balancer must not give up before CloudFront does: an idle timeout shorter than the read timeout
     * turns a slow response into the load balancer's 504, and one no longer than CloudFront's keep-alive lets the
     * load balancer close a connection CloudFront is about to reuse (a 502). ELB User Guide, "Connection idle
     * timeout", and CloudFront Developer Guide, "Keep-alive timeout (custom origins only)":
     * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html#DownloadDistValuesOriginKeepaliveTimeout
     */
    private static void checkTimeouts(SettingsReader reader, EdgeSettings settings) {
        if (reader.usable(ORIGIN_READ_TIMEOUT_SECONDS, LOAD_BALANCER_IDLE_TIMEOUT_SECONDS)
                && settings.loadBalancerIdleTimeoutSeconds < settings.originReadTimeoutSeconds) {
            reader.complain(LOAD_BALANCER_IDLE_TIMEOUT_SECONDS, settings.loadBalancerIdleTimeoutSeconds,
                    "is shorter than edge.originReadTimeoutSeconds (" + settings.originReadTimeoutSeconds
                            + "): the load balancer would answer 504 while CloudFront still waits",
                    "raise it to at least " + settings.originReadTimeoutSeconds);
        }
        if (reader.usable(ORIGIN_KEEPALIVE_TIMEOUT_SECONDS, LOAD_BALANCER_IDLE_TIMEOUT_SECONDS)
                && settings.loadBalancerIdleTimeoutSeconds <= settings.originKeepaliveTimeoutSeconds) {
            reader.complain(LOAD_BALANCER_IDLE_TIMEOUT_SECONDS, settings.loadBalancerIdleTimeoutSeconds,
                    "is not longer than edge.originKeepaliveTimeoutSeconds (" + settings.originKeepaliveTimeoutSeconds
                            + "): the load balancer would close connections CloudFront reuses",
                    "raise it above " + settings.originKeepaliveTimeoutSeconds + ", or lower the keep-alive");
        }
    }

    /**
     * HTTPS between CloudFront and the load balancer needs a certificate, which needs a domain. An adopter's origin
     * protocol is the owner's (its edge.originProtocolPolicy), whatever its own domain.
     */
    public boolean httpsOrigin() {
        return domain.isPresent() && fromStack.isEmpty();
    }

    /** Whether the load balancer, its listener and the VPC origin are another stack's (edge.fromStack). */
    public boolean adopted() {
        return fromStack.isPresent();
    }

    /** CloudFront certificates, log delivery and CloudFront-scope WAF live in us-east-1, whatever the stack's region. */
    public boolean needsGlobalRegion() {
        return domain.isPresent() || cloudFrontLogs || waf;
    }
}
