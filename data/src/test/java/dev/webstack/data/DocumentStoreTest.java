package dev.webstack.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.kit.Safekeeping;
import dev.webstack.kit.SettingsArgs;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlanJson;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.ConfigSource;
import dev.webstack.settings.Environment;
import dev.webstack.testkit.ComponentHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DocumentStoreTest {

    static Plan plan(Environment environment, String... settings) {
        return ComponentHarness.run(environment, (context, options) -> new DocumentStore("documents", new SettingsArgs<>(ComponentHarness.naming(environment), ComponentHarness.settings(environment, settings).documents(), Safekeeping.forEnvironment(environment)), options).contract().exportTo(context));
    }

    private static PlannedResource bucket(Plan plan) {
        return plan.named("aws:s3/bucketV2:BucketV2", "documents-bucket");
    }

    private static PlannedResource configuration(Plan plan, String type, String name) {
        var resource = plan.named(type, name);
        assertEquals(bucket(plan).id(), resource.inputText("bucket"), name + " must configure the documents bucket");
        return resource;
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void isPrivateOwnedEncryptedAndVersioned(Environment environment) {
        var plan = plan(environment);
        assertEquals("webstack-" + environment.id() + "-documents-123456789012", bucket(plan).inputText("bucket"));
        var block = configuration(plan, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "documents-public-access-block");
        for (var flag : List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")) {
            assertEquals(true, block.input(flag).orElseThrow(), flag);
        }
        assertEquals("BucketOwnerEnforced", configuration(plan, "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
                "documents-ownership").input("rule.objectOwnership").orElseThrow());
        assertEquals("AES256", configuration(plan, "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                "documents-encryption").input("rules[0].applyServerSideEncryptionByDefault.sseAlgorithm").orElseThrow());
        assertEquals("Enabled", configuration(plan, "aws:s3/bucketVersioningV2:BucketVersioningV2", "documents-versioning")
                .input("versioningConfiguration.status").orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void refusesEveryRequestThatIsNotTls(Environment environment) {
        var plan = plan(environment);
        var arn = bucket(plan).outputText("arn");
        var policy = Json.parseObject(configuration(plan, "aws:s3/bucketPolicy:BucketPolicy", "documents-policy").inputText("policy"));
        assertEquals(List.of(Map.of(
                "Sid", "DenyUnencryptedTransport",
                "Effect", "Deny",
                "Principal", "*",
                "Action", List.of("s3:*"),
                "Resource", List.of(arn, arn + "/*"),
                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", List.of("false"))))), policy.get("Statement"));
    }

    @Test
    void expiresOldVersionsAndAbandonedUploads() {
        var plan = plan(Environment.PRODUCTION);
        var lifecycle = configuration(plan, "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", "documents-lifecycle");
        assertEquals("abort-incomplete-uploads", lifecycle.input("rules[0].id").orElseThrow());
        assertEquals(7L, lifecycle.input("rules[0].abortIncompleteMultipartUpload.daysAfterInitiation").orElseThrow());
        assertEquals("expire-previous-versions", lifecycle.input("rules[1].id").orElseThrow());
        assertEquals(90L, lifecycle.input("rules[1].noncurrentVersionExpiration.noncurrentDays").orElseThrow());
        assertEquals(true, lifecycle.input("rules[1].expiration.expiredObjectDeleteMarker").orElseThrow());
        assertTrue(lifecycle.dependsOn(plan.named("aws:s3/bucketVersioningV2:BucketVersioningV2", "documents-versioning")));

        var custom = plan(Environment.STAGING, "webstack:documents.noncurrentVersionDays: 3");
        assertEquals(3L, custom.named("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", "documents-lifecycle")
                .input("rules[1].noncurrentVersionExpiration.noncurrentDays").orElseThrow());
    }

    @Test
    void stagingEmptiesOnDeleteAndProductionIsKept() {
        var staging = bucket(plan(Environment.STAGING));
        assertEquals(true, staging.input("forceDestroy").orElseThrow());
        assertFalse(staging.options().retainOnDelete());
        assertFalse(staging.options().protect());
        var production = bucket(plan(Environment.PRODUCTION));
        assertEquals(false, production.input("forceDestroy").orElseThrow());
        assertTrue(production.options().retainOnDelete());
        assertTrue(production.options().protect());
    }

    @Test
    void hasCorsOnlyForTheOriginsConfigured() {
        assertEquals(List.of(), plan(Environment.STAGING).ofType("aws:s3/bucketCorsConfigurationV2:BucketCorsConfigurationV2"));
        var plan = plan(Environment.STAGING, "webstack:documents.corsOrigins: [https://app.example.com, http://localhost:5173]");
        var cors = configuration(plan, "aws:s3/bucketCorsConfigurationV2:BucketCorsConfigurationV2", "documents-cors");
        assertEquals(List.of("https://app.example.com", "http://localhost:5173"), cors.input("corsRules[0].allowedOrigins").orElseThrow());
        assertEquals(List.of("GET", "PUT", "HEAD"), cors.input("corsRules[0].allowedMethods").orElseThrow());
    }

    @Test
    void createsNoLongLivedKeyUnlessAskedTo() {
        var plan = plan(Environment.STAGING);
        for (var type : List.of("aws:iam/user:User", "aws:iam/accessKey:AccessKey", "aws:ssm/parameter:Parameter")) {
            assertEquals(List.of(), plan.ofType(type), type);
        }
        assertFalse(plan.outputs().containsKey(DocumentsContract.ACCESS_KEY_PARAMETERS));
    }

    @Test
    void theStaticKeyCanTouchThisBucketOnlyAndLivesEncryptedInSsm() {
        var plan = plan(Environment.STAGING, "webstack:documents.staticAccessKey: true");
        var arn = bucket(plan).outputText("arn");
        var user = plan.named("aws:iam/user:User", "documents-static-user");
        var policy = plan.named("aws:iam/userPolicy:UserPolicy", "documents-static-user-policy");
        assertEquals(user.id(), policy.inputText("user"));
        var statements = (List<?>) Json.parseObject(policy.inputText("policy")).get("Statement");
        assertEquals(List.of(arn), ((Map<?, ?>) statements.get(0)).get("Resource"));
        assertEquals(List.of(arn + "/*"), ((Map<?, ?>) statements.get(1)).get("Resource"));
        assertEquals(user.id(), plan.named("aws:iam/accessKey:AccessKey", "documents-static-key").inputText("user"));

        var parameters = plan.ofType("aws:ssm/parameter:Parameter");
        assertEquals(2, parameters.size());
        for (var parameter : parameters) {
            assertEquals("SecureString", parameter.inputText("type"));
            assertEquals(ConfigSource.SECRET_PLACEHOLDER, parameter.inputText("value"));
            assertTrue(parameter.inputText("name").startsWith("/webstack-staging/documents/"), parameter.inputText("name"));
        }
        assertEquals(Map.of(
                DocumentStore.ACCESS_KEY_ID, plan.named("aws:ssm/parameter:Parameter", "documents-static-key-id").outputText("arn"),
                DocumentStore.SECRET_ACCESS_KEY, plan.named("aws:ssm/parameter:Parameter", "documents-static-key-secret").outputText("arn")),
                plan.output(DocumentsContract.ACCESS_KEY_PARAMETERS));
        assertFalse(PlanJson.write(plan).contains("offline-"), "the generated key secret must never appear in the plan");
    }
}
