package dev.webstack.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.kit.Safekeeping;
import dev.webstack.kit.SettingsArgs;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.Environment;
import dev.webstack.testkit.ComponentHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** GIVEN a stack's audit settings, WHEN its trail is planned, THEN every region is recorded, verifiably, into a bucket only that trail may write. */
class AuditTrailTest {

    static final String ACCOUNT = "123456789012";

    static Plan plan(Environment environment, String... settings) {
        var stack = ComponentHarness.settings(environment, settings);
        return ComponentHarness.run(environment, (context, options) -> new AuditTrail("audit", new SettingsArgs<>(
                ComponentHarness.naming(environment), stack.audit(), Safekeeping.forEnvironment(environment)), options)
                .contract().exportTo(context));
    }

    static PlannedResource trail(Plan plan) {
        return plan.named(AwsTypes.CLOUDTRAIL_TRAIL, "audit-trail");
    }

    static List<Map<?, ?>> statements(Plan plan) {
        var policy = Json.parseObject(plan.named(AwsTypes.S3_BUCKET_POLICY, "audit-policy").inputText("policy"));
        return ((List<?>) policy.get("Statement")).stream().<Map<?, ?>>map(s -> (Map<?, ?>) s).toList();
    }

    static Map<?, ?> statement(Plan plan, String sid) {
        return statements(plan).stream().filter(s -> sid.equals(s.get("Sid"))).findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + sid));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void theTrailRecordsEveryRegionsManagementEventsWithValidation(Environment environment) {
        var trail = trail(plan(environment, "webstack:audit.trail: own"));

        assertEquals("webstack-" + environment.id() + "-audit", trail.inputText("name"));
        assertEquals(true, trail.input("isMultiRegionTrail").orElseThrow());
        assertEquals(true, trail.input("includeGlobalServiceEvents").orElseThrow());
        assertEquals(true, trail.input("enableLogFileValidation").orElseThrow());
        assertEquals(true, trail.input("enableLogging").orElseThrow());
        assertEquals(List.of(Map.of("readWriteType", "All", "includeManagementEvents", true)), trail.inputList("eventSelectors"));
    }

    @Test
    void theTrailWritesToItsOwnBucketOnlyOnceThePolicyLetsIt() {
        var plan = plan(Environment.PRODUCTION);
        var bucket = plan.named(AwsTypes.S3_BUCKET_V2, "audit-bucket");

        assertEquals("webstack-production-audit-" + ACCOUNT, bucket.inputText("bucket"));
        assertEquals(bucket.inputText("bucket"), trail(plan).inputText("s3BucketName"));
        assertTrue(trail(plan).dependsOn(plan.named(AwsTypes.S3_BUCKET_POLICY, "audit-policy")),
                "CloudTrail checks its write access when the trail is created");
    }

    @Test
    void thePolicyHasTheGuidesStatementsLimitedToThisTrail() {
        var plan = plan(Environment.PRODUCTION);
        var bucketArn = "arn:aws:s3:::webstack-production-audit-" + ACCOUNT;
        var trailArn = "arn:aws:cloudtrail:" + ComponentHarness.REGION + ":" + ACCOUNT + ":trail/webstack-production-audit";
        assertEquals(trailArn, trail(plan).outputText("arn"), "the ARN the policy names before the trail exists");

        assertEquals(List.of("DenyUnencryptedTransport", "AWSCloudTrailAclCheck", "AWSCloudTrailWrite"),
                statements(plan).stream().map(s -> s.get("Sid")).toList());
        var acl = statement(plan, "AWSCloudTrailAclCheck");
        assertEquals("Allow", acl.get("Effect"));
        assertEquals(Map.of("Service", List.of("cloudtrail.amazonaws.com")), acl.get("Principal"));
        assertEquals(List.of("s3:GetBucketAcl"), acl.get("Action"));
        assertEquals(List.of(bucketArn), acl.get("Resource"));
        assertEquals(Map.of("StringEquals", Map.of("aws:SourceArn", List.of(trailArn))), acl.get("Condition"));
        var write = statement(plan, "AWSCloudTrailWrite");
        assertEquals(Map.of("Service", List.of("cloudtrail.amazonaws.com")), write.get("Principal"));
        assertEquals(List.of("s3:PutObject"), write.get("Action"));
        assertEquals(List.of(bucketArn + "/AWSLogs/" + ACCOUNT + "/*"), write.get("Resource"));
        assertEquals(Map.of("StringEquals", Map.of("s3:x-amz-acl", List.of("bucket-owner-full-control"), "aws:SourceArn", List.of(trailArn))),
                write.get("Condition"));
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void logsExpireAfterTheStacksRetention(Environment environment) {
        var expected = environment.isProduction() ? 365L : 90L;
        assertEquals(expected, expirationDays(plan(environment, "webstack:audit.trail: own")));
        assertEquals(45L, expirationDays(plan(environment, "webstack:audit.trail: own", "webstack:audit.retentionDays: 45")));
    }

    private static long expirationDays(Plan plan) {
        var rules = plan.named(AwsTypes.S3_BUCKET_LIFECYCLE_CONFIGURATION_V2, "audit-lifecycle").inputList("rules");
        assertEquals(1, rules.size());
        return ((Number) ((Map<?, ?>) ((Map<?, ?>) rules.get(0)).get("expiration")).get("days")).longValue();
    }

    @Test
    void productionKeepsTheAuditRecordWhenTheStackLetsGo() {
        var production = plan(Environment.PRODUCTION).named(AwsTypes.S3_BUCKET_V2, "audit-bucket");
        assertTrue(production.options().protect());
        assertTrue(production.options().retainOnDelete());
        assertEquals(false, production.input("forceDestroy").orElseThrow());

        var staging = plan(Environment.STAGING, "webstack:audit.trail: own").named(AwsTypes.S3_BUCKET_V2, "audit-bucket");
        assertEquals(false, staging.options().protect());
        assertEquals(true, staging.input("forceDestroy").orElseThrow());
    }

    @Test
    void theContractNamesTheTrailAndItsBucket() {
        var plan = plan(Environment.PRODUCTION);

        assertEquals(trail(plan).outputText("arn"), plan.output(AuditTrailContract.TRAIL_ARN));
        assertEquals("webstack-production-audit-" + ACCOUNT, plan.output(AuditTrailContract.BUCKET_NAME));
    }
}
