package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.kit.naming.NameLimit;
import dev.webstack.network.NetworkContract;
import dev.webstack.network.SecurityGroupsContract;
import dev.webstack.offline.Taggability;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.program.WebstackProgram;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both real stack files, planned by the real program under the offline engine. */
class StackWiringTest {

    private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();

    static Plan plan(String stack) {
        return PLANS.computeIfAbsent(stack, s -> OfflinePlanner.plan(ProjectDirectory.find(Path.of("")), s));
    }

    /** What CloudFront needs in us-east-1, whatever the stack's region; nothing else goes there. */
    private static final Set<String> GLOBAL_TYPES = Set.of(
            AwsTypes.ACM_CERTIFICATE, AwsTypes.ACM_CERTIFICATE_VALIDATION,
            AwsTypes.CLOUDWATCH_LOG_DELIVERY_SOURCE, AwsTypes.CLOUDWATCH_LOG_DELIVERY_DESTINATION,
            AwsTypes.CLOUDWATCH_LOG_DELIVERY, AwsTypes.WAFV2_WEB_ACL, AwsTypes.WAFV2_WEB_ACL_LOGGING_CONFIGURATION);

    /** A CloudFront-scope web ACL logs to a group in its own region (ADR 0015); no other log group goes there. */
    static boolean isCloudFrontWafLogs(dev.webstack.plan.PlannedResource resource) {
        return resource.type().equals(AwsTypes.CLOUDWATCH_LOG_GROUP) && resource.inputText("name").startsWith("aws-waf-logs-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyAwsResourceGoesThroughTheStacksProviders(String stack) {
        var plan = plan(stack);
        var regional = plan.named(AwsTypes.PULUMI_AWS_PROVIDER, "aws");
        assertEquals("ap-northeast-1", regional.inputText("region"));
        var global = plan.where(r -> r.isProvider() && r.name().equals("aws-us-east-1")).stream().findFirst();
        global.ifPresent(p -> assertEquals("us-east-1", p.inputText("region")));
        for (var resource : plan.cloudResources()) {
            var reference = resource.provider();
            if (global.isPresent() && reference.equals(global.get().urn() + "::" + global.get().id())) {
                assertTrue(GLOBAL_TYPES.contains(resource.type()) || isCloudFrontWafLogs(resource), resource + " has no reason to be in us-east-1");
            } else {
                assertEquals(regional.urn() + "::" + regional.id(), reference, resource.name());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyTaggableResourceCarriesAppEnvironmentAndManagedBy(String stack) {
        var plan = plan(stack);
        var taggable = plan.cloudResources().stream().filter(r -> Taggability.isTaggable(r.type())).toList();
        assertTrue(taggable.size() > 10);
        for (var resource : taggable) {
            var tags = (Map<?, ?>) resource.output("tagsAll").orElseThrow(() -> new AssertionError(resource + " has no tags"));
            assertEquals("webstack", tags.get("app"), resource.name());
            assertEquals(stack, tags.get("environment"), resource.name());
            assertEquals("pulumi", tags.get("managed-by"), resource.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void exportsTheNetworkContractFromTheResourcesItNames(String stack) {
        var plan = plan(stack);
        assertEquals(plan.ofType(AwsTypes.EC2_VPC).get(0).id(), plan.output(NetworkContract.VPC_ID));
        assertEquals(idsOf(plan, AwsTypes.EC2_SUBNET, "main-public-"), plan.output(NetworkContract.PUBLIC_SUBNET_IDS));
        assertEquals(idsOf(plan, AwsTypes.EC2_SUBNET, "main-isolated-"), plan.output(NetworkContract.ISOLATED_SUBNET_IDS));
        assertEquals(plan.named(AwsTypes.EC2_SECURITY_GROUP, "main-alb-sg").id(), plan.output(SecurityGroupsContract.ALB_SG_ID));
        assertEquals(plan.named(AwsTypes.EC2_SECURITY_GROUP, "main-app-sg").id(), plan.output(SecurityGroupsContract.APP_SG_ID));
        assertEquals(plan.named(AwsTypes.EC2_SECURITY_GROUP, "main-db-sg").id(), plan.output(SecurityGroupsContract.DB_SG_ID));
        assertEquals(stack, plan.output(WebstackProgram.ENVIRONMENT_OUTPUT));
        assertEquals("webstack-" + stack, plan.output(WebstackProgram.NAME_PREFIX_OUTPUT));
    }

    private static List<String> idsOf(Plan plan, String type, String namePrefix) {
        return plan.ofType(type).stream().filter(r -> r.name().startsWith(namePrefix))
                .sorted(Comparator.comparing(PlannedResource::name)).map(PlannedResource::id).toList();
    }

    @Test
    void eachStackGetsTheNetworkItsRequirementsAskFor() {
        var staging = plan("staging");
        var production = plan("production");
        assertEquals("10.0.0.0/16", staging.ofType(AwsTypes.EC2_VPC).get(0).inputText("cidrBlock"));
        assertEquals("10.2.0.0/16", production.ofType(AwsTypes.EC2_VPC).get(0).inputText("cidrBlock"));
        assertEquals(7L, staging.named(AwsTypes.CLOUDWATCH_LOG_GROUP, "main-flow-logs").input("retentionInDays").orElseThrow());
        assertEquals(30L, production.named(AwsTypes.CLOUDWATCH_LOG_GROUP, "main-flow-logs").input("retentionInDays").orElseThrow());
        for (var plan : List.of(staging, production)) {
            assertEquals(List.of(), plan.ofType("aws:ec2/natGateway:NatGateway"));
            assertEquals(List.of(), plan.ofType("aws:ec2/eip:Eip"));
        }
    }

    @Test
    void physicalNamesNeverCollideBetweenStacksAndFitAwsLimits() {
        var names = new HashSet<String>();
        for (var stack : List.of("staging", "production")) {
            for (var resource : plan(stack).cloudResources()) {
                // An inline policy's name is scoped to its role, not to the account.
                if (resource.type().equals(AwsTypes.IAM_ROLE_POLICY)) {
                    continue;
                }
                for (var key : List.of("name", "identifier", "bucket")) {
                    var name = resource.input(key);
                    if (name.isEmpty() || (key.equals("bucket") && !resource.type().equals(AwsTypes.S3_BUCKET_V2))) {
                        continue;
                    }
                    assertTrue(names.add(resource.type() + " " + name.get()), "two stacks share " + name.get());
                    var limit = limitOf(resource.type());
                    assertTrue(String.valueOf(name.get()).length() <= limit.maxLength(), name.get() + " exceeds " + limit);
                }
            }
        }
    }

    private static NameLimit limitOf(String type) {
        if (type.startsWith("aws:rds/")) {
            return NameLimit.RDS_IDENTIFIER;
        }
        return switch (type) {
            case AwsTypes.IAM_ROLE, AwsTypes.IAM_USER -> NameLimit.IAM_ROLE;
            case AwsTypes.LB_LOAD_BALANCER -> NameLimit.LOAD_BALANCER;
            case AwsTypes.LB_TARGET_GROUP -> NameLimit.TARGET_GROUP;
            case AwsTypes.ECS_CLUSTER, AwsTypes.ECS_SERVICE -> NameLimit.ECS;
            case AwsTypes.S3_BUCKET_V2 -> NameLimit.S3_BUCKET;
            case AwsTypes.CLOUDWATCH_LOG_GROUP -> NameLimit.LOG_GROUP;
            default -> NameLimit.SECURITY_GROUP;
        };
    }

    @Test
    void warnsAboutStagingTradeOffsButNotAboutAProductionThatHasNone() {
        // Who alarms reach is not a trade-off: AlertsSectionTest covers those warnings.
        var staging = plan("staging").warnings().stream().filter(w -> !w.startsWith("alerts: ")).toList();
        assertTrue(staging.stream().allMatch(w -> w.startsWith("staging cost trade-off: ")), String.join("\n", staging));
        for (var tradeOff : List.of("database.multiAz=false", "database.deletionProtection=false", "disposable data",
                "edge.waf=false", "edge.cloudFrontLogs=false", "edge.deletionProtection=false", "service.containerInsights=false",
                "offHours", "service.minCount=1")) {
            assertTrue(staging.stream().anyMatch(w -> w.contains(tradeOff)), tradeOff + " missing from " + staging);
        }
        assertEquals(List.of(), plan("production").warnings().stream().filter(w -> !w.startsWith("alerts: ")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyCloudResourceBelongsToAComponent(String stack) {
        var plan = plan(stack);
        var components = plan.cloudResources().stream()
                .map(r -> plan.componentOf(r).map(PlannedResource::type).orElse("none"))
                .collect(Collectors.toSet());
        var expected = new HashSet<>(Set.of("webstack:network:Network", "webstack:data:Database", "webstack:data:DocumentStore",
                "webstack:data:ApplicationSecrets", "webstack:edge:Edge", "webstack:compute:Registry", "webstack:compute:Service",
                "webstack:observability:Alarms", "webstack:observability:SpendBudget"));
        if (stack.equals("staging")) {
            expected.add("webstack:compute:OffHoursSchedules");
        } else {
            expected.add("webstack:observability:AuditTrail");
        }
        assertEquals(expected, components);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theDatabaseSitsInTheNetworksIsolatedTierBehindItsGroup(String stack) {
        var plan = plan(stack);
        var subnetGroup = plan.named(AwsTypes.RDS_SUBNET_GROUP, "db-subnet-group");
        assertEquals(plan.output(NetworkContract.ISOLATED_SUBNET_IDS), subnetGroup.inputList("subnetIds"));
        var instance = plan.named(AwsTypes.RDS_INSTANCE, "db-instance");
        assertEquals(List.of(plan.output(SecurityGroupsContract.DB_SG_ID)), instance.inputList("vpcSecurityGroupIds"));
        assertEquals(instance.outputText("address"), plan.output("database.address"));
        assertEquals(plan.named(AwsTypes.S3_BUCKET_V2, "documents-bucket").id(), plan.output("documents.bucketName"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theEdgeSitsInternalOnTheNetworksIsolatedTierAndOnlyCloudFrontsVpcOriginsGetIn(String stack) {
        var plan = plan(stack);
        var alb = plan.named(AwsTypes.LB_LOAD_BALANCER, "edge-alb");
        assertEquals(true, alb.input("internal").orElseThrow());
        assertEquals(plan.output(NetworkContract.ISOLATED_SUBNET_IDS), alb.inputList("subnets"));
        assertEquals(List.of(plan.output(SecurityGroupsContract.ALB_SG_ID)), alb.inputList("securityGroups"));
        assertEquals(plan.output(NetworkContract.VPC_ID), plan.named(AwsTypes.LB_TARGET_GROUP, "edge-tg").inputText("vpcId"));
        var into = plan.ofType(AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE).stream()
                .filter(r -> r.inputText("securityGroupId").equals(plan.output(SecurityGroupsContract.ALB_SG_ID))).toList();
        assertEquals(List.of("edge-alb-from-cloudfront"), into.stream().map(r -> r.name()).toList(), "one way in, the edge's");
        assertTrue(into.get(0).input("referencedSecurityGroupId").isPresent() && into.get(0).input("prefixListId").isEmpty()
                && into.get(0).input("cidrIpv4").isEmpty(), "CloudFront's VPC-origin group, no addresses");
        assertEquals(80L, into.get(0).input("fromPort").orElseThrow());
        assertEquals(List.of(), plan.ofType(AwsTypes.CLOUDFRONT_DISTRIBUTION).stream()
                .filter(d -> d.input("origins[0].customOriginConfig").isPresent()).toList(), "no origin over the internet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theOriginSecretIsMaskedOnBothSidesAndThePlaceholderNeverLeaks(String stack) {
        var plan = plan(stack);
        var header = plan.named(AwsTypes.CLOUDFRONT_DISTRIBUTION, "edge-cdn").input("origins[0].customHeaders[0]")
                .map(h -> (Map<?, ?>) h).orElseThrow();
        var rule = plan.named(AwsTypes.LB_LISTENER_RULE, "edge-from-cloudfront");
        assertEquals(header.get("name"), rule.input("conditions[0].httpHeader.httpHeaderName").orElseThrow());
        assertEquals(dev.webstack.settings.ConfigSource.SECRET_PLACEHOLDER, header.get("value"));
        assertEquals(dev.webstack.settings.ConfigSource.SECRET_PLACEHOLDER, rule.input("conditions[0].httpHeader.values").orElseThrow());
        assertTrue(!dev.webstack.plan.PlanJson.write(plan).contains("REPLACE-ME"), "stack-file ciphertext must not reach a plan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theServiceRunsOnThePublicTierWiredToTheDatabaseBucketSecretsAndTargetGroup(String stack) {
        var plan = plan(stack);
        var service = plan.named(AwsTypes.ECS_SERVICE, "app-service");
        assertEquals(plan.output(NetworkContract.PUBLIC_SUBNET_IDS), service.input("networkConfiguration.subnets").orElseThrow());
        assertEquals(List.of(plan.output(SecurityGroupsContract.APP_SG_ID)), service.input("networkConfiguration.securityGroups").orElseThrow());
        assertEquals(plan.output("edge.targetGroupArn"), service.input("loadBalancers[0].targetGroupArn").orElseThrow());
        assertTrue(service.dependsOn(plan.named(AwsTypes.LB_LISTENER_RULE, "edge-from-cloudfront")),
                "ECS needs a listener forwarding to the target group before the service exists");

        var container = (Map<?, ?>) ((List<?>) dev.webstack.plan.json.Json.parse(plan.named(AwsTypes.ECS_TASK_DEFINITION,
                "app-task").inputText("containerDefinitions"))).get(0);
        var environment = ((List<?>) container.get("environment")).stream().map(e -> (Map<?, ?>) e)
                .collect(Collectors.toMap(e -> e.get("name"), e -> e.get("value")));
        assertEquals(plan.output("database.address"), environment.get("DB_HOST"));
        assertEquals(plan.output("documents.bucketName"), environment.get("DOCUMENTS_BUCKET"));
        var secrets = ((List<?>) container.get("secrets")).stream().map(e -> (Map<?, ?>) e)
                .collect(Collectors.toMap(e -> e.get("name"), e -> e.get("valueFrom")));
        assertEquals(plan.output("secrets.databaseAppLoginArn") + ":url::", secrets.get("DATABASE_URL"));
        assertTrue(secrets.values().stream().noneMatch(v -> String.valueOf(v).startsWith(String.valueOf(plan.output("database.masterSecretArn")))),
                "the app never reads the RDS-managed master secret (ADR 0018)");
        var migration = ((List<?>) dev.webstack.plan.json.Json.parse(plan.named(AwsTypes.ECS_TASK_DEFINITION,
                "app-migration-task").inputText("containerDefinitions"))).stream().map(c -> (Map<?, ?>) c)
                .collect(Collectors.toMap(c -> c.get("name"), c -> ((List<?>) c.get("secrets")).stream().map(e -> (Map<?, ?>) e)
                        .collect(Collectors.toMap(e -> e.get("name"), e -> e.get("valueFrom")))));
        assertEquals(plan.output("secrets.databaseMigratorLoginArn") + ":url::", migration.get("migration").get("DATABASE_URL"));
        assertEquals(plan.output("database.masterSecretArn") + ":password::", migration.get("db-setup").get("PGPASSWORD"));
        ((Map<?, ?>) plan.output("secrets.arns")).forEach((name, arn) -> assertEquals(arn, secrets.get(name), String.valueOf(name)));
        assertEquals(plan.output("service.repositoryUrl") + ":" + stack + "-latest", container.get("image"));
    }

    @Test
    void stagingSleepsOutsideBusinessHoursAndProductionNever() {
        assertEquals(2, plan("staging").ofType(AwsTypes.APPAUTOSCALING_SCHEDULED_ACTION).size());
        assertEquals(List.of(), plan("production").ofType(AwsTypes.APPAUTOSCALING_SCHEDULED_ACTION));
        assertTrue(plan("staging").warnings().stream().anyMatch(w -> w.contains("running Mon-Fri 08:00-22:00 Asia/Tokyo")));
    }

    @Test
    void productionHasWafAndViewerLogsAndStagingSavesThem() {
        var production = plan("production");
        // The web ACL is at CloudFront scope, behind the us-east-1 provider, on the distribution; nothing associates a regional one.
        var acl = production.named(AwsTypes.WAFV2_WEB_ACL, "edge-cdn-waf");
        assertEquals("CLOUDFRONT", acl.inputText("scope"));
        assertTrue(acl.provider().contains("::aws-us-east-1::"), acl.provider());
        assertEquals(acl.outputText("arn"), production.named(AwsTypes.CLOUDFRONT_DISTRIBUTION, "edge-cdn").inputText("webAclId"));
        assertEquals(List.of(), production.ofType(AwsTypes.WAFV2_WEB_ACL_ASSOCIATION));
        assertEquals(1, production.ofType(AwsTypes.CLOUDWATCH_LOG_DELIVERY).size());
        assertEquals(true, production.named(AwsTypes.LB_LOAD_BALANCER, "edge-alb").input("enableDeletionProtection").orElseThrow());
        var staging = plan("staging");
        assertEquals(List.of(), staging.where(r -> r.type().startsWith("aws:wafv2/")));
        assertEquals(List.of(), staging.ofType(AwsTypes.CLOUDWATCH_LOG_DELIVERY));
        assertEquals(List.of(), staging.where(r -> r.isProvider() && r.name().equals("aws-us-east-1")),
                "staging needs nothing in us-east-1");
    }

    @Test
    void eachStackGetsTheDataItsRequirementsAskFor() {
        var staging = plan("staging").named(AwsTypes.RDS_INSTANCE, "db-instance");
        var production = plan("production").named(AwsTypes.RDS_INSTANCE, "db-instance");
        assertEquals(List.of("db.t4g.micro", 20L, false, 7L, false), List.of(staging.inputText("instanceClass"),
                staging.input("allocatedStorage").orElseThrow(), staging.input("multiAz").orElseThrow(),
                staging.input("backupRetentionPeriod").orElseThrow(), staging.input("deletionProtection").orElseThrow()));
        assertEquals(List.of("db.t4g.small", 50L, true, 30L, true), List.of(production.inputText("instanceClass"),
                production.input("allocatedStorage").orElseThrow(), production.input("multiAz").orElseThrow(),
                production.input("backupRetentionPeriod").orElseThrow(), production.input("deletionProtection").orElseThrow()));
        assertEquals(Set.of("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY"),
                ((Map<?, ?>) plan("production").output("secrets.arns")).keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void everyAlarmWatchesTheResourcesThisStackCreated(String stack) {
        var plan = plan(stack);
        var cluster = plan.named(AwsTypes.ECS_CLUSTER, "app-cluster").outputText("name");
        var service = plan.named(AwsTypes.ECS_SERVICE, "app-service").outputText("name");
        var database = plan.named(AwsTypes.RDS_INSTANCE, "db-instance").outputText("identifier");
        var loadBalancer = plan.named(AwsTypes.LB_LOAD_BALANCER, "edge-alb").outputText("arnSuffix");
        var targetGroup = plan.named(AwsTypes.LB_TARGET_GROUP, "edge-tg").outputText("arnSuffix");
        // The forwarder's failure queue, watched by alarm-forwarder-failed.
        var failedNotifications = plan.named(AwsTypes.SQS_QUEUE, "alarms-forwarder-failed").outputText("name");
        // The failed-migration rule, whose undelivered alerts migration-alert-undelivered counts.
        var migrationRule = plan.named(AwsTypes.CLOUDWATCH_EVENT_RULE, "alarms-migration-failed").outputText("name");
        var expected = Map.of(
                "ClusterName", cluster, "ServiceName", service, "DBInstanceIdentifier", database,
                "LoadBalancer", loadBalancer, "TargetGroup", targetGroup, "QueueName", failedNotifications, "RuleName", migrationRule);
        var alarms = plan.ofType(AwsTypes.CLOUDWATCH_METRIC_ALARM);
        var seen = new HashSet<Object>();
        for (var alarm : alarms) {
            var dimensionSets = new ArrayList<Map<?, ?>>();
            alarm.input("dimensions").ifPresent(d -> dimensionSets.add((Map<?, ?>) d));
            alarm.inputList("metricQueries").stream().map(q -> (Map<?, ?>) ((Map<?, ?>) q).get("metric"))
                    .filter(Objects::nonNull).forEach(m -> dimensionSets.add((Map<?, ?>) m.get("dimensions")));
            if (dimensionSets.isEmpty()) {
                // A metric without dimensions is one the stack counts itself: it must be its filter's.
                assertEquals(List.of(alarm.inputText("namespace") + " " + alarm.inputText("metricName")), errorLogMetrics(plan),
                        alarm + " watches nothing");
                continue;
            }
            for (var dimensions : dimensionSets) {
                dimensions.forEach((name, value) -> {
                    assertEquals(expected.get(name), value, alarm + " dimension " + name);
                    seen.add(name);
                });
            }
            assertEquals(List.of(plan.output("alarms.topicArn")), alarm.inputList("alarmActions"), alarm.name());
        }
        assertEquals(expected.keySet(), seen, "every watched resource has an alarm");
        assertEquals(alarms.stream().map(a -> a.outputText("name")).collect(Collectors.toSet()),
                Set.copyOf((List<?>) plan.output("alarms.names")));
    }

    private static List<String> errorLogMetrics(Plan plan) {
        return plan.ofType(AwsTypes.CLOUDWATCH_LOG_METRIC_FILTER).stream()
                .map(f -> f.inputText("metricTransformation.namespace") + " " + f.inputText("metricTransformation.name")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void errorLinesOfTheAppsOwnLogGroupAreCountedAndAlarmedOn(String stack) {
        var plan = plan(stack);
        var filter = plan.named(AwsTypes.CLOUDWATCH_LOG_METRIC_FILTER, "alarms-error-logs");
        assertEquals(plan.named(AwsTypes.CLOUDWATCH_LOG_GROUP, "app-logs").outputText("name"), filter.inputText("logGroupName"));
        assertEquals(plan.output("service.logGroupName"), filter.inputText("logGroupName"));
        var alarm = plan.named(AwsTypes.CLOUDWATCH_METRIC_ALARM, "alarms-error-logs");
        assertEquals(errorLogMetrics(plan), List.of(alarm.inputText("namespace") + " " + alarm.inputText("metricName")));
        assertEquals((double) OfflinePlanner.settings(ProjectDirectory.find(Path.of("")), stack).alarms().errorLogThreshold(),
                ((Number) alarm.input("threshold").orElseThrow()).doubleValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void noHealthyTargetsIsJudgedAgainstTheServicesOwnFloor(String stack) {
        var plan = plan(stack);
        var alarm = plan.named(AwsTypes.CLOUDWATCH_METRIC_ALARM, "alarms-no-healthy-targets");
        var service = plan.named(AwsTypes.ECS_SERVICE, "app-service");
        assertEquals((double) dev.webstack.plan.ServiceTasks.fewest(plan, service),
                ((Number) alarm.input("threshold").orElseThrow()).doubleValue(), "the fewest tasks the service runs while up");
        assertTrue(dev.webstack.plan.ServiceTasks.fewest(plan, service) >= 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void theMigrationRuleMatchesTheMigrationTaskThisStackRuns(String stack) {
        var plan = plan(stack);
        var detail = (Map<?, ?>) dev.webstack.plan.json.Json.parseObject(
                plan.named(AwsTypes.CLOUDWATCH_EVENT_RULE, "alarms-migration-failed").inputText("eventPattern")).get("detail");
        var migration = plan.named(AwsTypes.ECS_TASK_DEFINITION, "app-migration-task");
        var prefix = String.valueOf(((Map<?, ?>) ((List<?>) detail.get("taskDefinitionArn")).get(0)).get("prefix"));
        assertTrue(migration.outputText("arn").startsWith(prefix), migration.outputText("arn") + " vs " + prefix);
        assertTrue(!plan.named(AwsTypes.ECS_TASK_DEFINITION, "app-task").outputText("arn").startsWith(prefix));
        assertEquals(List.of(plan.output("service.clusterArn")), detail.get("clusterArn"));
        assertEquals(List.of(plan.output("service.migrationContainerName")), ((Map<?, ?>) detail.get("containers")).get("name"));
    }

    @Test
    void everyAlarmsRunbookAnchorExists() throws java.io.IOException {
        var runbook = java.nio.file.Files.readString(ProjectDirectory.find(Path.of("")).path().resolve("docs/runbook.md"));
        var anchors = new HashSet<String>();
        for (var line : runbook.lines().toList()) {
            if (line.startsWith("## ")) {
                anchors.add(line.substring(3).trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-'));
            }
        }
        var plan = plan("production");
        var described = new ArrayList<String>();
        plan.ofType(AwsTypes.CLOUDWATCH_METRIC_ALARM).forEach(a -> described.add(a.inputText("alarmDescription")));
        plan.ofType(AwsTypes.CLOUDWATCH_EVENT_RULE).forEach(r -> described.add(r.inputText("description")));
        for (var description : described) {
            assertTrue(description.contains("docs/runbook.md#"), "no runbook link: " + description);
            var anchor = description.substring(description.indexOf("docs/runbook.md#") + "docs/runbook.md#".length());
            assertTrue(anchors.contains(anchor), "docs/runbook.md has no section for #" + anchor + " (sections: " + anchors + ")");
        }
    }

    @Test
    void stagingsDatabaseStartsBeforeTheServiceAndStopsAfterItOnTheSameSchedule() {
        var plan = plan("staging");
        var schedule = OfflinePlanner.settings(ProjectDirectory.find(Path.of("")), "staging").offHours().schedule().orElseThrow();
        var serviceStarts = CronWeek.minutes(plan.named(AwsTypes.APPAUTOSCALING_SCHEDULED_ACTION, "app-start").inputText("schedule"));
        var serviceStops = CronWeek.minutes(plan.named(AwsTypes.APPAUTOSCALING_SCHEDULED_ACTION, "app-stop").inputText("schedule"));
        var databaseStarts = CronWeek.minutes(plan.named(AwsTypes.SCHEDULER_SCHEDULE, "off-hours-database-start").inputText("scheduleExpression"));
        var databaseStops = CronWeek.minutes(plan.named(AwsTypes.SCHEDULER_SCHEDULE, "off-hours-database-stop").inputText("scheduleExpression"));
        var alarmsPause = CronWeek.minutes(plan.named(AwsTypes.SCHEDULER_SCHEDULE, "off-hours-alarms-pause").inputText("scheduleExpression"));
        var alarmsResume = CronWeek.minutes(plan.named(AwsTypes.SCHEDULER_SCHEDULE, "off-hours-alarms-resume").inputText("scheduleExpression"));
        long lead = schedule.databaseLead().toMinutes();
        long delay = schedule.databaseStopDelay().toMinutes();
        assertTrue(lead > 0 && delay > 0);
        assertEquals(serviceStarts.stream().map(m -> CronWeek.shift(m, -lead)).collect(Collectors.toSet()), databaseStarts,
                "the database starts " + lead + " minutes before every scale-out, and only then");
        for (var stop : serviceStops) {
            assertTrue(databaseStops.contains(CronWeek.shift(stop, delay)), "no database stop " + delay + " minutes after " + stop);
        }
        assertEquals(7, databaseStops.size(), "stopped every day, so RDS's restart after seven days stopped is undone the same day");
        assertEquals(serviceStops, alarmsPause);
        assertEquals(serviceStarts.stream().map(m -> CronWeek.shift(m, 15)).collect(Collectors.toSet()), alarmsResume);
        for (var s : plan.ofType(AwsTypes.SCHEDULER_SCHEDULE)) {
            assertEquals(plan.named(AwsTypes.APPAUTOSCALING_SCHEDULED_ACTION, "app-start").inputText("timezone"),
                    s.inputText("scheduleExpressionTimezone"), "one time zone for every part");
        }
    }

    /**
     * No-healthy-targets is OK at night by itself (no targets, no data) and must announce a morning
     * that fails; the alarms on lost alerts are not about the service sleeping.
     */
    @Test
    void stagingsSchedulesTouchItsOwnDatabaseAndEveryOneOfItsAlarmsButThoseThatMustNeverSleep() {
        var plan = plan("staging");
        var database = plan.named(AwsTypes.RDS_INSTANCE, "db-instance");
        var start = dev.webstack.plan.json.Json.parseObject(plan.named(AwsTypes.SCHEDULER_SCHEDULE, "off-hours-database-start")
                .inputText("target.input"));
        assertEquals(database.outputText("identifier"), start.get("DbInstanceIdentifier"));
        var pause = dev.webstack.plan.json.Json.parseObject(plan.named(AwsTypes.SCHEDULER_SCHEDULE, "off-hours-alarms-pause")
                .inputText("target.input"));
        assertEquals(plan.output("alarms.pausedNames"), pause.get("AlarmNames"));
        var policy = plan.named(AwsTypes.IAM_ROLE_POLICY, "off-hours-policy").inputText("policy");
        assertTrue(policy.contains(database.outputText("arn")), policy);
        var unpaused = plan.named(AwsTypes.CLOUDWATCH_METRIC_ALARM, "alarms-no-healthy-targets");
        var neverPaused = List.of("alarms-no-healthy-targets", "alarms-forwarder-failed", "alarms-migration-alert-undelivered");
        for (var alarm : plan.ofType(AwsTypes.CLOUDWATCH_METRIC_ALARM)) {
            var paused = !neverPaused.contains(alarm.name());
            assertEquals(paused, policy.contains(alarm.outputText("arn")), alarm + ": " + policy);
            assertEquals(paused, ((List<?>) pause.get("AlarmNames")).contains(alarm.outputText("name")), alarm.name());
            assertEquals(paused ? List.of("actionsEnabled") : List.of(), alarm.options().ignoreChanges(), alarm.name());
        }
        assertEquals("notBreaching", unpaused.inputText("treatMissingData"), "the night is missing data, not an outage");
    }

    @Test
    void productionNeverSleeps() {
        var plan = plan("production");
        assertEquals(List.of(), plan.where(r -> r.type().startsWith("aws:scheduler/")));
        assertEquals(List.of(), plan.ofType(AwsTypes.APPAUTOSCALING_SCHEDULED_ACTION));
        for (var alarm : plan.ofType(AwsTypes.CLOUDWATCH_METRIC_ALARM)) {
            assertEquals(List.of(), alarm.options().ignoreChanges(), alarm.name());
            assertEquals(true, alarm.input("actionsEnabled").orElseThrow());
        }
    }
}
