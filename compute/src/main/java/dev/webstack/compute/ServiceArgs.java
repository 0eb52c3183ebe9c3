package dev.webstack.compute;

import com.pulumi.core.Output;
import dev.webstack.kit.ArgsCheck;
import dev.webstack.kit.Doc;
import dev.webstack.kit.naming.Naming;
import dev.webstack.settings.OffHours;
import dev.webstack.settings.ServiceSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a {@link Service} is built from. Every field is required; off-hours are optional. */
public final class ServiceArgs {

    @Doc("physical names, `<app>-<stack>-...`")
    private final Naming naming;
    @Doc("given to the app as APP_ENV: the stack's own name, whatever its profile")
    private final String appEnv;
    @Doc("size, counts, ports, image tag, migration command, scaling (`webstack:service.*`)")
    private final ServiceSettings settings;
    @Doc("the repository the images come from: the stack's `Registry`, or `RegistryContract.adopt(...)` of another stack's (`webstack:registry.fromStack`)")
    private final RegistryContract registry;
    @Doc("when the service runs; empty: always (`webstack:offHours.*`)")
    private final Optional<OffHours> offHours;
    @Doc("the network's public subnets: tasks get public IPs there, since there is no NAT")
    private final Output<List<String>> subnetIds;
    @Doc("the network's app group: reachable from the load balancer only")
    private final Output<String> securityGroupId;
    @Doc("address, port, name and master secret ARN, from the database's contract")
    private final DatabaseConnection database;
    @Doc("bucket name and ARN, and the static key's parameters, from the document store's contract")
    private final DocumentsAccess documents;
    @Doc("application secrets by environment variable name (`secrets.arns`)")
    private final Output<Map<String, String>> applicationSecretArns;
    @Doc("the edge's target group; resolves once a listener forwards to it, which ECS requires")
    private final Output<String> targetGroupArn;
    @Doc("optional: Parameter Store SecureString ARNs by environment variable name (`parameters.arns`); none by default")
    private final Output<Map<String, String>> applicationParameterArns;
    @Doc("optional: Bedrock foundation-model ids the task role may invoke in the stack's region (`webstack:bedrock.models`); none by default")
    private final List<String> bedrockModels;

    private ServiceArgs(Builder b) {
        var check = ArgsCheck.of(ServiceArgs.class);
        check.required("naming", b.naming);
        check.required("appEnv", b.appEnv);
        check.required("settings", b.settings);
        check.required("registry", b.registry);
        check.required("subnetIds", b.subnetIds);
        check.required("securityGroupId", b.securityGroupId);
        check.required("database", b.database);
        check.required("documents", b.documents);
        check.required("applicationSecretArns", b.applicationSecretArns);
        check.required("targetGroupArn", b.targetGroupArn);
        check.orThrow();
        this.naming = b.naming;
        this.appEnv = b.appEnv;
        this.settings = b.settings;
        this.registry = b.registry;
        this.offHours = Optional.ofNullable(b.offHours);
        this.subnetIds = b.subnetIds;
        this.securityGroupId = b.securityGroupId;
        this.database = b.database;
        this.documents = b.documents;
        this.applicationSecretArns = b.applicationSecretArns;
        this.targetGroupArn = b.targetGroupArn;
        this.applicationParameterArns = b.applicationParameterArns == null ? Output.of(Map.of()) : b.applicationParameterArns;
        this.bedrockModels = b.bedrockModels == null ? List.of() : List.copyOf(b.bedrockModels);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Naming naming() {
        return naming;
    }

    public String appEnv() {
        return appEnv;
    }

    public ServiceSettings settings() {
        return settings;
    }

    public RegistryContract registry() {
        return registry;
    }

    public Optional<OffHours> offHours() {
        return offHours;
    }


    public Output<List<String>> subnetIds() {
        return subnetIds;
    }

    public Output<String> securityGroupId() {
        return securityGroupId;
    }

    public DatabaseConnection database() {
        return database;
    }

    public DocumentsAccess documents() {
        return documents;
    }

    public Output<Map<String, String>> applicationSecretArns() {
        return applicationSecretArns;
    }

    public Output<String> targetGroupArn() {
        return targetGroupArn;
    }

    public Output<Map<String, String>> applicationParameterArns() {
        return applicationParameterArns;
    }

    public List<String> bedrockModels() {
        return bedrockModels;
    }

    public static final class Builder {
        private Naming naming;
        private String appEnv;
        private ServiceSettings settings;
        private RegistryContract registry;
        private OffHours offHours;
        private Output<List<String>> subnetIds;
        private Output<String> securityGroupId;
        private DatabaseConnection database;
        private DocumentsAccess documents;
        private Output<Map<String, String>> applicationSecretArns;
        private Output<String> targetGroupArn;
        private Output<Map<String, String>> applicationParameterArns;
        private List<String> bedrockModels;

        public Builder naming(Naming naming) {
            this.naming = naming;
            return this;
        }

        public Builder appEnv(String appEnv) {
            this.appEnv = appEnv;
            return this;
        }

        public Builder settings(ServiceSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder registry(RegistryContract registry) {
            this.registry = registry;
            return this;
        }

        public Builder offHours(Optional<OffHours> offHours) {
            this.offHours = offHours.orElse(null);
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

        public Builder database(DatabaseConnection database) {
            this.database = database;
            return this;
        }

        public Builder documents(DocumentsAccess documents) {
            this.documents = documents;
            return this;
        }

        public Builder applicationSecretArns(Output<Map<String, String>> applicationSecretArns) {
            this.applicationSecretArns = applicationSecretArns;
            return this;
        }

        public Builder targetGroupArn(Output<String> targetGroupArn) {
            this.targetGroupArn = targetGroupArn;
            return this;
        }

        public Builder applicationParameterArns(Output<Map<String, String>> applicationParameterArns) {
            this.applicationParameterArns = applicationParameterArns;
            return this;
        }

        public Builder bedrockModels(List<String> bedrockModels) {
            this.bedrockModels = bedrockModels;
            return this;
        }

        public ServiceArgs build() {
            return new ServiceArgs(this);
        }
    }
}
