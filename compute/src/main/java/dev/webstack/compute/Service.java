package dev.webstack.compute;

import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ecs.Cluster;
import com.pulumi.aws.ecs.ClusterArgs;
import com.pulumi.aws.ecs.ClusterCapacityProviders;
import com.pulumi.aws.ecs.ClusterCapacityProvidersArgs;
import com.pulumi.aws.ecs.TaskDefinition;
import com.pulumi.aws.ecs.TaskDefinitionArgs;
import com.pulumi.aws.ecs.inputs.ClusterCapacityProvidersDefaultCapacityProviderStrategyArgs;
import com.pulumi.aws.ecs.inputs.ClusterSettingArgs;
import com.pulumi.aws.ecs.inputs.ServiceCapacityProviderStrategyArgs;
import com.pulumi.aws.ecs.inputs.ServiceDeploymentCircuitBreakerArgs;
import com.pulumi.aws.ecs.inputs.ServiceLoadBalancerArgs;
import com.pulumi.aws.ecs.inputs.ServiceNetworkConfigurationArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionRuntimePlatformArgs;
import com.pulumi.aws.ecs.inputs.TaskDefinitionVolumeArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import dev.webstack.kit.Children;
import dev.webstack.kit.Outputs;
import dev.webstack.kit.StackFacts;
import dev.webstack.kit.naming.NameLimit;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.AppVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.annotation.Nullable;

/**
 * The application on Fargate, from the stack's image repository: cluster, log group, the two roles, the
 * app and {@code migration} task definitions built from one container description, the
 * service in the public subnets behind the load balancer, and its scaling. Migrations run as
 * a one-off task before each service update (requirements R9.2), never at container start.
 */
public final class Service extends ComponentResource {

    public static final String TYPE = "webstack:compute:Service";
    public static final String APP_CONTAINER = "app";
    /** Requirements R9.2: the release's containerOverrides address the container by this name. */
    public static final String MIGRATION_CONTAINER = "migration";

    /** Roll out with all old tasks serving until the new ones are healthy. */
    static final int MINIMUM_HEALTHY_PERCENT = 100;
    static final int MAXIMUM_PERCENT = 200;

    private final Output<String> clusterName;
    private final Output<String> clusterArn;
    private final Output<String> serviceName;
    private final Output<String> appTaskFamily;
    private final Output<String> migrationTaskFamily;
    private final Output<String> migrationTaskDefinitionArn;
    private final Output<String> repositoryUrl;
    private final Output<String> logGroupName;
    private final ServiceArgs args;
    private final Output<List<String>> migrationRoleArns;


