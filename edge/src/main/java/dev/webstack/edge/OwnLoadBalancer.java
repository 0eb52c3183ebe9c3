package dev.webstack.edge;

import com.pulumi.aws.lb.Listener;
import com.pulumi.aws.lb.ListenerArgs;
import com.pulumi.aws.lb.LoadBalancer;
import com.pulumi.aws.lb.LoadBalancerArgs;
import com.pulumi.aws.lb.TargetGroup;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionFixedResponseArgs;
import com.pulumi.aws.lb.inputs.ListenerDefaultActionRedirectArgs;
import com.pulumi.aws.lb.inputs.LoadBalancerAccessLogsArgs;
import com.pulumi.core.Alias;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import dev.webstack.kit.PrivateBucket;
import dev.webstack.kit.naming.NameLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The load balancer a stack creates for itself and for the stacks that adopt it (ADR 0014, ADR 0024): the internal
 * ALB, its listeners, the CloudFront VPC origin with the one rule into the alb group, and with a domain the origin
 * certificate and the origin host's record. Every resource keeps the logical name and parent (the Edge) it had
 * before this piece was split out, so running stacks see no change.
 */
final class OwnLoadBalancer {

    private OwnLoadBalancer() {
    }

    static LoadBalancerView create(Edge parent, String name, EdgeArgs args, TargetGroup targets, PrivateBucket logs,
                                   Optional<CustomDomain> domain) {
        var settings = args.settings();
        var naming = args.naming();
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
                .accessLogs(LoadBalancerAccessLogsArgs.builder().bucket(logs.name()).prefix(Edge.ALB_LOG_PREFIX).enabled(true).build())
                .tags(naming.nameTag("alb"))
                // The load balancer checks it may write its logs when it is created.
                // Replaced (internal is ForceNew in the provider), the old one goes first: its name is fixed, and
                // the target group may belong to one load balancer only (TargetGroupAssociationLimit:
                // hashicorp/terraform-provider-aws#22005). The tasks keep their target group. ADR 0014.
                .build(), Children.of(parent, o -> o.dependsOn(logs.policy()).deleteBeforeReplace(true)));

        var originCertificate = domain.map(CustomDomain::originCertificate);
        var serving = listeners(parent, name, args, alb, targets, originCertificate.map(CustomDomain.Validated::arn));
        var https = settings.httpsOrigin();
        var origin = PrivateOrigin.create(parent, name, naming, alb, args.vpcId(), args.albSecurityGroupId(),
                Edge.originPort(settings), https);
        domain.ifPresent(d -> d.originAlias(alb.dnsName(), alb.zoneId()));

        // The distribution starts sending requests as soon as it is deployed: it waits for the rule that lets
        // CloudFront in, the listener that answers and, with a domain, the origin certificate's validation.
        var ready = new ArrayList<Resource>();
        ready.add(origin.entry());
        ready.add(serving);
        originCertificate.ifPresent(c -> ready.add(c.validation()));
        // The host CloudFront names to the load balancer (Host header and, with TLS, the name the origin
        // certificate must match): the origin host with a domain, else the load balancer's own DNS name.
        var originHost = domain.map(d -> Output.of(d.originHost())).orElse(alb.dnsName());
        return new LoadBalancerView(alb.arn(), alb.arnSuffix(), alb.dnsName(), args.albSecurityGroupId(), serving.arn(), origin.id(),
                originHost, Output.of(https ? LoadBalancerView.HTTPS_ONLY : LoadBalancerView.HTTP_ONLY),
                Output.of(settings.originLock()), List.copyOf(ready));
    }

    /**
     * The listener CloudFront reaches. Locked, it answers 403 unless a rule's secret header matches
     * (the rules are the stacks' own: the Edge adds this stack's); unlocked, it forwards everything. With a domain it
     * is HTTPS on 443 and port 80 only redirects.
     *
     * <p>One logical resource per port in both modes: port 80 is always "-http" (the name stacks
     * without a domain have), and "-http-redirect" (the name it had with a domain) is its alias, so
     * turning edge.domain on or off changes the listener in place and never creates a second
     * listener on port 80 before the first is gone.
     */
    private static Listener listeners(Edge parent, String name, EdgeArgs args, LoadBalancer alb, TargetGroup targets,
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
        var http = new Listener(name + Edge.HTTP_LISTENER, ListenerArgs.builder()
                .loadBalancerArn(alb.arn())
                .port(80)
                .protocol("HTTP")
                .defaultActions(certificate.isEmpty() ? defaultAction : redirect)
                .tags(naming.nameTag(certificate.isEmpty() ? "http" : "http-redirect"))
                .build(), Children.of(parent, o -> {
                    o.aliases(Alias.builder().name(name + Edge.HTTP_LISTENER_WITH_DOMAIN).build());
                    return o;
                }));
        if (certificate.isEmpty()) {
            return http;
        }
        return new Listener(name + "-https", ListenerArgs.builder()
                .loadBalancerArn(alb.arn())
                .port(443)
                .protocol("HTTPS")
                .sslPolicy(Edge.TLS_POLICY)
                .certificateArn(certificate.get())
                .defaultActions(defaultAction)
                .tags(naming.nameTag("https"))
                .build(), Children.of(parent));
    }
}
