package dev.webstack.program;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.webstack.compute.DatabaseConnection;
import dev.webstack.compute.DocumentsAccess;
import dev.webstack.compute.OffHoursSchedules;
import dev.webstack.compute.OffHoursSchedulesArgs;
import dev.webstack.compute.Registry;
import dev.webstack.compute.RegistryContract;
import dev.webstack.compute.Service;
import dev.webstack.compute.ServiceArgs;
import dev.webstack.compute.ServiceContract;
import dev.webstack.data.ApplicationParameters;
import dev.webstack.data.ApplicationSecrets;
import dev.webstack.data.Database;
import dev.webstack.data.DatabaseArgs;
import dev.webstack.data.DatabaseContract;
import dev.webstack.data.DocumentStore;
import dev.webstack.data.ParametersContract;
import dev.webstack.delivery.DeployIdentity;
import dev.webstack.delivery.DeployIdentityArgs;
import dev.webstack.delivery.ReleaseIdentity;
import dev.webstack.delivery.ReleaseIdentityArgs;
import dev.webstack.delivery.RoleBoundary;
import dev.webstack.delivery.RoleBoundaryArgs;
import dev.webstack.edge.AdoptedLoadBalancer;
import dev.webstack.edge.Edge;
import dev.webstack.edge.EdgeArgs;
import dev.webstack.kit.Adopted;
import dev.webstack.kit.Outputs;
import dev.webstack.kit.ResourceTypes;
import dev.webstack.kit.RoleBoundaries;
import dev.webstack.kit.Safekeeping;
import dev.webstack.kit.SettingsArgs;
import dev.webstack.kit.StackProvider;
import dev.webstack.kit.naming.Naming;
import dev.webstack.kit.naming.StandardTags;
import dev.webstack.network.Network;
import dev.webstack.network.NetworkArgs;
import dev.webstack.network.NetworkContract;
import dev.webstack.network.SecurityGroupsContract;
import dev.webstack.network.StackGroups;
import dev.webstack.network.StackGroupsArgs;
import dev.webstack.observability.Alarms;
import dev.webstack.observability.AlarmsArgs;
import dev.webstack.observability.AuditTrail;
import dev.webstack.observability.PublicEndpoint;
import dev.webstack.observability.SpendBudget;
import dev.webstack.observability.SpendBudgetArgs;
import dev.webstack.observability.Watched;
import dev.webstack.settings.AdoptionCheck;
import dev.webstack.settings.AuditSettings;
import dev.webstack.settings.DatabaseSettings;
import dev.webstack.settings.StackSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stack: settings in, components wired output to input, contracts exported. Runs
 * unchanged under {@code pulumi up} and under the offline engine.
 */
public final class WebstackProgram {

    /** Stack outputs that describe the stack itself, for scripts that act on it; stack.environment is the stack name (ADR 0022). */
    public static final String ENVIRONMENT_OUTPUT = "stack.environment";
    public static final String REGION_OUTPUT = AdoptionCheck.REGION;
    /** webstack:profile, which an adopting stack is checked against (ADR 0026). */
    public static final String PROFILE_OUTPUT = AdoptionCheck.PROFILE;
    /** The tag the task definitions run (webstack:service.imageTag), which a release moves (ADR 0021). */
    public static final String IMAGE_TAG_OUTPUT = "service.imageTag";
    public static final String NAME_PREFIX_OUTPUT = "stack.namePrefix";

    /**
     * The alarm forwarder's deployable directory, relative to the project directory: its classes and
     * lib/*.jar, which the notifier's `mvn compile` lays out (notifier/pom.xml). The Lambda's code.
     */
    public static final String FORWARDER_CODE = "notifier/target/lambda";

    /** Who records the account's API calls for this stack, in words the plan shows. */
    public static final String AUDIT_TRAIL_OUTPUT = "audit.trail";
    /** The standard tag the cost budget filters on: it names the stack, and every resource carries it. */
    public static final String COST_TAG = "pulumi-stack";
    /** The webstack branch whose release workflow the release role trusts: the reviewed one (requirements R2.3). */
    static final String WEBSTACK_RELEASE_BRANCH = "main";

    private WebstackProgram() {
    }

    private static String auditTrail(AuditSettings.Trail trail) {
        return switch (trail) {
            case OWN -> "own: a multi-region trail with log file validation (AuditTrail \"audit\")";
            case ORGANIZATION -> "organization: an AWS Organizations trail records this account; this stack creates none";
            case OFF -> "off: no trail, only CloudTrail's 90-day event history";
        };
    }

