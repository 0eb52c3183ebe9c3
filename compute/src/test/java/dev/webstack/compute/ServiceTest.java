package dev.webstack.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.webstack.kit.Safekeeping;
import dev.webstack.kit.SettingsArgs;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.Environment;
import dev.webstack.settings.StackSettings;
import dev.webstack.testkit.ComponentHarness;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** GIVEN each environment's service settings, WHEN planned, THEN a complete and least-privileged Fargate deployment. */
class ServiceTest {

    static final List<String> PUBLIC = List.of("subnet-0public0000000001", "subnet-0public0000000002");
    static final String APP_SG = "sg-0app0000000000001";
    static final String TARGET_GROUP = "arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/t/0123456789abcdef";
    static final String MASTER_SECRET = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:rds!db-1-abcdef";
    static final String APP_LOGIN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:webstack-x/database/app-cccccc";
    static final String MIGRATOR_LOGIN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:webstack-x/database/migrator-dddddd";
    static final String BUCKET = "webstack-documents-123456789012";
    static final String BUCKET_ARN = "arn:aws:s3:::" + BUCKET;
    static final Map<String, String> APP_SECRETS = Map.of(
            "OPENAI_API_KEY", "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:s/OPENAI_API_KEY-aaaaaa",
            "STRIPE_KEY", "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:s/STRIPE_KEY-bbbbbb");
    static final Map<String, String> KEY_PARAMETERS = Map.of(
            "DOCUMENTS_ACCESS_KEY_ID", "arn:aws:ssm:ap-northeast-1:123456789012:parameter/p/id",
            "DOCUMENTS_SECRET_ACCESS_KEY", "arn:aws:ssm:ap-northeast-1:123456789012:parameter/p/secret");

    private static final Map<Environment, Plan> PLANS = new EnumMap<>(Environment.class);

    /** The database as the data component would hand it over, with the stack's login mode and engine. */
    private static DatabaseConnection database(StackSettings stack) {
        return new DatabaseConnection(Output.of("db.example.internal"), Output.of(5432), Output.of("app"), Output.of(MASTER_SECRET),
                Output.of(APP_LOGIN), Output.of(MIGRATOR_LOGIN), stack.databaseLogin().appLogin(), stack.database().majorVersion());
    }

    static Plan plan(Environment environment, boolean staticKey, String... settings) {
        return ComponentHarness.run(environment, (context, options) -> {
            var stack = ComponentHarness.settings(environment, settings);
            var registry = new Registry("app", new SettingsArgs<>(ComponentHarness.naming(environment), stack.registry(),
                    Safekeeping.forEnvironment(environment)), options);
            registry.contract().exportTo(context);
            new Service("app", ServiceArgs.builder()
                    .naming(ComponentHarness.naming(environment))
                    .appEnv(environment.id())
                    .settings(stack.service())
                    .registry(registry.contract())
                    .offHours(stack.offHours().schedule())
                    .subnetIds(Output.of(PUBLIC))
                    .securityGroupId(Output.of(APP_SG))
                    .database(database(stack))
                    .documents(new DocumentsAccess(Output.of(BUCKET), Output.of(BUCKET_ARN),
                            staticKey ? Optional.of(Output.of(KEY_PARAMETERS)) : Optional.empty()))
                    .applicationSecretArns(Output.of(APP_SECRETS))
                    .targetGroupArn(Output.of(TARGET_GROUP))
                    .build(), options).contract().exportTo(context);
        });
    }

    @BeforeAll
    static void planOnce() {
        for (var environment : Environment.values()) {
            PLANS.put(environment, plan(environment, false));
        }
    }

    private static PlannedResource one(Plan plan, String type, String name) {
        return plan.named(type, name);
    }

    /** The task's own container: the app's only one, or the migration (the other is its setup step, ADR 0018). */
    private static Map<?, ?> container(Plan plan, String task) {
        var containers = containers(plan, task);
        assertEquals(task.equals("app-task") ? List.of("app") : List.of("migration", "db-setup"),
                containers.stream().map(c -> c.get("name")).toList(), task + "'s containers");
        return containers.get(0);
    }

    static List<Map<?, ?>> containers(Plan plan, String task) {
        var containers = (List<?>) Json.parse(one(plan, "aws:ecs/taskDefinition:TaskDefinition", task).inputText("containerDefinitions"));
        return containers.stream().<Map<?, ?>>map(c -> (Map<?, ?>) c).toList();
    }

