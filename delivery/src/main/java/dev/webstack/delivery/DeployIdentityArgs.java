package dev.webstack.delivery;

import com.pulumi.core.Output;
import dev.webstack.kit.ArgsCheck;
import dev.webstack.kit.Doc;
import dev.webstack.kit.naming.Naming;
import dev.webstack.settings.DeploySettings;
import dev.webstack.settings.StackIdentity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a {@link DeployIdentity} is built from. All required but the VPC. */
public final class DeployIdentityArgs {

    @Doc("physical names, `<app>-<stack>-deploy` and `-preview`")
    private final Naming naming;
    @Doc("the stack: its name and project are the tags the role's tag-scoped grants require")
    private final StackIdentity identity;
    @Doc("the repository, branch and environment trusted (`webstack:deploy.*`)")
    private final DeploySettings settings;
    @Doc("every resource type the stack manages; the role gets the grants of exactly these")
    private final Set<String> resourceTypes;
    @Doc("the stack's own VPC, whose default security group the role adopts; empty when the network is adopted")
    private final Optional<Output<String>> vpcId;
    @Doc("the VPC another stack owns and, with its load balancer, that load balancer's group: where this stack creates groups and its one rule (ADR 0023)")
    private final Optional<AdoptedVpc> adoptedVpc;
    @Doc("the listener of an adopted load balancer (`webstack:edge.fromStack`): the role may put the stack's own rule on it; empty otherwise")
    private final Optional<Output<String>> sharedListenerArn;
    @Doc("what scripts/release touches: the repository, the cluster, the migration's family and the service")
    private final Release release;
    @Doc("the stack's roles (tasks, forwarder, monitoring, schedules, flow logs): the only ones the deploy role may pass")
    private final Output<List<String>> passedRoleArns;

    /**
     * What scripts/release touches: the repository it moves a tag in, the cluster it runs the
     * migration in, the migration's family and the service it rolls.
     */
    public record Release(Output<String> repositoryArn, Output<String> clusterArn, Output<String> clusterName,
                          Output<String> migrationTaskFamily, Output<String> serviceName) {
    }

    /** Another stack's VPC, and its load balancer's group when this stack writes its one rule into it. */
    public record AdoptedVpc(Output<String> vpcId, Optional<Output<String>> loadBalancerGroupId) {
    }

    private DeployIdentityArgs(Builder b) {
        var check = ArgsCheck.of(DeployIdentityArgs.class);
        check.required("naming", b.naming);
        check.required("identity", b.identity);
        check.required("settings", b.settings);
        check.required("resourceTypes", b.resourceTypes);
        check.required("release", b.release);
        check.required("passedRoleArns", b.passedRoleArns);
        check.orThrow();
        if (b.settings.githubRepository().isEmpty()) {
            throw new IllegalArgumentException("DeployIdentityArgs.settings names no GitHub repository (webstack:deploy.githubRepository)");
        }
        this.naming = b.naming;
        this.identity = b.identity;
        this.settings = b.settings;
        this.resourceTypes = Set.copyOf(b.resourceTypes);
        this.vpcId = b.vpcId;
        this.adoptedVpc = b.adoptedVpc;
        this.sharedListenerArn = b.sharedListenerArn;
        this.release = b.release;
        this.passedRoleArns = b.passedRoleArns;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Naming naming() {
        return naming;
    }

    public StackIdentity identity() {
        return identity;
    }

    public DeploySettings settings() {
        return settings;
    }

    public Set<String> resourceTypes() {
        return resourceTypes;
    }

    public Optional<Output<String>> vpcId() {
        return vpcId;
    }

    public Optional<AdoptedVpc> adoptedVpc() {
        return adoptedVpc;
    }

    public Optional<Output<String>> sharedListenerArn() {
        return sharedListenerArn;
    }

    public Release release() {
        return release;
    }

    public Output<List<String>> passedRoleArns() {
        return passedRoleArns;
    }

    public static final class Builder {
        private Naming naming;
        private StackIdentity identity;
        private DeploySettings settings;
        private Set<String> resourceTypes;
        private Optional<Output<String>> vpcId = Optional.empty();
        private Optional<AdoptedVpc> adoptedVpc = Optional.empty();
        private Optional<Output<String>> sharedListenerArn = Optional.empty();
        private Release release;
        private Output<List<String>> passedRoleArns;

        public Builder naming(Naming naming) {
            this.naming = naming;
            return this;
        }

        public Builder identity(StackIdentity identity) {
            this.identity = identity;
            return this;
        }

        public Builder settings(DeploySettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder resourceTypes(Set<String> resourceTypes) {
            this.resourceTypes = resourceTypes;
            return this;
        }

        public Builder vpcId(Output<String> vpcId) {
            this.vpcId = Optional.of(vpcId);
            return this;
        }

        public Builder adoptedVpc(AdoptedVpc adoptedVpc) {
            this.adoptedVpc = Optional.of(adoptedVpc);
            return this;
        }

        public Builder sharedListenerArn(Output<String> sharedListenerArn) {
            this.sharedListenerArn = Optional.of(sharedListenerArn);
            return this;
        }

        public Builder release(Release release) {
            this.release = release;
            return this;
        }

        public Builder passedRoleArns(Output<List<String>> passedRoleArns) {
            this.passedRoleArns = passedRoleArns;
            return this;
        }

        public DeployIdentityArgs build() {
            return new DeployIdentityArgs(this);
        }
    }
}
