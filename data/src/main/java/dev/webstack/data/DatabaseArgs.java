package dev.webstack.data;

import com.pulumi.core.Output;
import dev.webstack.kit.ArgsCheck;
import dev.webstack.kit.Doc;
import dev.webstack.kit.Safekeeping;
import dev.webstack.kit.naming.Naming;
import dev.webstack.settings.DatabaseSettings;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link Database} is built from: the database settings (validated by the settings
 * loader; defaults in docs/configuration.md), what survives a delete, and where it lives.
 * Every field is required.
 */
public final class DatabaseArgs {

    @Doc("identifier `<app>-<stack>-db`")
    private final Naming naming;
    @Doc("version, class, storage, availability, windows, logging (`webstack:database.*`)")
    private final DatabaseSettings settings;
    @Doc("protect, final snapshot and backups on delete: `Safekeeping.forEnvironment(environment)`")
    private final Safekeeping safekeeping;
    @Doc("the network's isolated subnets: no route out of the VPC, at least two zones")
    private final Output<List<String>> subnetIds;
    @Doc("the network's db group: reachable from the application tasks only")
    private final Output<String> securityGroupId;
    @Doc("another stack's VPC the subnets are in (`webstack:network.fromStack`), which the subnet group's name then carries; empty: the stack's own")
    private final Optional<Output<String>> adoptedVpcId;

    private DatabaseArgs(Builder b) {
        var check = ArgsCheck.of(DatabaseArgs.class);
        check.required("naming", b.naming);
        check.required("settings", b.settings);
        check.required("safekeeping", b.safekeeping);
        check.required("subnetIds", b.subnetIds);
        check.required("securityGroupId", b.securityGroupId);
        check.orThrow();
        this.naming = b.naming;
        this.settings = b.settings;
        this.safekeeping = b.safekeeping;
        this.subnetIds = b.subnetIds;
        this.securityGroupId = b.securityGroupId;
        this.adoptedVpcId = b.adoptedVpcId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Naming naming() {
        return naming;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public Safekeeping safekeeping() {
        return safekeeping;
    }

    public Output<List<String>> subnetIds() {
        return subnetIds;
    }

    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    public Optional<Output<String>> adoptedVpcId() {
        return adoptedVpcId;
    }

    public static final class Builder {
        private Naming naming;
        private DatabaseSettings settings;
        private Safekeeping safekeeping;
        private Output<List<String>> subnetIds;
        private Output<String> securityGroupId;
        private Optional<Output<String>> adoptedVpcId = Optional.empty();

        public Builder naming(Naming naming) {
            this.naming = naming;
            return this;
        }

        public Builder settings(DatabaseSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder safekeeping(Safekeeping safekeeping) {
            this.safekeeping = safekeeping;
            return this;
        }

        public Builder subnetIds(Output<List<String>> subnetIds) {
            this.subnetIds = subnetIds;
            return this;
        }

        public Builder securityGroupId(Output<String> securityGroupId) {
            this.securityGroupId = securityGroupId;
            return this;
        }

        public Builder adoptedVpcId(Output<String> adoptedVpcId) {
            this.adoptedVpcId = Optional.of(adoptedVpcId);
            return this;
        }

        public DatabaseArgs build() {
            return new DatabaseArgs(this);
        }
    }
}
