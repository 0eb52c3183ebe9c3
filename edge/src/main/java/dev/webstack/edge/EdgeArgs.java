package dev.webstack.edge;

import com.pulumi.aws.Provider;
import com.pulumi.core.Output;
import dev.webstack.kit.ArgsCheck;
import dev.webstack.kit.Doc;
import dev.webstack.kit.Safekeeping;
import dev.webstack.kit.naming.Naming;
import dev.webstack.settings.EdgeSettings;
import java.util.List;
import java.util.Optional;

/**
 * What an {@link Edge} is built from. Every field is required, except the origin secret
 * (required with the origin lock), the us-east-1 provider (required with a custom domain,
 * CloudFront logs or WAF), and the adopted load balancer: with it, the isolated subnets and the
 * alb group are the owner's business and not required (ADR 0024).
 */
public final class EdgeArgs {

    @Doc("physical names and Name tags")
    private final Naming naming;
    @Doc("lock, domain, behaviours, logs, WAF (`webstack:edge.*`)")
    private final EdgeSettings settings;
    @Doc("whether the logs bucket is kept on delete")
    private final Safekeeping safekeeping;
    @Doc("the network's VPC, for the target group (adopting the load balancer: the owner's, through `network.fromStack`)")
    private final Output<String> vpcId;
    @Doc("the internal load balancer's subnets: the network's isolated subnets, at least two zones; not with `adopted`")
    private final Output<List<String>> isolatedSubnetIds;
    @Doc("the network's alb group, without rules in: the edge admits CloudFront's VPC origins on the origin port; not with `adopted`")
    private final Output<String> albSecurityGroupId;
    @Doc("the port the tasks listen on (`webstack:service.containerPort`)")
    private final int appPort;
    @Doc("the path health checks probe (`webstack:service.healthCheckPath`)")
    private final String healthCheckPath;
    @Doc("the header value CloudFront sends and the listener requires, a Pulumi secret; required with the origin lock")
    private final Optional<Output<String>> originSecret;
    @Doc("the us-east-1 provider, for CloudFront's certificate, log delivery and web ACL; required with a custom domain, CloudFront logs or WAF")
    private final Optional<Provider> globalProvider;
    @Doc("another stack's load balancer, listener and VPC origin (`AdoptedLoadBalancer.adopt`, `webstack:edge.fromStack`): none is created; requires the origin secret")
    private final Optional<AdoptedLoadBalancer> adopted;

    private EdgeArgs(Builder b) {
        var check = ArgsCheck.of(EdgeArgs.class);
        check.required("naming", b.naming);
        var hasSettings = check.required("settings", b.settings);
        check.required("safekeeping", b.safekeeping);
        check.required("vpcId", b.vpcId);
        if (b.adopted == null) {
            check.required("isolatedSubnetIds", b.isolatedSubnetIds);
            check.required("albSecurityGroupId", b.albSecurityGroupId);
        }
        if (hasSettings) {
            check.check(b.settings.adopted() == (b.adopted != null), "adopted", b.adopted == null ? "(none)" : "(a load balancer)",
                    "does not match webstack:edge.fromStack", "pass AdoptedLoadBalancer.adopt(...) exactly when edge.fromStack is set");
        }
        check.required("appPort", b.appPort);
        check.required("healthCheckPath", b.healthCheckPath);
        if (hasSettings && b.settings.originLock()) {
            check.check(b.originSecret != null, "originSecret", "(none)", "is required with the origin lock",
                    "pass the secret CloudFront sends (webstack:edge.originSecret)");
        }
        if (hasSettings && b.settings.needsGlobalRegion()) {
            check.check(b.globalProvider != null, "globalProvider", "(none)",
                    "is required with a custom domain, CloudFront logs or WAF", "pass StackProvider.global(identity)");
        }
        check.orThrow();
        this.naming = b.naming;
        this.settings = b.settings;
        this.safekeeping = b.safekeeping;
        this.vpcId = b.vpcId;
        this.isolatedSubnetIds = b.isolatedSubnetIds;
        this.albSecurityGroupId = b.albSecurityGroupId;
        this.appPort = b.appPort;
        this.healthCheckPath = b.healthCheckPath;
        this.originSecret = Optional.ofNullable(b.originSecret);
        this.globalProvider = Optional.ofNullable(b.globalProvider);
        this.adopted = Optional.ofNullable(b.adopted);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Naming naming() {
        return naming;
    }

    public EdgeSettings settings() {
        return settings;
    }

    public Safekeeping safekeeping() {
        return safekeeping;
    }

    public Output<String> vpcId() {
        return vpcId;
    }

    public Output<List<String>> isolatedSubnetIds() {
        return isolatedSubnetIds;
    }

    public Output<String> albSecurityGroupId() {
        return albSecurityGroupId;
    }

    public int appPort() {
        return appPort;
    }

    public String healthCheckPath() {
        return healthCheckPath;
    }

    public Optional<Output<String>> originSecret() {
        return originSecret;
    }

    public Optional<Provider> globalProvider() {
        return globalProvider;
    }

    public Optional<AdoptedLoadBalancer> adopted() {
        return adopted;
    }

    public static final class Builder {
        private Naming naming;
        private EdgeSettings settings;
        private Safekeeping safekeeping;
        private Output<String> vpcId;
        private Output<List<String>> isolatedSubnetIds;
        private Output<String> albSecurityGroupId;
        private Integer appPort;
        private String healthCheckPath;
        private Output<String> originSecret;
        private Provider globalProvider;
        private AdoptedLoadBalancer adopted;

        public Builder naming(Naming naming) {
            this.naming = naming;
            return this;
        }

        public Builder settings(EdgeSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder safekeeping(Safekeeping safekeeping) {
            this.safekeeping = safekeeping;
            return this;
        }

        public Builder vpcId(Output<String> vpcId) {
            this.vpcId = vpcId;
            return this;
        }

        public Builder isolatedSubnetIds(Output<List<String>> isolatedSubnetIds) {
            this.isolatedSubnetIds = isolatedSubnetIds;
            return this;
        }

        public Builder albSecurityGroupId(Output<String> albSecurityGroupId) {
            this.albSecurityGroupId = albSecurityGroupId;
            return this;
        }

        public Builder appPort(int appPort) {
            this.appPort = appPort;
            return this;
        }

        public Builder healthCheckPath(String healthCheckPath) {
            this.healthCheckPath = healthCheckPath;
            return this;
        }

        public Builder originSecret(Output<String> originSecret) {
            this.originSecret = originSecret;
            return this;
        }

        public Builder globalProvider(Provider globalProvider) {
            this.globalProvider = globalProvider;
            return this;
        }

        public Builder adopted(AdoptedLoadBalancer adopted) {
            this.adopted = adopted;
            return this;
        }

        public EdgeArgs build() {
            return new EdgeArgs(this);
        }
    }
}