    public Service(String name, ServiceArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        this.args = args;
        var naming = args.naming();
        var settings = args.settings();
        var account = StackFacts.account(this);
        var region = StackFacts.region(this);

        var registry = args.registry();
        this.repositoryUrl = registry.repositoryUrl();

        var logs = new LogGroup(name + "-logs", LogGroupArgs.builder()
                .name(naming.logGroup("app"))
                .retentionInDays(settings.logRetentionDays())
                .build(), Children.of(this));
        this.logGroupName = logs.name();

        var cluster = new Cluster(name + "-cluster", ClusterArgs.builder()
                .name(naming.prefix())
                .settings(ClusterSettingArgs.builder()
                        .name("containerInsights")
                        .value(settings.containerInsights() ? "enabled" : "disabled")
                        .build())
                .build(), Children.of(this));
        var capacityProvider = settings.spot() ? "FARGATE_SPOT" : "FARGATE";
        var capacity = new ClusterCapacityProviders(name + "-capacity", ClusterCapacityProvidersArgs.builder()
                .clusterName(cluster.name())
                .capacityProviders("FARGATE", "FARGATE_SPOT")
                .defaultCapacityProviderStrategies(ClusterCapacityProvidersDefaultCapacityProviderStrategyArgs.builder()
                        .capacityProvider(capacityProvider).weight(1).build())
                .build(), Children.of(this));
        this.clusterName = cluster.name();
        this.clusterArn = cluster.arn();

        var documents = args.documents();
        // The documents' key parameters and the application's own: one map, injected and readable alike.
        var parameters = Output.tuple(documents.accessKeyParameters().orElse(Output.of(Map.of())), args.applicationParameterArns())
                .applyValue(t -> {
                    var all = new LinkedHashMap<String, String>(t.t1);
                    all.putAll(t.t2);
                    return Map.copyOf(all);
                });
        var database = args.database();
        var logins = Output.tuple(database.masterSecretArn(), database.appLoginSecretArn(), database.migratorLoginSecretArn())
                .applyValue(t -> new DatabaseLogins.Logins(t.t1, t.t2, t.t3));
        var grants = Output.tuple(account, region, registry.repositoryArn(), logs.arn(), logins,
                args.applicationSecretArns(), parameters, documents.bucketArn()).applyValue(t -> {
                    var secrets = new ArrayList<String>();
                    // The master for the setup step (and the app during the transition), the two logins.
                    secrets.addAll(t.t5.all());
                    secrets.addAll(new TreeMap<>(t.t6).values());
                    return new ServiceRoles.Grants(t.t1, t.t2, t.t3, t.t4, List.copyOf(secrets),
                            List.copyOf(new TreeMap<>(t.t7).values()), t.t8, settings.exec(), args.bedrockModels());
                });
        var roles = ServiceRoles.create(this, name, naming, grants);
        this.migrationRoleArns = Output.all(roles.execution().arn(), roles.task().arn());

        var image = registry.repositoryUrl().applyValue(url -> url + ":" + settings.imageTag());
        var environment = Outputs.mapOf(plainVariables(args, region));
        var injected = Output.tuple(args.applicationSecretArns(), parameters).applyValue(t -> {
            var secrets = new LinkedHashMap<String, String>();
            secrets.putAll(t.t1);
            secrets.putAll(t.t2);
            return Map.copyOf(secrets);
        });

        var runtime = Output.tuple(image, environment, injected, logs.name(), region).applyValue(t ->
                new ContainerDefinition.Runtime(t.t1, t.t2, t.t3, t.t4, t.t5, settings.stopTimeoutSeconds(), settings.exec()));
        var app = taskDefinition(name + "-task", naming.physical("app", NameLimit.ECS), roles,
                Output.tuple(runtime, logins).applyValue(t -> containers(new ContainerDefinition(APP_CONTAINER, List.of(),
                        Optional.of(settings.containerPort()), t.t1.withSecrets(DatabaseLogins.app(t.t2, database.appLogin()))).toMap())),
                DatabaseLogins.appTaskTags(database.appLogin()));
        var setupEnvironment = Output.tuple(database.address(), database.port(), database.name())
                .applyValue(t -> DatabaseLogins.setupEnvironment(t.t1, t.t2, t.t3));
        var migration = taskDefinition(name + "-migration-task", naming.physical("migration", NameLimit.ECS), roles,
                Output.tuple(runtime, logins, setupEnvironment).applyValue(t -> {
                    var shared = t.t1;
                    var setup = new SetupContainer(database.engineMajor(), t.t3, DatabaseLogins.setup(t.t2), shared.logGroup(), shared.region());
                    var migrate = new ContainerDefinition(MIGRATION_CONTAINER, settings.migrationCommand(), Optional.empty(),
                            shared.withSecrets(DatabaseLogins.migration(t.t2))).toMap();
                    migrate.put("dependsOn", SetupContainer.dependency());
                    return containers(migrate, setup.toMap());
                }), Map.of());
        this.appTaskFamily = app.family();
        this.migrationTaskFamily = migration.family();
        this.migrationTaskDefinitionArn = migration.arn();

        var service = new com.pulumi.aws.ecs.Service(name + "-service", com.pulumi.aws.ecs.ServiceArgs.builder()
                .name(naming.physical("app", NameLimit.ECS))
                .cluster(cluster.arn())
                .taskDefinition(app.arn())
                .desiredCount(settings.desiredCount())
                .capacityProviderStrategies(ServiceCapacityProviderStrategyArgs.builder()
                        .capacityProvider(capacityProvider).weight(1).build())
                .platformVersion("LATEST")
                .networkConfiguration(ServiceNetworkConfigurationArgs.builder()
                        .subnets(args.subnetIds())
                        .securityGroups(args.securityGroupId().applyValue(List::of))
                        // No NAT: the public IP is how tasks reach ECR, Secrets Manager and external APIs.
                        .assignPublicIp(true)
                        .build())
                .loadBalancers(ServiceLoadBalancerArgs.builder()
                        .targetGroupArn(args.targetGroupArn())
                        .containerName(APP_CONTAINER)
                        .containerPort(settings.containerPort())
                        .build())
                .healthCheckGracePeriodSeconds(settings.healthCheckGraceSeconds())
                .deploymentCircuitBreaker(ServiceDeploymentCircuitBreakerArgs.builder().enable(true).rollback(true).build())
                .deploymentMinimumHealthyPercent(MINIMUM_HEALTHY_PERCENT)
                .deploymentMaximumPercent(MAXIMUM_PERCENT)
                .enableExecuteCommand(settings.exec())
                .enableEcsManagedTags(true)
                .propagateTags("SERVICE")
                // With force_new_deployment the bridged provider (terraform-provider-aws 5.x,
                // internal/service/ecs/service.go, capacityProviderStrategyCustomizeDiff) updates a
                // changed capacity-provider strategy in place; without it, toggling service.spot
                // forces a new service that collides with this fixed name. The flag is sent with
                // every UpdateService the provider makes, and the provider calls UpdateService only
                // when an input changed: an unchanged `pulumi up` starts no rollout (ADR 0017).
                .forceNewDeployment(true)
                .build(), Children.of(this, o -> o.dependsOn(startsWith(capacity, roles)).ignoreChanges(List.of("desiredCount"))));
        this.serviceName = service.name();

        ServiceScaling.attach(this, name, args,
                Output.tuple(cluster.name(), service.name()).applyValue(t -> "service/" + t.t1 + "/" + t.t2));

        var outputs = new LinkedHashMap<String, Output<?>>();
        outputs.put("clusterName", clusterName);
        outputs.put("serviceName", serviceName);
        outputs.put("migrationTaskDefinitionArn", migrationTaskDefinitionArn);
        outputs.put("repositoryUrl", repositoryUrl);
        registerOutputs(outputs);
    }