    private static Map<String, Object> namedValues(Object list, String valueKey) {
        return ((List<?>) list).stream().map(e -> (Map<?, ?>) e)
                .collect(Collectors.toMap(e -> String.valueOf(e.get("name")), e -> e.get(valueKey)));
    }

    private static List<Map<?, ?>> statements(PlannedResource policy) {
        return ((List<?>) Json.parseObject(policy.inputText("policy")).get("Statement")).stream().<Map<?, ?>>map(s -> (Map<?, ?>) s).toList();
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theRegistryScansEncryptsAndExpires(Environment environment) {
        var plan = PLANS.get(environment);
        var repository = one(plan, "aws:ecr/repository:Repository", "app-repository");
        assertEquals("webstack-" + environment.id(), repository.inputText("name"));
        assertEquals(true, repository.input("imageScanningConfiguration.scanOnPush").orElseThrow());
        assertEquals("AES256", repository.input("encryptionConfigurations[0].encryptionType").orElseThrow());
        assertEquals("MUTABLE", repository.inputText("imageTagMutability"));
        assertEquals(!environment.isProduction(), repository.input("forceDelete").orElseThrow());
        assertEquals(environment.isProduction(), repository.options().protect());
        var rules = (List<?>) Json.parseObject(one(plan, "aws:ecr/lifecyclePolicy:LifecyclePolicy", "app-repository-lifecycle")
                .inputText("policy")).get("rules");
        assertEquals(3, rules.size(), "keep *-latest, expire untagged, keep the newest (RegistryLifecycleTest)");
        assertEquals(repository.outputText("repositoryUrl"), plan.output(RegistryContract.REPOSITORY_URL));
        assertEquals(repository.outputText("arn"), plan.output(RegistryContract.REPOSITORY_ARN));
        assertEquals(Registry.TYPE, plan.componentOf(repository).orElseThrow().type());
    }

    @Test
    void anAdoptedRepositoryIsPulledFromButNotCreated() {
        var url = "123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/webstack-production";
        var arn = "arn:aws:ecr:ap-northeast-1:123456789012:repository/webstack-production";
        var plan = ComponentHarness.run(Environment.STAGING, (context, options) -> {
            var stack = ComponentHarness.settings(Environment.STAGING);
            new Service("app", ServiceArgs.builder()
                    .naming(ComponentHarness.naming(Environment.STAGING))
                    .appEnv(Environment.STAGING.id())
                    .settings(stack.service())
                    .registry(new RegistryContract(Output.of(url), Output.of(arn), Output.of(Map.of())))
                    .offHours(stack.offHours().schedule())
                    .subnetIds(Output.of(PUBLIC))
                    .securityGroupId(Output.of(APP_SG))
                    .database(database(stack))
                    .documents(new DocumentsAccess(Output.of(BUCKET), Output.of(BUCKET_ARN), Optional.empty()))
                    .applicationSecretArns(Output.of(APP_SECRETS))
                    .targetGroupArn(Output.of(TARGET_GROUP))
                    .build(), options).contract().exportTo(context);
        });
        assertEquals(List.of(), plan.ofType("aws:ecr/repository:Repository"));
        assertEquals(url + ":staging-latest", container(plan, "app-task").get("image"), "its own environment's tag in the shared repository");
        var pull = statements(one(plan, "aws:iam/rolePolicy:RolePolicy", "app-execution-policy")).stream()
                .filter(s -> "PullThisRepository".equals(s.get("Sid"))).findFirst().orElseThrow();
        assertEquals(List.of(arn), pull.get("Resource"));
        assertEquals(url, plan.output("service.repositoryUrl"));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void logsExpireAndTheClusterHasInsightsInProduction(Environment environment) {
        var plan = PLANS.get(environment);
        var logs = one(plan, "aws:cloudwatch/logGroup:LogGroup", "app-logs");
        assertEquals("/webstack/webstack-" + environment.id() + "/app", logs.inputText("name"));
        assertEquals(environment.isProduction() ? 90L : 7L, logs.input("retentionInDays").orElseThrow());
        var cluster = one(plan, "aws:ecs/cluster:Cluster", "app-cluster");
        assertEquals("webstack-" + environment.id(), cluster.inputText("name"));
        assertEquals(List.of(Map.of("name", "containerInsights", "value", environment.isProduction() ? "enabled" : "disabled")),
                cluster.inputList("settings"));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void bothTaskDefinitionsAreFargateSizedPerEnvironment(Environment environment) {
        var plan = PLANS.get(environment);
        for (var task : List.of("app-task", "app-migration-task")) {
            var definition = one(plan, "aws:ecs/taskDefinition:TaskDefinition", task);
            assertEquals(List.of("FARGATE"), definition.inputList("requiresCompatibilities"));
            assertEquals("awsvpc", definition.inputText("networkMode"));
            assertEquals(environment.isProduction() ? "1024" : "256", definition.inputText("cpu"));
            assertEquals(environment.isProduction() ? "2048" : "1024", definition.inputText("memory"));
            assertEquals(Map.of("operatingSystemFamily", "LINUX", "cpuArchitecture", "ARM64"), definition.input("runtimePlatform").orElseThrow(),
                    "both stacks run one image, built for Graviton");
            assertEquals(environment.isProduction() ? List.of(Map.of("name", "scratch")) : List.of(Map.of("name", "scratch"),
                    Map.of("name", "exec-managed-agents"), Map.of("name", "exec-ssm-state"), Map.of("name", "exec-ssm-logs")),
                    definition.inputList("volumes"), "staging has ECS Exec on: the agent's paths are volumes of their own");
        }
        assertEquals("webstack-" + environment.id() + "-app", one(plan, "aws:ecs/taskDefinition:TaskDefinition", "app-task").inputText("family"));
        assertEquals("webstack-" + environment.id() + "-migration",
                one(plan, "aws:ecs/taskDefinition:TaskDefinition", "app-migration-task").inputText("family"));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theAppContainerGetsPlainSettingsInItsEnvironmentAndSecretsByArn(Environment environment) {
        var plan = PLANS.get(environment);
        var app = container(plan, "app-task");
        assertEquals("app", app.get("name"));
        assertEquals(one(plan, "aws:ecr/repository:Repository", "app-repository").outputText("repositoryUrl") + ":" + environment.id() + "-latest",
                app.get("image"));
        assertEquals(Map.of("APP_ENV", environment.id(), "AWS_REGION", "ap-northeast-1", "DB_HOST", "db.example.internal",
                "DB_PORT", "5432", "DB_NAME", "app", "DOCUMENTS_BUCKET", BUCKET, "HOME", "/tmp", "XDG_CACHE_HOME", "/tmp/.cache",
                "npm_config_cache", "/tmp/.npm"), namedValues(app.get("environment"), "value"),
                "HOME and the caches on the writable scratch volume: the root is read-only");
        var secrets = namedValues(app.get("secrets"), "valueFrom");
        assertEquals(Map.of("DATABASE_URL", APP_LOGIN + ":url::",
                "OPENAI_API_KEY", APP_SECRETS.get("OPENAI_API_KEY"), "STRIPE_KEY", APP_SECRETS.get("STRIPE_KEY")), secrets,
                "the app connects as its own login, never as the master (ADR 0018)");
        assertTrue(secrets.values().stream().allMatch(v -> String.valueOf(v).startsWith("arn:aws:")), "secrets are injected by ARN only");
        assertEquals(true, app.get("readonlyRootFilesystem"));
        assertEquals(List.of(Map.of("sourceVolume", "scratch", "containerPath", "/tmp", "readOnly", false)),
                ((List<?>) app.get("mountPoints")).subList(0, 1));
        assertEquals(30L, ((Number) app.get("stopTimeout")).longValue());
        var logging = (Map<?, ?>) app.get("logConfiguration");
        assertEquals("awslogs", logging.get("logDriver"));
        assertEquals(Map.of("awslogs-group", "/webstack/webstack-" + environment.id() + "/app", "awslogs-region", "ap-northeast-1",
                "awslogs-stream-prefix", "app"), logging.get("options"));
        assertEquals(3000L, ((Number) ((Map<?, ?>) ((List<?>) app.get("portMappings")).get(0)).get("containerPort")).longValue());
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theMigrationRunsTheSameImageWithTheSameEnvironmentAndTheMigratorsLogin(Environment environment) {
        var plan = PLANS.get(environment);
        var app = container(plan, "app-task");
        var migration = container(plan, "app-migration-task");
        assertEquals("migration", migration.get("name"));
        assertEquals(app.get("image"), migration.get("image"));
        assertEquals(app.get("environment"), migration.get("environment"));
        var appSecrets = new HashMap<>(namedValues(app.get("secrets"), "valueFrom"));
        appSecrets.put("DATABASE_URL", MIGRATOR_LOGIN + ":url::");
        assertEquals(appSecrets, namedValues(migration.get("secrets"), "valueFrom"), "the same secrets but its own DATABASE_URL");
        assertEquals(List.of("npx", "prisma", "migrate", "deploy"), migration.get("command"));
        assertEquals("migration", ((Map<?, ?>) ((Map<?, ?>) migration.get("logConfiguration")).get("options")).get("awslogs-stream-prefix"));
        assertFalse(migration.containsKey("portMappings"));
        assertEquals(Service.MIGRATION_CONTAINER, plan.output("service.migrationContainerName"));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theExecutionRoleReadsExactlyWhatIsInjected(Environment environment) {
        var plan = PLANS.get(environment);
        var execution = one(plan, "aws:iam/role:Role", "app-execution-role");
        var task = one(plan, "aws:iam/role:Role", "app-task-role");
        assertNotEquals(execution.outputText("arn"), task.outputText("arn"));
        var definition = one(plan, "aws:ecs/taskDefinition:TaskDefinition", "app-task");
        assertEquals(execution.outputText("arn"), definition.inputText("executionRoleArn"));
        assertEquals(task.outputText("arn"), definition.inputText("taskRoleArn"));

        var bySid = statements(one(plan, "aws:iam/rolePolicy:RolePolicy", "app-execution-policy")).stream()
                .collect(Collectors.toMap(s -> String.valueOf(s.get("Sid")), s -> s));
        assertEquals(Set.of("RegistryToken", "PullThisRepository", "WriteThisLogGroup", "ReadInjectedSecrets"), bySid.keySet());
        assertEquals(List.of("ecr:GetAuthorizationToken"), bySid.get("RegistryToken").get("Action"));
        assertEquals(List.of(one(plan, "aws:ecr/repository:Repository", "app-repository").outputText("arn")),
                bySid.get("PullThisRepository").get("Resource"));
        assertEquals(List.of(one(plan, "aws:cloudwatch/logGroup:LogGroup", "app-logs").outputText("arn") + ":*"),
                bySid.get("WriteThisLogGroup").get("Resource"));
        assertEquals(Set.of(MASTER_SECRET, APP_LOGIN, MIGRATOR_LOGIN, APP_SECRETS.get("OPENAI_API_KEY"), APP_SECRETS.get("STRIPE_KEY")),
                Set.copyOf((List<?>) bySid.get("ReadInjectedSecrets").get("Resource")));
        assertEquals(environment.isProduction() ? Set.of("ListDocuments", "ReadWriteDocuments") : Set.of("ListDocuments",
                "ReadWriteDocuments", "EcsExecChannel"), statements(one(plan, "aws:iam/rolePolicy:RolePolicy", "app-task-policy"))
                .stream().map(s -> String.valueOf(s.get("Sid"))).collect(Collectors.toSet()));
        for (var policy : plan.ofType("aws:iam/rolePolicy:RolePolicy")) {
            for (var statement : statements(policy)) {
                assertTrue(((List<?>) statement.get("Action")).stream().noneMatch(a -> String.valueOf(a).contains("*")), policy.name());
                if (((List<?>) statement.get("Resource")).contains("*")) {
                    assertTrue(Set.of("RegistryToken", "EcsExecChannel").contains(statement.get("Sid")),
                            statement.get("Sid") + " needs no account-wide resource");
                }
            }
        }
        var trust = Json.compact(Json.parseObject(execution.inputText("assumeRolePolicy")));
        assertTrue(trust.contains("\"Service\":[\"ecs-tasks.amazonaws.com\"]") && trust.contains("aws:SourceAccount"), trust);
    }

    @Test
    void theTaskRoleReadsAndWritesTheDocumentsBucketOnly() {
        var bySid = statements(one(PLANS.get(Environment.PRODUCTION), "aws:iam/rolePolicy:RolePolicy", "app-task-policy")).stream()
                .collect(Collectors.toMap(s -> String.valueOf(s.get("Sid")), s -> s));
        assertEquals(List.of(BUCKET_ARN), bySid.get("ListDocuments").get("Resource"));
        assertEquals(List.of(BUCKET_ARN + "/*"), bySid.get("ReadWriteDocuments").get("Resource"));
    }

    @Test
    void withTheStaticKeyTheParametersAreInjectedAndReadable() {
        var plan = plan(Environment.STAGING, true);
        assertEquals(KEY_PARAMETERS.get("DOCUMENTS_ACCESS_KEY_ID"), namedValues(container(plan, "app-task").get("secrets"), "valueFrom")
                .get("DOCUMENTS_ACCESS_KEY_ID"));
        var parameters = statements(one(plan, "aws:iam/rolePolicy:RolePolicy", "app-execution-policy")).stream()
                .filter(s -> "ReadInjectedParameters".equals(s.get("Sid"))).findFirst().orElseThrow();
        assertEquals(List.of("ssm:GetParameters"), parameters.get("Action"));
        assertEquals(Set.copyOf(KEY_PARAMETERS.values()), Set.copyOf((List<?>) parameters.get("Resource")));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theServiceRollsSafelyInThePublicSubnetsBehindTheTargetGroup(Environment environment) {
        var plan = PLANS.get(environment);
        var service = one(plan, "aws:ecs/service:Service", "app-service");
        assertEquals(Map.of("subnets", PUBLIC, "securityGroups", List.of(APP_SG), "assignPublicIp", true),
                service.input("networkConfiguration").orElseThrow());
        assertEquals(List.of(Map.of("targetGroupArn", TARGET_GROUP, "containerName", "app", "containerPort", 3000L)),
                service.inputList("loadBalancers"));
        assertEquals(one(plan, "aws:ecs/taskDefinition:TaskDefinition", "app-task").outputText("arn"), service.inputText("taskDefinition"));
        assertEquals(environment.isProduction() ? 2L : 1L, service.input("desiredCount").orElseThrow());
        assertEquals(Map.of("enable", true, "rollback", true), service.input("deploymentCircuitBreaker").orElseThrow());
        assertEquals(100L, service.input("deploymentMinimumHealthyPercent").orElseThrow());
        assertEquals(200L, service.input("deploymentMaximumPercent").orElseThrow());
        assertEquals(60L, service.input("healthCheckGracePeriodSeconds").orElseThrow());
        assertEquals(!environment.isProduction(), service.input("enableExecuteCommand").orElseThrow());
        assertEquals("SERVICE", service.inputText("propagateTags"));
        assertEquals(List.of("desiredCount"), service.options().ignoreChanges(), "the scaler owns the desired count");
        assertEquals("FARGATE", service.input("capacityProviderStrategies[0].capacityProvider").orElseThrow());
    }

    /**
     * GIVEN ECS Exec on with a read-only root (staging), WHEN planned, THEN both containers mount an empty, task-scoped
     * volume at each path the exec agent writes (aws/containers-roadmap#1359); production (exec off) mounts only /tmp.
     */
    @ParameterizedTest
    @EnumSource(Environment.class)
    void withExecTheAgentPathsAreWritableVolumes(Environment environment) {
        var plan = PLANS.get(environment);
        var scratch = Map.of("sourceVolume", "scratch", "containerPath", "/tmp", "readOnly", false);
        var expected = environment.isProduction() ? List.of(scratch) : List.of(scratch,
                Map.of("sourceVolume", "exec-managed-agents", "containerPath", "/managed-agents", "readOnly", false),
                Map.of("sourceVolume", "exec-ssm-state", "containerPath", "/var/lib/amazon/ssm", "readOnly", false),
                Map.of("sourceVolume", "exec-ssm-logs", "containerPath", "/var/log/amazon/ssm", "readOnly", false));
        for (var task : List.of("app-task", "app-migration-task")) {
            var container = container(plan, task);
            assertEquals(true, container.get("readonlyRootFilesystem"), task);
            assertEquals(expected, container.get("mountPoints"), task);
            var volumes = one(plan, "aws:ecs/taskDefinition:TaskDefinition", task).inputList("volumes");
            assertTrue(volumes.stream().map(v -> (Map<?, ?>) v).allMatch(v -> v.keySet().equals(Set.of("name"))),
                    "bind mounts of the task's own storage: no host path, no EFS, nothing shared between tasks");
        }
    }

    static final String WANDB_PARAMETER = "arn:aws:ssm:ap-northeast-1:123456789012:parameter/webstack-staging/app/WANDB_API_KEY";
    static final String MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";

    /**
     * GIVEN one application parameter and one Bedrock model, WHEN planned, THEN the parameter is injected by ARN and
     * readable by the execution role only, and the task role may invoke that model in the stack's region, nothing else.
     */
    @Test
    void aParameterIsInjectedByArnAndOneModelIsInvokable() {
        var plan = ComponentHarness.run(Environment.STAGING, (context, options) -> {
            var stack = ComponentHarness.settings(Environment.STAGING);
            var registry = new Registry("app", new SettingsArgs<>(ComponentHarness.naming(Environment.STAGING), stack.registry(),
                    Safekeeping.forEnvironment(Environment.STAGING)), options);
            new Service("app", ServiceArgs.builder()
                    .naming(ComponentHarness.naming(Environment.STAGING))
                    .appEnv(Environment.STAGING.id())
                    .settings(stack.service())
                    .registry(registry.contract())
                    .subnetIds(Output.of(PUBLIC))
                    .securityGroupId(Output.of(APP_SG))
                    .database(database(stack))
                    .documents(new DocumentsAccess(Output.of(BUCKET), Output.of(BUCKET_ARN), Optional.empty()))
                    .applicationSecretArns(Output.of(APP_SECRETS))
                    .targetGroupArn(Output.of(TARGET_GROUP))
                    .applicationParameterArns(Output.of(Map.of("WANDB_API_KEY", WANDB_PARAMETER)))
                    .bedrockModels(List.of(MODEL))
                    .build(), options);
        });
        for (var task : List.of("app-task", "app-migration-task")) {
            assertEquals(WANDB_PARAMETER, namedValues(container(plan, task).get("secrets"), "valueFrom").get("WANDB_API_KEY"), task);
            assertFalse(namedValues(container(plan, task).get("environment"), "value").containsKey("WANDB_API_KEY"));
        }
        var execution = statements(one(plan, "aws:iam/rolePolicy:RolePolicy", "app-execution-policy"));
        var read = execution.stream().filter(s -> "ReadInjectedParameters".equals(s.get("Sid"))).toList();
        assertEquals(1, read.size());
        assertEquals(List.of("ssm:GetParameters"), read.get(0).get("Action"));
        assertEquals(List.of(WANDB_PARAMETER), read.get(0).get("Resource"));
        assertTrue(execution.stream().noneMatch(s -> String.valueOf(s.get("Action")).contains("kms:")),
                "aws/ssm lets the account's principals decrypt through SSM: no KMS grant to widen");

        var task = statements(one(plan, "aws:iam/rolePolicy:RolePolicy", "app-task-policy"));
        var bedrock = task.stream().filter(s -> String.valueOf(s.get("Action")).contains("bedrock:")).toList();
        assertEquals(1, bedrock.size(), "one statement holds every Bedrock grant");
        assertEquals("InvokeBedrockModels", bedrock.get(0).get("Sid"));
        assertEquals(List.of("bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"), bedrock.get(0).get("Action"));
        assertEquals(List.of("arn:aws:bedrock:ap-northeast-1::foundation-model/" + MODEL), bedrock.get(0).get("Resource"));
        assertFalse(statements(one(plan, "aws:iam/rolePolicy:RolePolicy", "app-execution-policy")).stream()
                .anyMatch(s -> String.valueOf(s.get("Action")).contains("bedrock:")), "the execution role never invokes models");
    }

    @Test
    void withoutModelsTheTaskRoleHasNoBedrockStatement() {
        assertTrue(statements(one(PLANS.get(Environment.STAGING), "aws:iam/rolePolicy:RolePolicy", "app-task-policy")).stream()
                .noneMatch(s -> String.valueOf(s.get("Action")).contains("bedrock:")));
    }

    @Test
    void anX86ImageMayRunOnFargateSpot() {
        var plan = plan(Environment.STAGING, false, "webstack:service.cpuArchitecture: X86_64", "webstack:service.spot: true");
        assertEquals("FARGATE_SPOT", one(plan, "aws:ecs/service:Service", "app-service").input("capacityProviderStrategies[0].capacityProvider").orElseThrow());
        assertEquals("X86_64", one(plan, "aws:ecs/taskDefinition:TaskDefinition", "app-task").input("runtimePlatform.cpuArchitecture").orElseThrow());
    }

    @Test
    void productionTracksCpuBetweenTwoAndFourTasksAllDay() {
        var plan = PLANS.get(Environment.PRODUCTION);
        var target = one(plan, "aws:appautoscaling/target:Target", "app-scaling-target");
        assertEquals(2L, target.input("minCapacity").orElseThrow());
        assertEquals(4L, target.input("maxCapacity").orElseThrow());
        assertEquals("service/webstack-production/webstack-production-app", target.inputText("resourceId"));
        var policy = one(plan, "aws:appautoscaling/policy:Policy", "app-cpu-tracking");
        assertEquals("TargetTrackingScaling", policy.inputText("policyType"));
        assertEquals(70.0, ((Number) policy.input("targetTrackingScalingPolicyConfiguration.targetValue").orElseThrow()).doubleValue());
        assertEquals("ECSServiceAverageCPUUtilization",
                policy.input("targetTrackingScalingPolicyConfiguration.predefinedMetricSpecification.predefinedMetricType").orElseThrow());
        assertEquals(List.of(), plan.ofType("aws:appautoscaling/scheduledAction:ScheduledAction"));
        assertEquals(List.of(), target.options().ignoreChanges(), "without a schedule the stack file owns the bounds");
    }

    @Test
    void stagingScalesToZeroAtNightAndOnWeekendsAndBackInTheMorning() {
        var plan = PLANS.get(Environment.STAGING);
        var target = one(plan, "aws:appautoscaling/target:Target", "app-scaling-target");
        var stop = one(plan, "aws:appautoscaling/scheduledAction:ScheduledAction", "app-stop");
        var start = one(plan, "aws:appautoscaling/scheduledAction:ScheduledAction", "app-start");
        assertEquals("cron(0 22 ? * MON-FRI *)", stop.inputText("schedule"));
        assertEquals("cron(0 8 ? * MON-FRI *)", start.inputText("schedule"));
        for (var action : List.of(stop, start)) {
            assertEquals("Asia/Tokyo", action.inputText("timezone"));
            assertEquals(target.inputText("resourceId"), action.inputText("resourceId"));
        }
        assertEquals(Map.of("minCapacity", 0L, "maxCapacity", 0L), stop.input("scalableTargetAction").orElseThrow());
        assertEquals(Map.of("minCapacity", 1L, "maxCapacity", 2L), start.input("scalableTargetAction").orElseThrow());
        assertEquals(List.of("minCapacity", "maxCapacity"), target.options().ignoreChanges(),
                "a night-time update must not restore the bounds the stop action set to zero");

        var custom = plan(Environment.STAGING, false, "webstack:offHours.from: \"09:00\"", "webstack:offHours.until: \"01:00\"",
                "webstack:offHours.days: [MON, TUE, WED, THU, FRI, SAT]");
        assertEquals("cron(0 1 ? * SUN,TUE-SAT *)", one(custom, "aws:appautoscaling/scheduledAction:ScheduledAction", "app-stop")
                .inputText("schedule"), "stopping after midnight happens on the next day");
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void exportsWhatAReleaseNeeds(Environment environment) {
        var plan = PLANS.get(environment);
        assertEquals(one(plan, "aws:ecs/cluster:Cluster", "app-cluster").inputText("name"), plan.output("service.clusterName"));
        assertEquals(one(plan, "aws:ecs/taskDefinition:TaskDefinition", "app-migration-task").outputText("arn"),
                plan.output("service.migrationTaskDefinitionArn"));
        assertEquals("webstack-" + environment.id() + "-migration", plan.output("service.migrationTaskFamily"));
        assertEquals(PUBLIC, plan.output("service.taskSubnetIds"));
        assertEquals(APP_SG, plan.output("service.taskSecurityGroupId"));
        assertEquals(one(plan, "aws:ecr/repository:Repository", "app-repository").outputText("repositoryUrl"),
                plan.output("service.repositoryUrl"));
    }

    @Test
    void argsNameEveryMissingField() {
        var error = assertThrows(IllegalArgumentException.class, () -> ServiceArgs.builder().build());
        assertEquals(10, error.getMessage().lines().count(), error.getMessage());
        assertTrue(error.getMessage().contains("ServiceArgs.targetGroupArn is required"));
    }
}
