package dev.webstack.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.Output;
import dev.webstack.kit.Safekeeping;
import dev.webstack.kit.StackProvider;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.Environment;
import dev.webstack.testkit.ComponentHarness;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** GIVEN the resources a stack runs, WHEN its alarms are planned, THEN every alarm watches them and reaches someone. */
class AlarmsTest {

    static final String ACCOUNT = "123456789012";
    static final String LOAD_BALANCER = "app/webstack-lb/50dc6c495c0c9188";
    static final String TARGET_GROUP = "targetgroup/webstack-tg/73e2d6bc24d8a067";
    static final String DATABASE = "webstack-db";
    static final String MIGRATION_CONTAINER = "migration";

    private static final Map<Environment, Plan> PLANS = new EnumMap<>(Environment.class);

    static String cluster(Environment environment) {
        return "webstack-" + environment.id();
    }

    static String logGroup(Environment environment) {
        return "/webstack/webstack-" + environment.id() + "/app";
    }

    static String migrationFamily(Environment environment) {
        return cluster(environment) + "-migration";
    }

    static Plan plan(Environment environment, String... settings) {
        return plan(environment, false, settings);
    }

    /** With {@code domain}, the site is app.example.com and the harness adds the stack's us-east-1 provider. */
    static Plan plan(Environment environment, boolean domain, String... settings) {
        var stack = ComponentHarness.settings(environment, settings);
        return ComponentHarness.run(environment, (context, options) -> new Alarms("alarms", withDomain(domain, stack, environment,
                AlarmsArgs.builder()
                .naming(ComponentHarness.naming(environment))
                .settings(stack.alarms())
                .safekeeping(Safekeeping.forEnvironment(environment))
                .secretRecoveryWindowDays(7)
                .containerInsights(environment.isProduction())
                .watched(new Watched(Output.of(cluster(environment)),
                        Output.of("arn:aws:ecs:ap-northeast-1:" + ACCOUNT + ":cluster/" + cluster(environment)),
                        Output.of(cluster(environment) + "-app"), Output.of(migrationFamily(environment)), MIGRATION_CONTAINER,
                        Output.of(DATABASE), Output.of(LOAD_BALANCER), Output.of(TARGET_GROUP), Output.of(logGroup(environment)),
                        stack.service().minCount()))
                .forwarderCode("notifier/target/lambda")
                .pausedOffHours(stack.offHours().schedule().isPresent())
                .burstableDatabase(stack.database().burstable())).build(), options).contract().exportTo(context));
    }

    static final String DOMAIN = "app.example.com";

    private static AlarmsArgs.Builder withDomain(boolean domain, dev.webstack.settings.StackSettings stack, Environment environment,
                                                 AlarmsArgs.Builder args) {
        return domain ? args.publicEndpoint(new PublicEndpoint(DOMAIN, stack.service().healthCheckPath(),
                StackProvider.global(ComponentHarness.identity(environment)), stack.offHours().schedule())) : args;
    }

    @BeforeAll
    static void planOnce() {
        for (var environment : Environment.values()) {
            PLANS.put(environment, plan(environment, "webstack:alarms.emails: [\"oncall@example.com\", \"lead@example.com\"]"));
        }
    }

    private static PlannedResource one(Plan plan, String type, String name) {
        return plan.named(type, name);
    }

    private static List<Map<?, ?>> statements(String policy) {
        return ((List<?>) Json.parseObject(policy).get("Statement")).stream().<Map<?, ?>>map(s -> (Map<?, ?>) s).toList();
    }