    /**
     * The types the deploy role manages: every one the stack registered so far, the deploy
     * identity's own, which it must be able to update too, and the release identity's, created after it.
     */
    private static Set<String> deployableTypes(ResourceTypes types, StackSettings settings) {
        var all = new TreeSet<>(types.seen());
        all.addAll(DeployIdentity.OWN_TYPES);
        if (settings.release().appRepository().isPresent()) {
            all.addAll(ReleaseIdentity.OWN_TYPES);
        }
        return all;
    }

    private static Output<Map<String, String>> exported(Context context, ParametersContract parameters) {
        parameters.exportTo(context);
        return parameters.arns();
    }

    public static void define(Context context, StackSettings settings) {
        var identity = settings.identity();
        var naming = Naming.of(identity);
        var types = new ResourceTypes();
        // Every role the deploy role can create carries the stack's boundary; its own identity is an administrator's (ADR 0020).
        var boundaries = new RoleBoundaries(Set.of(DeployIdentity.TYPE));
        // Read and checked first: a mismatch with an owner's contract stops the update before anything is created.
        var owners = AdoptedOwners.read(context, settings);
        var inStack = StackProvider.create(identity, types, boundaries);
        settings.deploy().githubRepository().ifPresent(repository -> {
            var boundary = new RoleBoundary("boundary", new RoleBoundaryArgs(naming), inStack).contract();
            boundary.exportTo(context);
            boundaries.use(boundary.arn());
        });

        // The VPC may be another stack's; the security groups are always this stack's own (ADR 0023). With the
        // owner's load balancer (ADR 0024) this stack's one rule on its group lets it reach this stack's tasks.
        var adoptedLoadBalancer = settings.edge().fromStack().map(stack -> AdoptedLoadBalancer.adopt(owners.reference(stack)));
        NetworkContract network;
        SecurityGroupsContract groups;
        if (settings.network().fromStack().isPresent()) {
            network = NetworkContract.adopt(owners.reference(settings.network().fromStack().get()));
            groups = new StackGroups("groups", new StackGroupsArgs(naming, network.vpcId(),
                    adoptedLoadBalancer.map(AdoptedLoadBalancer::albSgId),
                    settings.service().containerPort(), DatabaseSettings.PORT), inStack).contract();
        } else {
            var own = new Network("main", new NetworkArgs(naming, settings.network(),
                    settings.service().containerPort(), DatabaseSettings.PORT), inStack);
            network = own.contract();
            groups = own.groups();
        }
        network.exportTo(context);
        groups.exportTo(context);

        var safekeeping = Safekeeping.forEnvironment(identity.environment());
        var registry = settings.registry().fromStack()
                .map(stack -> RegistryContract.adopt(owners.reference(stack), stack, identity.stack()))
                .orElseGet(() -> new Registry("app", new SettingsArgs<>(naming, settings.registry(), safekeeping), inStack).contract());
        registry.exportTo(context);
        var databaseArgs = DatabaseArgs.builder()
                .naming(naming)
                .settings(settings.database())
                .safekeeping(safekeeping)
                .subnetIds(network.isolatedSubnetIds())
                .securityGroupId(groups.dbSgId());
        if (settings.network().fromStack().isPresent()) {
            databaseArgs.adoptedVpcId(network.vpcId());
        }
        var database = new Database("db", databaseArgs.build(), inStack).contract();
        database.exportTo(context);

        var documents = new DocumentStore("documents", new SettingsArgs<>(naming, settings.documents(), safekeeping), inStack).contract();
        documents.exportTo(context);

        var secrets = new ApplicationSecrets("secrets", new SettingsArgs<>(naming, settings.secrets(), safekeeping), inStack).contract();
        secrets.exportTo(context);

        // No parameters named, no component: a plan shows nothing empty.
        var parameterArns = settings.integrations().parameters().isEmpty() ? Output.of(Map.<String, String>of()) : exported(context,
                new ApplicationParameters("parameters", new SettingsArgs<>(naming, settings.integrations(), safekeeping), inStack).contract());

        var edgeArgs = EdgeArgs.builder()
                .naming(naming)
                .settings(settings.edge())
                .safekeeping(safekeeping)
                .vpcId(network.vpcId())
                .appPort(settings.service().containerPort())
                .healthCheckPath(settings.service().healthCheckPath());
        // The load balancer, its listener and VPC origin: another stack's (ADR 0024), or created in this network.
        adoptedLoadBalancer.ifPresentOrElse(edgeArgs::adopted, () -> edgeArgs.isolatedSubnetIds(network.isolatedSubnetIds()).albSecurityGroupId(groups.albSgId()));
        settings.edge().originSecret().ifPresent(secret -> edgeArgs.originSecret(secret.output()));
        // One us-east-1 provider per stack, shared: the edge's certificate and logs, the alarms' site health check.
        var globalProvider = settings.edge().needsGlobalRegion() ? Optional.of(StackProvider.global(identity))
                : Optional.<com.pulumi.aws.Provider>empty();
        globalProvider.ifPresent(edgeArgs::globalProvider);
        var edge = new Edge("edge", edgeArgs.build(), inStack).contract();
        edge.exportTo(context);

        var serviceComponent = new Service("app", ServiceArgs.builder()
                .naming(naming)
                .appEnv(identity.stack())
                .settings(settings.service())
                .registry(registry)
                .offHours(settings.offHours().schedule())
                .subnetIds(network.publicSubnetIds())
                .securityGroupId(groups.appSgId())
                .database(new DatabaseConnection(database.address(), database.port(), database.name(),
                        database.masterSecretArn(), secrets.databaseAppLoginArn(), secrets.databaseMigratorLoginArn(),
                        settings.databaseLogin().appLogin(), settings.database().majorVersion()))
                .documents(new DocumentsAccess(documents.bucketName(), documents.bucketArn(),
                        documents.accessKeyParameters().map(Outputs::mapOf)))
                .applicationSecretArns(secrets.arns())
                .targetGroupArn(edge.targetGroupArn())
                .applicationParameterArns(parameterArns)
                .bedrockModels(settings.integrations().bedrockModels())
                .build(), inStack);
        var service = serviceComponent.contract();
        service.exportTo(context);
        // The tag a release moves (scripts/release reads it rather than assuming <environment>-latest).
        context.export(IMAGE_TAG_OUTPUT, Output.of(settings.service().imageTag()));

        var alarmsArgs = AlarmsArgs.builder()
                .naming(naming)
                .settings(settings.alarms())
                .safekeeping(safekeeping)
                .secretRecoveryWindowDays(settings.secrets().recoveryWindowDays())
                .containerInsights(settings.service().containerInsights())
                .watched(new Watched(service.clusterName(), service.clusterArn(), service.serviceName(),
                        service.migrationTaskFamily(), Service.MIGRATION_CONTAINER, database.instanceIdentifier(),
                        edge.albArnSuffix(), edge.targetGroupArnSuffix(), service.logGroupName(), settings.service().minCount()))
                .forwarderCode(FORWARDER_CODE)
                .pausedOffHours(settings.offHours().schedule().isPresent())
                .burstableDatabase(settings.database().burstable());
        settings.edge().domain().ifPresent(domain -> alarmsArgs.publicEndpoint(new PublicEndpoint(domain,
                settings.service().healthCheckPath(), globalProvider.orElseThrow(), settings.offHours().schedule())));
        var alarms = new Alarms("alarms", alarmsArgs.build(), inStack).contract();
        alarms.exportTo(context);

        context.export(AUDIT_TRAIL_OUTPUT, Output.of(auditTrail(settings.audit().trail())));
        if (settings.audit().trail() == AuditSettings.Trail.OWN) {
            new AuditTrail("audit", new SettingsArgs<>(naming, settings.audit(), safekeeping), inStack).contract().exportTo(context);
        }
        new SpendBudget("spend", new SpendBudgetArgs(naming, settings.cost().monthlyBudgetUsd(), COST_TAG,
                StandardTags.of(identity).get(COST_TAG), alarms.topicArn()), inStack).contract().exportTo(context);

        settings.offHours().schedule().ifPresent(schedule -> new OffHoursSchedules("off-hours", OffHoursSchedulesArgs.builder()
                .naming(naming)
                .schedule(schedule)
                .databaseIdentifier(database.instanceIdentifier())
                .databaseArn(database.instanceArn())
                .alarmNames(alarms.pausedAlarmNames())
                .build(), inStack).contract().exportTo(context));

        settings.deploy().githubRepository().ifPresent(repository -> {
            var deployArgs = DeployIdentityArgs.builder()
                    .naming(naming)
                    .identity(identity)
                    .settings(settings.deploy())
                    .resourceTypes(deployableTypes(types, settings))
                    .passedRoleArns(types.roleArns())
                    .release(new DeployIdentityArgs.Release(registry.repositoryArn(), service.clusterArn(),
                            service.clusterName(), service.migrationTaskFamily(), service.serviceName()));
            if (settings.network().fromStack().isEmpty()) {
                deployArgs.vpcId(network.vpcId());
            } else {
                deployArgs.adoptedVpc(new DeployIdentityArgs.AdoptedVpc(network.vpcId(), adoptedLoadBalancer.map(AdoptedLoadBalancer::albSgId)));
            }
            if (settings.edge().adopted()) {
                // Its own rule on the owner's listener, and no other there (ADR 0024).
                deployArgs.sharedListenerArn(edge.listenerArn());
            }
            var deployIdentity = new DeployIdentity("deploy", deployArgs.build(), inStack);
            deployIdentity.contract().exportTo(context);
            settings.release().appRepository().ifPresent(app -> new ReleaseIdentity("release", new ReleaseIdentityArgs(naming,
                    new ReleaseIdentityArgs.Trust(app, settings.deploy().githubEnvironment(), repository, WEBSTACK_RELEASE_BRANCH),
                    new ReleaseIdentityArgs.Targets(registry.repositoryArn(), service.clusterArn(), service.clusterName(),
                            service.migrationTaskFamily(), service.serviceName(), serviceComponent.migrationRoleArns(),
                            database.instanceArn(), settings.offHours().schedule().isPresent(), registry.heldForOthers()),
                    // The trust names the account's GitHub OIDC provider, which the deploy identity may create.
                    releaseOutputs(identity, settings, service, database), List.of(deployIdentity)), inStack).contract().exportTo(context));
        });

        context.export(ENVIRONMENT_OUTPUT, Output.of(identity.stack()));
        context.export(REGION_OUTPUT, Output.of(identity.region()));
        context.export(PROFILE_OUTPUT, Output.of(identity.environment().id()));
        context.export(AdoptionCheck.ADOPTS_FROM, Output.of(adoptsFrom(settings)));
        if (!settings.edge().adopted()) {
            // What an adopter's CloudFront timeouts are checked against (ADR 0026).
            context.export(AdoptionCheck.IDLE_TIMEOUT, Output.of(settings.edge().loadBalancerIdleTimeoutSeconds()));
        }
        context.export(NAME_PREFIX_OUTPUT, Output.of(naming.prefix()));
    }