    /** The scratch volume, and with ECS Exec the agent's: empty, task-scoped bind mounts. */
    private static List<TaskDefinitionVolumeArgs> volumes(boolean exec) {
        var volumes = new ArrayList<TaskDefinitionVolumeArgs>();
        volumes.add(TaskDefinitionVolumeArgs.builder().name(ContainerDefinition.SCRATCH_VOLUME).build());
        if (exec) {
            ExecAgentVolumes.all().forEach(v -> volumes.add(TaskDefinitionVolumeArgs.builder().name(v.volume()).build()));
        }
        return List.copyOf(volumes);
    }

    /**
     * The variables of {@link AppVariable} set as plain values. The switch names every variable,
     * so one added to the list does not compile until it is given its value or its injection.
     */
    private static Map<String, Output<String>> plainVariables(ServiceArgs args, Output<String> region) {
        var values = new LinkedHashMap<String, Output<String>>();
        for (var variable : AppVariable.values()) {
            Optional<Output<String>> value = switch (variable) {
                case APP_ENV -> Optional.of(Output.of(args.appEnv()));
                case AWS_REGION -> Optional.of(region);
                case DB_HOST -> Optional.of(args.database().address());
                case DB_PORT -> Optional.of(args.database().port().applyValue(String::valueOf));
                case DB_NAME -> Optional.of(args.database().name());
                case DOCUMENTS_BUCKET -> Optional.of(args.documents().bucketName());
                // npm, Prisma, pip and the like write under HOME and its caches: the root is read-only (ADR 0018).
                case HOME -> Optional.of(Output.of(ContainerDefinition.SCRATCH_PATH));
                case XDG_CACHE_HOME -> Optional.of(Output.of(ContainerDefinition.SCRATCH_PATH + "/.cache"));
                case npm_config_cache -> Optional.of(Output.of(ContainerDefinition.SCRATCH_PATH + "/.npm"));
                // Injected as secrets: from the database's login secrets (DatabaseLogins) and the documents' key parameters.
                case DB_USERNAME, DB_PASSWORD, DATABASE_URL, DOCUMENTS_ACCESS_KEY_ID, DOCUMENTS_SECRET_ACCESS_KEY -> Optional.empty();
            };
            value.ifPresent(v -> values.put(variable.name(), v));
        }
        return values;
    }

    @SafeVarargs
    private static String containers(Map<String, Object>... containers) {
        return Json.compact(List.of(containers));
    }

    /**
     * What the service waits for besides its inputs: the cluster's capacity providers and the
     * roles' inline policies. A role exists before its permissions do, and IAM changes reach
     * other services only eventually ("Changes that I make are not always immediately
     * visible", IAM User Guide, Troubleshooting IAM); a task started in that window cannot
     * pull its image or read its secrets (ADR 0017).
     */
    private static List<Resource> startsWith(ClusterCapacityProviders capacity, ServiceRoles roles) {
        var waits = new ArrayList<Resource>();
        waits.add(capacity);
        waits.addAll(roles.policies());
        return List.copyOf(waits);
    }

    private TaskDefinition taskDefinition(String logicalName, String family, ServiceRoles roles, Output<String> containers,
                                          Map<String, String> tags) {
        var settings = args.settings();
        var definition = TaskDefinitionArgs.builder();
        if (!tags.isEmpty()) {
            definition.tags(tags);
        }
        return new TaskDefinition(logicalName, definition
                .family(family)
                .requiresCompatibilities("FARGATE")
                .networkMode("awsvpc")
                .cpu(String.valueOf(settings.cpu()))
                .memory(String.valueOf(settings.memory()))
                .runtimePlatform(TaskDefinitionRuntimePlatformArgs.builder()
                        .operatingSystemFamily("LINUX")
                        .cpuArchitecture(settings.architecture().name())
                        .build())
                .executionRoleArn(roles.execution().arn())
                .taskRoleArn(roles.task().arn())
                .volumes(volumes(settings.exec()))
                .containerDefinitions(containers)
                .build(), Children.of(this, o -> o.dependsOn(List.<Resource>copyOf(roles.policies()))));
    }

    /** The execution and task roles the migration's task definition names: what a release passes to ECS. */
    public Output<List<String>> migrationRoleArns() {
        return migrationRoleArns;
    }

    public ServiceContract contract() {
        return new ServiceContract(clusterName, clusterArn, serviceName, appTaskFamily, migrationTaskFamily,
                migrationTaskDefinitionArn, repositoryUrl, logGroupName, args.subnetIds(), args.securityGroupId());
    }
}