    private static Map<?, ?> statement(String policy, String sid) {
        return statements(policy).stream().filter(s -> sid.equals(s.get("Sid"))).findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + sid + " in " + policy));
    }

    private static PlannedResource alarm(Plan plan, String symptom) {
        return plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").stream()
                .filter(a -> a.inputText("name").endsWith("-" + symptom)).findFirst()
                .orElseThrow(() -> new AssertionError("no alarm " + symptom));
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static String topicArn(Plan plan) {
        return one(plan, "aws:sns/topic:Topic", "alarms-topic").outputText("arn");
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theTopicIsEncryptedWithARotatingKeyThatAlarmsAndEventsMayUse(Environment environment) {
        var plan = PLANS.get(environment);
        var key = one(plan, "aws:kms/key:Key", "alarms-key");
        assertEquals(true, key.input("enableKeyRotation").orElseThrow());
        assertEquals(environment.isProduction(), key.options().protect());
        assertEquals(environment.isProduction() ? 30.0 : 7.0, number(key.input("deletionWindowInDays").orElseThrow()));

        var topic = one(plan, "aws:sns/topic:Topic", "alarms-topic");
        assertEquals(key.outputText("arn"), topic.inputText("kmsMasterKeyId"),
                "with the AWS-managed SNS key CloudWatch cannot publish and alarms are silently lost");
        assertEquals("alias/webstack-" + environment.id() + "-alarms", one(plan, "aws:kms/alias:Alias", "alarms-key-alias").inputText("name"));
    }

    /** Each publisher in a statement of its own, with only the conditions it supports. */
    @ParameterizedTest
    @EnumSource(Environment.class)
    void eachPublisherMayUseTheKeyUnderConditionsItSupports(Environment environment) {
        var plan = PLANS.get(environment);
        var policy = one(plan, "aws:kms/key:Key", "alarms-key").inputText("policy");
        var actions = Set.of("kms:GenerateDataKey", "kms:Decrypt");

        var cloudWatch = statement(policy, "CloudWatchAlarmsEncrypt");
        assertEquals(Map.of("Service", List.of("cloudwatch.amazonaws.com")), cloudWatch.get("Principal"));
        assertEquals(actions, Set.copyOf((List<?>) cloudWatch.get("Action")));
        assertEquals(Map.of("StringEquals", Map.of("aws:SourceAccount", List.of(ACCOUNT))), cloudWatch.get("Condition"));

        // The key policy is written before the topic: the ARN it names must be the one SNS gives the topic.
        var onlyThisTopic = Map.of("StringEquals", Map.of("kms:EncryptionContext:aws:sns:topicArn", List.of(topicArn(plan))));
        for (var sid : Map.of("EventBridgeRulesEncrypt", "events.amazonaws.com", "BudgetsEncrypt", "budgets.amazonaws.com").entrySet()) {
            var grant = statement(policy, sid.getKey());
            assertEquals(Map.of("Service", List.of(sid.getValue())), grant.get("Principal"), sid.getKey());
            assertEquals(actions, Set.copyOf((List<?>) grant.get("Action")), sid.getKey());
            assertEquals(onlyThisTopic, grant.get("Condition"), sid.getKey());
            assertFalse(String.valueOf(grant.get("Condition")).contains("aws:Source"),
                    "the SNS guide: aws:SourceAccount / aws:SourceArn in the key policy are not supported for EventBridge");
        }
        assertEquals(4, statements(policy).size(), "administration, CloudWatch, EventBridge, Budgets: nobody else");
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void onlyThisAccountsAlarmsRulesAndBudgetsMayPublishAndOnlyOverTls(Environment environment) {
        var plan = PLANS.get(environment);
        var policy = one(plan, "aws:sns/topicPolicy:TopicPolicy", "alarms-topic-policy");
        assertEquals(topicArn(plan), policy.inputText("arn"));
        var thisAccount = Map.of("StringEquals", Map.of("aws:SourceAccount", List.of(ACCOUNT)));
        for (var sid : List.of("CloudWatchAlarmsPublish", "EventBridgeRulesPublish")) {
            var allow = statement(policy.inputText("policy"), sid);
            assertEquals(List.of(topicArn(plan)), allow.get("Resource"), sid);
            assertEquals(List.of("sns:Publish"), allow.get("Action"), sid);
            assertEquals(thisAccount, allow.get("Condition"), sid);
        }
        var budgets = statement(policy.inputText("policy"), "BudgetsPublish");
        assertEquals(Map.of("Service", List.of("budgets.amazonaws.com")), budgets.get("Principal"));
        assertEquals(Map.of("StringEquals", Map.of("aws:SourceAccount", List.of(ACCOUNT)),
                "ArnLike", Map.of("aws:SourceArn", List.of("arn:aws:budgets::" + ACCOUNT + ":*"))), budgets.get("Condition"),
                "as AWS Budgets' page on SNS topics writes it");
        var deny = statement(policy.inputText("policy"), "DenyUnencryptedTransport");
        assertEquals("Deny", deny.get("Effect"));
        assertEquals(Map.of("Bool", Map.of("aws:SecureTransport", List.of("false"))), deny.get("Condition"));
    }

    @Test
    void everyEmailIsSubscribedUnderANameThatDoesNotDependOnItsPlace() {
        var forwards = plan(Environment.STAGING, "webstack:alarms.emails: [\"a@example.com\", \"b@example.com\"]");
        var backwards = plan(Environment.STAGING, "webstack:alarms.emails: [\"b@example.com\", \"a@example.com\"]");
        Map<String, String> first = emailSubscriptions(forwards);
        assertEquals(Set.of("a@example.com", "b@example.com"), Set.copyOf(first.values()));
        assertEquals(first, emailSubscriptions(backwards));
        assertTrue(first.keySet().stream().noneMatch(name -> name.contains("example")), "logical names must not carry addresses");
    }

    private static Map<String, String> emailSubscriptions(Plan plan) {
        return plan.ofType("aws:sns/topicSubscription:TopicSubscription").stream()
                .filter(s -> "email".equals(s.inputText("protocol")))
                .peek(s -> assertEquals(topicArn(plan), s.inputText("topic")))
                .collect(Collectors.toMap(PlannedResource::name, s -> s.inputText("endpoint")));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theForwarderReadsOnlyItsWebhookSecretAndIsInvokedOnlyByTheTopic(Environment environment) {
        var plan = PLANS.get(environment);
        var secret = one(plan, "aws:secretsmanager/secret:Secret", "alarms-discord-webhook");
        assertEquals("webstack-" + environment.id() + "/alarms-discord-webhook", secret.inputText("name"));
        assertTrue(plan.ofType("aws:secretsmanager/secretVersion:SecretVersion").isEmpty(), "the URL is put by a person, never by the program");
        var function = one(plan, "aws:lambda/function:Function", "alarms-forwarder");
        assertEquals(DiscordForwarder.HANDLER, function.inputText("handler"));
        assertEquals(secret.outputText("arn"), function.input("environment.variables.WEBHOOK_SECRET_ARN").orElseThrow());
        var logs = one(plan, "aws:cloudwatch/logGroup:LogGroup", "alarms-forwarder-logs");
        assertEquals("/aws/lambda/" + function.inputText("name"), logs.inputText("name"));
        assertEquals(environment.isProduction() ? 30.0 : 14.0, number(logs.input("retentionInDays").orElseThrow()));
        assertTrue(function.dependsOn(logs), "the group must exist before Lambda creates one that never expires");

        var grants = statements(one(plan, "aws:iam/rolePolicy:RolePolicy", "alarms-forwarder-policy").inputText("policy"));
        var resources = grants.stream().flatMap(s -> ((List<?>) s.get("Resource")).stream()).collect(Collectors.toSet());
        var failed = one(plan, "aws:sqs/queue:Queue", "alarms-forwarder-failed");
        assertEquals(Set.of(logs.outputText("arn") + ":*", secret.outputText("arn"), failed.outputText("arn")), resources);
        assertTrue(grants.stream().noneMatch(s -> String.valueOf(s.get("Action")).contains("*")));

        var permission = one(plan, "aws:lambda/permission:Permission", "alarms-forwarder-invoke");
        assertEquals("sns.amazonaws.com", permission.inputText("principal"));
        assertEquals(topicArn(plan), permission.inputText("sourceArn"));
        var subscription = one(plan, "aws:sns/topicSubscription:TopicSubscription", "alarms-forwarder-subscription");
        assertEquals("lambda", subscription.inputText("protocol"));
        assertEquals(function.outputText("arn"), subscription.inputText("endpoint"));
        assertTrue(subscription.dependsOn(permission), "SNS must be allowed to invoke before it subscribes");
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theForwarderRunsJava21FromTheLaidOutPackage(Environment environment) {
        var function = one(PLANS.get(environment), "aws:lambda/function:Function", "alarms-forwarder");
        assertEquals("java21", function.inputText("runtime"), "java17 runs on Amazon Linux 2, end of life 30 June 2026");
        assertEquals(List.of("arm64"), function.inputList("architectures"));
        assertEquals("[archive: notifier/target/lambda]", function.inputText("code"), "classes and lib/*.jar, not target/classes alone");
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void aNotificationDiscordNeverGotIsKeptInAnEncryptedQueueTheFunctionMaySendTo(Environment environment) {
        var plan = PLANS.get(environment);
        var queue = one(plan, "aws:sqs/queue:Queue", "alarms-forwarder-failed");
        assertEquals("webstack-" + environment.id() + "-alarm-forwarder-failed", queue.inputText("name"));
        assertEquals(true, queue.input("sqsManagedSseEnabled").orElseThrow(), "the records carry alarm text");
        assertEquals(14.0 * 24 * 3600, number(queue.input("messageRetentionSeconds").orElseThrow()), "SQS's longest retention");
        assertFalse(queue.input("fifoQueue").filter(Boolean.TRUE::equals).isPresent(), "Lambda cannot send to a FIFO queue");

        var function = one(plan, "aws:lambda/function:Function", "alarms-forwarder");
        var onFailure = one(plan, "aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig", "alarms-forwarder-on-failure");
        assertEquals(function.outputText("name"), onFailure.inputText("functionName"));
        assertEquals(2.0, number(onFailure.input("maximumRetryAttempts").orElseThrow()));
        assertEquals(queue.outputText("arn"), onFailure.input("destinationConfig.onFailure.destination").orElseThrow());
        assertFalse(onFailure.input("destinationConfig.onSuccess").isPresent(), "successes are not recorded");

        // Lambda sends the record with the function's execution role.
        var policy = one(plan, "aws:iam/rolePolicy:RolePolicy", "alarms-forwarder-policy");
        var send = statement(policy.inputText("policy"), "KeepFailedNotifications");
        assertEquals(List.of("sqs:SendMessage"), send.get("Action"));
        assertEquals(List.of(queue.outputText("arn")), send.get("Resource"));
        assertTrue(onFailure.dependsOn(policy), "Lambda refuses a destination the role may not send to");
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void anUndeliveredNotificationRaisesAnAlarmThatReachesEmail(Environment environment) {
        var plan = PLANS.get(environment);
        var alarm = alarm(plan, "alarm-forwarder-failed");
        assertEquals(0.0, number(alarm.input("threshold").orElseThrow()), "one lost notification is one too many");
        assertEquals(Map.of("QueueName", one(plan, "aws:sqs/queue:Queue", "alarms-forwarder-failed").outputText("name")),
                alarm.input("dimensions").orElseThrow());
        assertEquals(List.of(topicArn(plan)), alarm.inputList("alarmActions"));
        var emails = emailSubscriptions(plan);
        assertEquals(Set.of("oncall@example.com", "lead@example.com"), Set.copyOf(emails.values()), "the topic's email subscribers receive it");
    }

    @Test
    void withoutDiscordThereIsNoForwarder() {
        var plan = plan(Environment.STAGING, "webstack:alarms.discord: false", "webstack:alarms.emails: [\"a@example.com\"]");
        assertTrue(plan.ofType("aws:lambda/function:Function").isEmpty());
        assertTrue(plan.ofType("aws:secretsmanager/secret:Secret").isEmpty());
        assertEquals(1, plan.ofType("aws:sns/topicSubscription:TopicSubscription").size());
        assertTrue(plan.ofType("aws:sqs/queue:Queue").isEmpty());
        assertTrue(plan.ofType("aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig").isEmpty());
        assertTrue(plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").stream().noneMatch(a -> a.inputText("name").endsWith("-alarm-forwarder-failed")));
        assertFalse(dashboardMetrics(plan).contains("ApproximateNumberOfMessagesVisible"), dashboardMetrics(plan).toString());
    }

    record Expected(String symptom, String namespace, String metric, String statistic, double period, double evaluations,
                    String comparison, Map<String, String> dimensions) {
    }

    /** The alarms of a stack planned with its defaults: both default database classes are burstable (db.t4g). */
    static List<Expected> expectations(Environment environment) {
        var service = Map.of("ClusterName", cluster(environment), "ServiceName", cluster(environment) + "-app");
        var database = Map.of("DBInstanceIdentifier", DATABASE);
        return List.of(
                new Expected("service-cpu-high", "AWS/ECS", "CPUUtilization", "Average", 60, 5, "GreaterThanThreshold", service),
                new Expected("service-memory-high", "AWS/ECS", "MemoryUtilization", "Average", 60, 5, "GreaterThanThreshold", service),
                new Expected("db-cpu-high", "AWS/RDS", "CPUUtilization", "Average", 60, 10, "GreaterThanThreshold", database),
                new Expected("db-free-storage-low", "AWS/RDS", "FreeStorageSpace", "Minimum", 300, 1, "LessThanThreshold", database),
                new Expected("db-connections-high", "AWS/RDS", "DatabaseConnections", "Maximum", 60, 5, "GreaterThanThreshold", database),
                new Expected("unhealthy-targets", "AWS/ApplicationELB", "UnHealthyHostCount", "Maximum", 60, 2, "GreaterThanThreshold",
                        Map.of("TargetGroup", TARGET_GROUP, "LoadBalancer", LOAD_BALANCER)),
                new Expected("db-cpu-surplus-charged", "AWS/RDS", "CPUSurplusCreditsCharged", "Sum", 3600, 1,
                        "GreaterThanThreshold", database),
                new Expected("alarm-forwarder-failed", "AWS/SQS", "ApproximateNumberOfMessagesVisible", "Maximum", 300, 1,
                        "GreaterThanThreshold", Map.of("QueueName", cluster(environment) + "-alarm-forwarder-failed")),
                new Expected("no-healthy-targets", "AWS/ApplicationELB", "HealthyHostCount", "Minimum", 60, 3, "LessThanThreshold",
                        Map.of("TargetGroup", TARGET_GROUP, "LoadBalancer", LOAD_BALANCER)),
                new Expected("error-logs-high", "webstack/webstack-" + environment.id(), "ErrorLogEvents", "Sum", 300, 1,
                        "GreaterThanThreshold", Map.of()));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void eachAlarmWatchesTheMetricCloudWatchPublishesWithItsExactDimensions(Environment environment) {
        var plan = PLANS.get(environment);
        for (var expected : expectations(environment)) {
            var alarm = alarm(plan, expected.symptom());
            assertEquals("webstack-" + environment.id() + "-" + expected.symptom(), alarm.inputText("name"));
            assertEquals(expected.namespace(), alarm.inputText("namespace"), expected.symptom());
            assertEquals(expected.metric(), alarm.inputText("metricName"), expected.symptom());
            assertEquals(expected.statistic(), alarm.inputText("statistic"), expected.symptom());
            assertEquals(expected.period(), number(alarm.input("period").orElseThrow()), expected.symptom());
            assertEquals(expected.evaluations(), number(alarm.input("evaluationPeriods").orElseThrow()), expected.symptom());
            assertEquals(expected.evaluations(), number(alarm.input("datapointsToAlarm").orElseThrow()), expected.symptom());
            assertEquals(expected.comparison(), alarm.inputText("comparisonOperator"), expected.symptom());
            assertEquals(expected.dimensions(), alarm.input("dimensions").orElse(Map.of()), expected.symptom());
        }
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void everyAlarmTellsTheTopicWhenItFiresAndWhenItClearsAndNamesItsRunbook(Environment environment) {
        var plan = PLANS.get(environment);
        var alarms = plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm");
        assertEquals(12, alarms.size(), "the seven of requirements R4.1, the burst-credit, no-healthy-targets, error-log, "
                + "undelivered-notification and undelivered-migration-alert alarms");
        for (var alarm : alarms) {
            assertEquals(List.of(topicArn(plan)), alarm.inputList("alarmActions"), alarm.name());
            assertEquals(List.of(topicArn(plan)), alarm.inputList("okActions"), alarm.name());
            if (alarm.name().equals("alarms-forwarder-failed")) {
                // SQS stops publishing for a queue untouched for six hours while its records are still there.
                assertEquals("ignore", alarm.inputText("treatMissingData"), alarm.name());
            } else if (!alarm.name().equals("alarms-no-healthy-targets")) {
                assertEquals("notBreaching", alarm.inputText("treatMissingData"), alarm.name());
            }
            var symptom = alarm.inputText("name").substring(("webstack-" + environment.id() + "-").length());
            assertTrue(alarm.inputText("alarmDescription").endsWith("Runbook: docs/runbook.md#" + symptom), alarm.name());
        }
    }

    /** Alarms a night-time pause would silence for good: a state entered while paused is never announced at resume. */
    private static final List<String> NEVER_PAUSED = List.of("alarms-no-healthy-targets", "alarms-forwarder-failed",
            "alarms-migration-alert-undelivered");

    @ParameterizedTest
    @EnumSource(Environment.class)
    void whereASchedulePausesActionsPulumiLeavesThemToIt(Environment environment) {
        var paused = !environment.isProduction();
        var plan = PLANS.get(environment);
        for (var alarm : plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm")) {
            var scheduled = paused && !NEVER_PAUSED.contains(alarm.name());
            assertEquals(true, alarm.input("actionsEnabled").orElseThrow(), alarm.name());
            assertEquals(scheduled ? List.of("actionsEnabled") : List.of(), alarm.options().ignoreChanges(), alarm.name());
        }
        var alwaysOn = plan(Environment.STAGING, "webstack:offHours.enabled: false");
        assertTrue(alwaysOn.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").stream().allMatch(a -> a.options().ignoreChanges().isEmpty()));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void noHealthyTargetsWatchesTheTargetGroupAgainstTheServicesFloor(Environment environment) {
        var plan = PLANS.get(environment);
        var alarm = alarm(plan, "no-healthy-targets");
        assertEquals("AWS/ApplicationELB", alarm.inputText("namespace"));
        assertEquals("HealthyHostCount", alarm.inputText("metricName"));
        assertEquals("Minimum", alarm.inputText("statistic"), "one minute without enough healthy targets counts");
        assertEquals(Map.of("TargetGroup", TARGET_GROUP, "LoadBalancer", LOAD_BALANCER), alarm.input("dimensions").orElseThrow());
        assertEquals(alarm(plan, "unhealthy-targets").input("dimensions").orElseThrow(), alarm.input("dimensions").orElseThrow());
        assertEquals("LessThanThreshold", alarm.inputText("comparisonOperator"));
        var floor = ComponentHarness.settings(environment).service().minCount();
        assertEquals(environment.isProduction() ? 2 : 1, floor, "service.minCount defaults");
        assertEquals((double) floor, number(alarm.input("threshold").orElseThrow()));
        assertEquals(3.0, number(alarm.input("evaluationPeriods").orElseThrow()));
        assertEquals(60.0, number(alarm.input("period").orElseThrow()));
        // With every target gone the metric is not published: that is the outage, except at night.
        assertEquals(environment.isProduction() ? "breaching" : "notBreaching", alarm.inputText("treatMissingData"));

        var paused = (List<?>) plan.output(AlarmsContract.PAUSED_ALARM_NAMES);
        assertFalse(paused.contains(alarm.outputText("name")), "a state entered while paused is never announced at resume");
        assertEquals(((List<?>) plan.output(AlarmsContract.ALARM_NAMES)).size() - NEVER_PAUSED.size(), paused.size());
    }

    @Test
    void theFloorFollowsTheServicesMinimumAndAnAlwaysOnStagingTreatsSilenceAsAnOutage() {
        var tuned = plan(Environment.STAGING, "webstack:service.minCount: 2", "webstack:service.desiredCount: 2",
                "webstack:offHours.enabled: false");
        var alarm = alarm(tuned, "no-healthy-targets");
        assertEquals(2.0, number(alarm.input("threshold").orElseThrow()));
        assertEquals("breaching", alarm.inputText("treatMissingData"));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theErrorLogAlarmReadsExactlyTheMetricItsFilterPublishes(Environment environment) {
        var plan = PLANS.get(environment);
        var filter = one(plan, "aws:cloudwatch/logMetricFilter:LogMetricFilter", "alarms-error-logs");
        assertEquals(logGroup(environment), filter.inputText("logGroupName"));
        assertEquals("?ERROR ?FATAL ?CRITICAL", filter.inputText("pattern"));
        var transformation = (Map<?, ?>) filter.input("metricTransformation").orElseThrow();
        assertEquals("webstack/webstack-" + environment.id(), transformation.get("namespace"));
        assertEquals("1", transformation.get("value"), "each matching event counts once");

        var alarm = alarm(plan, "error-logs-high");
        assertEquals(transformation.get("namespace"), alarm.inputText("namespace"), "another namespace is another metric");
        assertEquals(transformation.get("name"), alarm.inputText("metricName"));
        assertTrue(alarm.input("dimensions").isEmpty(), "the filter publishes no dimensions");
        assertEquals("Sum", alarm.inputText("statistic"));
        assertEquals(300.0, number(alarm.input("period").orElseThrow()));
        assertEquals(environment.isProduction() ? 10.0 : 25.0, number(alarm.input("threshold").orElseThrow()));
        assertEquals("GreaterThanThreshold", alarm.inputText("comparisonOperator"));
    }

    @Test
    void theErrorLogPatternAndThresholdAreSettings() {
        var tuned = plan(Environment.STAGING, "webstack:alarms.errorLogPattern: '{ $.level = \"error\" }'",
                "webstack:alarms.errorLogThreshold: 3");
        assertEquals("{ $.level = \"error\" }",
                one(tuned, "aws:cloudwatch/logMetricFilter:LogMetricFilter", "alarms-error-logs").inputText("pattern"));
        assertEquals(3.0, number(alarm(tuned, "error-logs-high").input("threshold").orElseThrow()));
    }

    @Test
    void thresholdsComeFromTheRequirementsUnlessTheStackSaysOtherwise() {
        var defaults = PLANS.get(Environment.STAGING);
        assertEquals(80.0, number(alarm(defaults, "service-cpu-high").input("threshold").orElseThrow()));
        assertEquals(85.0, number(alarm(defaults, "service-memory-high").input("threshold").orElseThrow()));
        assertEquals(70.0, number(alarm(defaults, "db-cpu-high").input("threshold").orElseThrow()));
        assertEquals(5.0 * 1024 * 1024 * 1024, number(alarm(defaults, "db-free-storage-low").input("threshold").orElseThrow()),
                "FreeStorageSpace is in bytes");
        assertEquals(0.0, number(alarm(defaults, "unhealthy-targets").input("threshold").orElseThrow()));
        assertEquals(5.0, number(alarm(defaults, "http-5xx-rate-high").input("threshold").orElseThrow()));

        var tuned = plan(Environment.STAGING, "webstack:alarms.serviceCpuPercent: 75", "webstack:alarms.databaseFreeStorageGb: 2",
                "webstack:alarms.databaseConnections: 40", "webstack:alarms.http5xxMinimumRequests: 50");
        assertEquals(75.0, number(alarm(tuned, "service-cpu-high").input("threshold").orElseThrow()));
        assertEquals(2.0 * 1024 * 1024 * 1024, number(alarm(tuned, "db-free-storage-low").input("threshold").orElseThrow()));
        assertEquals(40.0, number(alarm(tuned, "db-connections-high").input("threshold").orElseThrow()));
        assertTrue(rateExpression(tuned).contains("requests >= 50"), rateExpression(tuned));
    }

    @Test
    void onABurstableClassCpuBilledBeyondTheBaselineRaisesAnAlarmAndIsCharted() {
        var burstable = plan(Environment.STAGING, "webstack:database.instanceClass: db.t4g.small");
        var surplus = alarm(burstable, "db-cpu-surplus-charged");
        assertEquals(0.0, number(surplus.input("threshold").orElseThrow()), "any charged surplus credit is money beyond the instance price");
        assertEquals("Sum", surplus.inputText("statistic"));
        assertTrue(dashboardMetrics(burstable).containsAll(List.of("CPUCreditBalance", "CPUSurplusCreditsCharged")));

        var fixed = plan(Environment.STAGING, "webstack:database.instanceClass: db.m7g.large");
        assertTrue(fixed.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").stream()
                .noneMatch(a -> a.input("metricName").filter("CPUSurplusCreditsCharged"::equals).isPresent()),
                "a db.m7g instance earns no credits");
        assertTrue(dashboardMetrics(fixed).stream().noneMatch(m -> m.contains("Credit")), dashboardMetrics(fixed).toString());
    }

    private static List<String> dashboardMetrics(Plan plan) {
        var body = Json.parseObject(one(plan, "aws:cloudwatch/dashboard:Dashboard", "alarms-dashboard").inputText("dashboardBody"));
        return ((List<?>) body.get("widgets")).stream()
                .flatMap(w -> ((List<?>) ((Map<?, ?>) ((Map<?, ?>) w).get("properties")).get("metrics")).stream())
                .map(m -> String.valueOf(((List<?>) m).get(1)))
                .toList();
    }

    private static String rateExpression(Plan plan) {
        return alarm(plan, "http-5xx-rate-high").inputList("metricQueries").stream().map(q -> (Map<?, ?>) q)
                .filter(q -> q.get("expression") != null).map(q -> String.valueOf(q.get("expression"))).findFirst().orElseThrow();
    }

    /** The http-5xx-rate-high alarm's metric queries that read a metric, by id. */
    static Map<String, Map<?, ?>> errorRateMetrics(Plan plan) {
        return alarm(plan, "http-5xx-rate-high").inputList("metricQueries").stream().map(q -> (Map<?, ?>) q)
                .filter(q -> q.get("metric") != null)
                .collect(Collectors.toMap(q -> String.valueOf(q.get("id")), q -> (Map<?, ?>) q.get("metric")));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theErrorRateCountsThisStacksTargetGroupOnlyAgainstItsOwnRequests(Environment environment) {
        // GIVEN a stack whose load balancer other stacks may share (ADR 0024)
        var alarm = alarm(PLANS.get(environment), "http-5xx-rate-high");
        var queries = alarm.inputList("metricQueries").stream().map(q -> (Map<?, ?>) q).toList();
        var metrics = errorRateMetrics(PLANS.get(environment));

        // THEN errors and requests are its tasks' own: no metric the load balancer publishes for every stack at once
        assertEquals(Set.of("HTTPCode_Target_5XX_Count", "TargetConnectionErrorCount", "RequestCount"),
                metrics.values().stream().map(m -> m.get("metricName")).collect(Collectors.toSet()));
        for (var metric : metrics.values()) {
            assertEquals("AWS/ApplicationELB", metric.get("namespace"));
            assertEquals(Map.of("TargetGroup", TARGET_GROUP, "LoadBalancer", LOAD_BALANCER), metric.get("dimensions"),
                    metric.get("metricName") + " of this stack's target group only");
            assertEquals("Sum", metric.get("stat"), "a rate of averages is not a rate");
        }
        var returned = queries.stream().filter(q -> Boolean.TRUE.equals(q.get("returnData"))).toList();
        assertEquals(1, returned.size(), "an alarm on metric math returns exactly one series");
        var expression = String.valueOf(returned.get(0).get("expression"));
        for (var id : metrics.keySet()) {
            assertTrue(expression.contains(id), "the rate uses " + id + ": " + expression);
        }
        assertTrue(expression.startsWith("IF(requests >= 20,"), "a single error at night must not page anyone: " + expression);
        assertTrue(expression.endsWith("/ requests, 0)"), "errors over this target group's requests: " + expression);
        assertFalse(alarm.input("metricName").isPresent(), "metric math alarms have no metric of their own");
        assertFalse(alarm.inputText("alarmDescription").contains("TargetGroup"), "the description speaks to people");
        assertTrue(alarm.inputText("alarmDescription").contains("load balancer's own 503/504 are not counted"),
                "the description says what the alarm no longer sees: " + alarm.inputText("alarmDescription"));
    }

    @Test
    void theLoadBalancersOwnErrorsAreChartedAsTheWholeLoadBalancerOnly() {
        // GIVEN the dashboard of a stack
        var body = Json.parseObject(one(PLANS.get(Environment.PRODUCTION), "aws:cloudwatch/dashboard:Dashboard", "alarms-dashboard")
                .inputText("dashboardBody"));
        // WHEN its widgets are read for metrics the load balancer publishes per load balancer only
        var elbOnly = ((List<?>) body.get("widgets")).stream().map(w -> (Map<?, ?>) ((Map<?, ?>) w).get("properties"))
                .filter(p -> String.valueOf(p.get("metrics")).contains("HTTPCode_ELB_")).toList();
        // THEN they sit in one widget, titled as every stack's
        assertEquals(1, elbOnly.size(), elbOnly.toString());
        assertTrue(String.valueOf(elbOnly.get(0).get("title")).startsWith("Whole load balancer, every stack on it"),
                String.valueOf(elbOnly.get(0).get("title")));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void aFailedMigrationIsReportedFromItsOwnTaskOnly(Environment environment) {
        var plan = PLANS.get(environment);
        var rule = one(plan, "aws:cloudwatch/eventRule:EventRule", "alarms-migration-failed");
        var pattern = Json.parseObject(rule.inputText("eventPattern"));
        assertEquals(List.of("aws.ecs"), pattern.get("source"));
        assertEquals(List.of("ECS Task State Change"), pattern.get("detail-type"));
        var detail = (Map<?, ?>) pattern.get("detail");
        assertEquals(List.of("arn:aws:ecs:ap-northeast-1:" + ACCOUNT + ":cluster/" + cluster(environment)), detail.get("clusterArn"));
        assertEquals(List.of("STOPPED"), detail.get("lastStatus"));
        var prefix = String.valueOf(((Map<?, ?>) ((List<?>) detail.get("taskDefinitionArn")).get(0)).get("prefix"));
        var taskDefinitions = "arn:aws:ecs:ap-northeast-1:" + ACCOUNT + ":task-definition/";
        assertTrue((taskDefinitions + migrationFamily(environment) + ":17").startsWith(prefix), prefix);
        assertFalse((taskDefinitions + cluster(environment) + "-app:17").startsWith(prefix), "the app's own tasks stop on every deploy");
        assertFalse((taskDefinitions + migrationFamily(environment) + "-old:3").startsWith(prefix), "another family sharing the name");
        var containers = (Map<?, ?>) detail.get("containers");
        assertEquals(List.of(MIGRATION_CONTAINER), containers.get("name"));
        assertEquals(List.of(Map.of("anything-but", List.of(0L))), containers.get("exitCode"));

        var target = one(plan, "aws:cloudwatch/eventTarget:EventTarget", "alarms-migration-failed-target");
        assertEquals(rule.outputText("name"), target.inputText("rule"));
        assertEquals(topicArn(plan), target.inputText("arn"));
    }

    /** A dashboard metric row: namespace, name, then dimension name and value pairs. */
    record Shown(Object namespace, Object metric, Object dimensions) {
        static Shown of(List<?> row) {
            var dimensions = new java.util.HashMap<Object, Object>();
            for (int i = 2; i + 1 < row.size(); i += 2) {
                dimensions.put(row.get(i), row.get(i + 1));
            }
            return new Shown(row.get(0), row.get(1), dimensions);
        }
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theDashboardShowsEveryMetricAnAlarmWatches(Environment environment) {
        var plan = PLANS.get(environment);
        var dashboard = one(plan, "aws:cloudwatch/dashboard:Dashboard", "alarms-dashboard");
        assertEquals("webstack-" + environment.id(), dashboard.inputText("dashboardName"));
        var shown = new HashSet<Shown>();
        for (var widget : (List<?>) Json.parseObject(dashboard.inputText("dashboardBody")).get("widgets")) {
            var properties = (Map<?, ?>) ((Map<?, ?>) widget).get("properties");
            assertEquals("ap-northeast-1", properties.get("region"));
            for (var metric : (List<?>) properties.get("metrics")) {
                shown.add(Shown.of((List<?>) metric));
            }
        }
        for (var expected : expectations(environment)) {
            var watched = new Shown(expected.namespace(), expected.metric(),
                    alarm(plan, expected.symptom()).input("dimensions").orElse(Map.of()));
            assertTrue(shown.contains(watched), expected.symptom() + " is not on the dashboard as " + watched);
        }
        // The error rate is metric math: each metric it reads is charted with the same dimensions.
        for (var metric : errorRateMetrics(plan).values()) {
            var watched = new Shown(metric.get("namespace"), metric.get("metricName"), metric.get("dimensions"));
            assertTrue(shown.contains(watched), "http-5xx-rate-high reads " + watched + ", not on the dashboard");
        }
        var runningTasks = shown.stream().anyMatch(m -> m.namespace().equals("ECS/ContainerInsights"));
        assertEquals(environment.isProduction(), runningTasks, "Container Insights metrics exist only where it is on");
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theContractNamesTheTopicEveryAlarmAndTheDashboard(Environment environment) {
        var plan = PLANS.get(environment);
        assertEquals(topicArn(plan), plan.output(AlarmsContract.TOPIC_ARN));
        var names = plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").stream().map(a -> a.outputText("name")).collect(Collectors.toSet());
        assertEquals(names, Set.copyOf((List<?>) plan.output(AlarmsContract.ALARM_NAMES)));
        assertEquals("https://ap-northeast-1.console.aws.amazon.com/cloudwatch/home?region=ap-northeast-1#dashboards/dashboard/webstack-"
                + environment.id(), plan.output(AlarmsContract.DASHBOARD_URL));
    }

    @Test
    void withoutADomainThereIsNoSiteHealthCheckNorAnythingInUsEast1() {
        for (var plan : PLANS.values()) {
            assertTrue(plan.ofType("aws:route53/healthCheck:HealthCheck").isEmpty());
            assertEquals(1, plan.ofType("aws:sns/topic:Topic").size());
            assertTrue(plan.ofType("aws:scheduler/schedule:Schedule").isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void withADomainRoute53ProbesTheSiteAndAnAlarmInUsEast1TellsTheSamePeople(Environment environment) {
        var plan = plan(environment, true, "webstack:alarms.emails: [\"oncall@example.com\"]");
        var check = one(plan, "aws:route53/healthCheck:HealthCheck", "alarms-site-check");
        assertEquals("HTTPS", check.inputText("type"));
        assertEquals(DOMAIN, check.inputText("fqdn"));
        assertEquals(443.0, number(check.input("port").orElseThrow()));
        assertEquals(ComponentHarness.settings(environment).service().healthCheckPath(), check.inputText("resourcePath"));
        assertEquals(30.0, number(check.input("requestInterval").orElseThrow()), "10 s is an extra-cost feature");
        assertEquals(3.0, number(check.input("failureThreshold").orElseThrow()));

        var alarm = alarm(plan, "site-unreachable");
        assertEquals("AWS/Route53", alarm.inputText("namespace"));
        assertEquals("HealthCheckStatus", alarm.inputText("metricName"));
        assertEquals(Map.of("HealthCheckId", check.id()), alarm.input("dimensions").orElseThrow(), "the check's own id");
        assertEquals("Minimum", alarm.inputText("statistic"));
        assertEquals(1.0, number(alarm.input("threshold").orElseThrow()));
        assertEquals("LessThanThreshold", alarm.inputText("comparisonOperator"));
        assertTrue(alarm.provider().contains("aws-us-east-1"), "Route 53 publishes its metrics in us-east-1 only: " + alarm.provider());

        // An alarm notifies topics of its own region: a second topic, in us-east-1, for the same people.
        var topic = one(plan, "aws:sns/topic:Topic", "alarms-us-east-1-topic");
        assertTrue(topic.outputText("arn").startsWith("arn:aws:sns:us-east-1:"), topic.outputText("arn"));
        assertEquals(List.of(topic.outputText("arn")), alarm.inputList("alarmActions"));
        assertEquals(List.of(topic.outputText("arn")), alarm.inputList("okActions"));
        var key = one(plan, "aws:kms/key:Key", "alarms-us-east-1-key");
        assertTrue(key.provider().contains("aws-us-east-1"));
        assertEquals(key.outputText("arn"), topic.inputText("kmsMasterKeyId"));
        assertEquals(Map.of("StringEquals", Map.of("kms:EncryptionContext:aws:sns:topicArn", List.of(topic.outputText("arn")))),
                statement(key.inputText("policy"), "EventBridgeRulesEncrypt").get("Condition"));
        assertTrue(statements(key.inputText("policy")).stream().noneMatch(st -> "BudgetsEncrypt".equals(st.get("Sid"))),
                "the budget notifies the stack's own topic");
        var subscribers = plan.ofType("aws:sns/topicSubscription:TopicSubscription").stream()
                .filter(sub -> topic.outputText("arn").equals(sub.inputText("topic"))).toList();
        var forwarder = one(plan, "aws:lambda/function:Function", "alarms-forwarder");
        assertEquals(List.of("oncall@example.com", forwarder.outputText("arn")), subscribers.stream().map(sub -> sub.inputText("endpoint")).toList(),
                "the same people: the email addresses and Discord through the forwarder in the stack's region");
        var crossRegion = subscribers.get(1);
        assertTrue(crossRegion.provider().contains("aws-us-east-1"), "SNS subscriptions are made in the topic's region");
        var invoke = one(plan, "aws:lambda/permission:Permission", "alarms-us-east-1-forwarder-invoke");
        assertEquals(topic.outputText("arn"), invoke.inputText("sourceArn"));
        assertEquals("sns.amazonaws.com", invoke.inputText("principal"));

        assertTrue(((List<?>) plan.output(AlarmsContract.ALARM_NAMES)).contains(alarm.outputText("name")));
        assertFalse(((List<?>) plan.output(AlarmsContract.PAUSED_ALARM_NAMES)).contains(alarm.outputText("name")),
                "the stack's schedules call CloudWatch in the stack's region, not in us-east-1");
        var widgets = Json.parseObject(one(plan, "aws:cloudwatch/dashboard:Dashboard", "alarms-dashboard").inputText("dashboardBody"));
        assertTrue(String.valueOf(widgets).contains("HealthCheckId, " + check.id()), "the dashboard charts the same check");
    }

    @Test
    void whereOffHoursStopTheSiteSchedulesInUsEast1PauseItsAlarmOnTheSameClock() {
        var plan = plan(Environment.STAGING, true);
        var alarm = alarm(plan, "site-unreachable");
        assertEquals(List.of("actionsEnabled"), alarm.options().ignoreChanges());
        var schedules = plan.ofType("aws:scheduler/schedule:Schedule");
        assertEquals(2, schedules.size());
        var offHours = ComponentHarness.settings(Environment.STAGING).offHours().schedule().orElseThrow();
        var byTarget = schedules.stream().collect(Collectors.toMap(sch -> String.valueOf(sch.input("target").map(t -> ((Map<?, ?>) t).get("arn"))
                .orElseThrow()), sch -> sch));
        assertEquals(offHours.alarmsPauseCron(), byTarget.get(PublicHealthCheck.PAUSE).inputText("scheduleExpression"));
        assertEquals(offHours.alarmsResumeCron(), byTarget.get(PublicHealthCheck.RESUME).inputText("scheduleExpression"));
        for (var schedule : schedules) {
            assertEquals(offHours.zone().getId(), schedule.inputText("scheduleExpressionTimezone"));
            assertTrue(schedule.provider().contains("aws-us-east-1"), "where the alarm is");
            var target = (Map<?, ?>) schedule.input("target").orElseThrow();
            assertEquals(Json.compact(Json.object("AlarmNames", List.of(alarm.outputText("name")))), target.get("input"));
        }
        var grants = statements(one(plan, "aws:iam/rolePolicy:RolePolicy", "alarms-site-pause-policy").inputText("policy"));
        assertEquals(List.of(alarm.outputText("arn")), grants.get(0).get("Resource"), "this alarm and no other");

        var production = plan(Environment.PRODUCTION, true);
        assertTrue(production.ofType("aws:scheduler/schedule:Schedule").isEmpty(), "production never sleeps");
        assertEquals(List.of(), alarm(production, "site-unreachable").options().ignoreChanges());
    }

    @Test
    void theDiscordSecretsAreDistinctPerStack() {
        assertNotEquals(one(PLANS.get(Environment.STAGING), "aws:secretsmanager/secret:Secret", "alarms-discord-webhook").inputText("name"),
                one(PLANS.get(Environment.PRODUCTION), "aws:secretsmanager/secret:Secret", "alarms-discord-webhook").inputText("name"));
    }

    @Test
    void argsNameEveryMissingField() {
        var error = assertThrows(IllegalArgumentException.class, () -> AlarmsArgs.builder().naming(ComponentHarness.naming(Environment.STAGING)).build());
        for (var field : List.of("settings", "safekeeping", "secretRecoveryWindowDays", "containerInsights", "watched", "forwarderCode",
                "pausedOffHours", "burstableDatabase")) {
            assertTrue(error.getMessage().contains(field), error.getMessage());
        }
        assertFalse(error.getMessage().contains("naming"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void aFailedMigrationAlertThatEventBridgeCannotDeliverIsAlarmedThroughCloudWatch(Environment environment) {
        // GIVEN the failed-migration rule, which EventBridge delivers to the topic itself
        var plan = PLANS.get(environment);
        var rule = one(plan, "aws:cloudwatch/eventRule:EventRule", "alarms-migration-failed");
        // WHEN its deliveries fail THEN EventBridge's own metric for that rule fires an alarm that CloudWatch delivers
        var alarm = alarm(plan, "migration-alert-undelivered");
        assertEquals("AWS/Events", alarm.inputText("namespace"));
        assertEquals("FailedInvocations", alarm.inputText("metricName"));
        assertEquals(Map.of("RuleName", rule.outputText("name")), alarm.input("dimensions").orElseThrow());
        assertEquals("Sum", alarm.inputText("statistic"));
        assertEquals(0.0, number(alarm.input("threshold").orElseThrow()));
        assertEquals("GreaterThanThreshold", alarm.inputText("comparisonOperator"));
        assertEquals("notBreaching", alarm.inputText("treatMissingData"), "EventBridge publishes the metric only when not zero");
        assertFalse(((List<?>) plan.output(AlarmsContract.PAUSED_ALARM_NAMES)).contains(alarm.outputText("name")));
    }
}