    /** What this stack adopts, by module: the stacks adopting from it are checked against it (ADR 0026). */
    private static Map<String, String> adoptsFrom(StackSettings settings) {
        var adopted = new LinkedHashMap<String, String>();
        settings.network().fromStack().ifPresent(stack -> adopted.put("network", stack));
        settings.edge().fromStack().ifPresent(stack -> adopted.put("edge", stack));
        settings.registry().fromStack().ifPresent(stack -> adopted.put("registry", stack));
        return adopted;
    }

    /** The outputs scripts/release reads, for the release identity's parameter: names and ids only, no secrets. */
    static Output<Map<String, Object>> releaseOutputs(dev.webstack.settings.StackIdentity identity, StackSettings settings,
                                                               ServiceContract service, DatabaseContract database) {
        return Output.tuple(Output.tuple(service.clusterName(), service.serviceName(), service.migrationTaskFamily(),
                        service.repositoryUrl(), service.logGroupName()),
                Output.tuple(service.taskSubnetIds(), service.taskSecurityGroupId(), database.instanceIdentifier()))
                .applyValue(t -> {
                    var outputs = new LinkedHashMap<String, Object>();
                    outputs.put(ENVIRONMENT_OUTPUT, identity.stack());
                    outputs.put(REGION_OUTPUT, identity.region());
                    outputs.put(ServiceContract.CLUSTER_NAME, t.t1.t1);
                    outputs.put(ServiceContract.SERVICE_NAME, t.t1.t2);
                    outputs.put(ServiceContract.MIGRATION_TASK_FAMILY, t.t1.t3);
                    outputs.put(ServiceContract.MIGRATION_CONTAINER_NAME, Service.MIGRATION_CONTAINER);
                    outputs.put(ServiceContract.REPOSITORY_URL, t.t1.t4);
                    outputs.put(ServiceContract.LOG_GROUP_NAME, t.t1.t5);
                    outputs.put(ServiceContract.TASK_SUBNET_IDS, t.t2.t1);
                    outputs.put(ServiceContract.TASK_SECURITY_GROUP_ID, t.t2.t2);
                    outputs.put(IMAGE_TAG_OUTPUT, settings.service().imageTag());
                    outputs.put(DatabaseContract.INSTANCE_IDENTIFIER, t.t2.t3);
                    return Map.copyOf(outputs);
                });
    }
}
