package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.plan.aws.AwsTypes;

/**
 * IAM: roles, policies, users, the GitHub OIDC provider. IAM ids are names; ARNs carry no
 * region. Documents over IAM's size quotas are refused as IAM refuses them.
 */
public final class IamMocks {

    /** Characters, not counting whitespace, IAM accepts in a role's trust policy (default quota). */
    static final int TRUST_POLICY_LIMIT = 2048;
    /** ... in one inline policy (all of a role's inline policies together share this). */
    static final int INLINE_POLICY_LIMIT = 10240;
    /** ... in a customer managed policy. */
    static final int MANAGED_POLICY_LIMIT = 6144;

    private IamMocks() {
    }

    private static void withinLimit(String what, String document, int limit) {
        var size = document.replaceAll("\\s", "").length();
        if (size > limit) {
            throw new IllegalArgumentException(what + " is " + size + " characters; IAM accepts " + limit);
        }
    }

    public static void register(MockCatalog catalog) {
        catalog.resource(AwsTypes.IAM_ROLE, r -> {
            var name = r.autoName("name");
            withinLimit("the trust policy of role " + name, r.inputText("assumeRolePolicy"), TRUST_POLICY_LIMIT);
            var path = String.valueOf(r.state("path").orElse("/"));
            r.id(name)
                    .set("arn", r.facts().globalArn("iam", "role" + path + name))
                    .set("uniqueId", "AROA" + r.hex(17, "unique-id").toUpperCase())
                    .set("createDate", "2026-01-01T00:00:00Z")
                    .setIfAbsent("path", "/")
                    .setIfAbsent("maxSessionDuration", 3600L)
                    .setIfAbsent("forceDetachPolicies", false);
        });
        catalog.resource(AwsTypes.IAM_ROLE_POLICY, r -> {
            var name = r.autoName("name");
            withinLimit("inline policy " + name, r.inputText("policy"), INLINE_POLICY_LIMIT);
            r.id(r.inputText("role") + ":" + name);
        });
        catalog.resource(AwsTypes.IAM_ROLE_POLICY_ATTACHMENT,
                r -> r.id(r.inputText("role") + "-" + r.hex(20, "attachment")));
        catalog.resource(AwsTypes.IAM_POLICY, r -> {
            var name = r.autoName("name");
            withinLimit("managed policy " + name, r.inputText("policy"), MANAGED_POLICY_LIMIT);
            var path = String.valueOf(r.state("path").orElse("/"));
            var arn = r.facts().globalArn("iam", "policy" + path + name);
            r.id(arn).set("arn", arn).set("policyId", "ANPA" + r.hex(17, "policy-id").toUpperCase()).setIfAbsent("path", "/");
        });
        catalog.resource(AwsTypes.IAM_OPEN_ID_CONNECT_PROVIDER, r -> {
            var url = r.inputText("url");
            if (!url.startsWith("https://")) {
                throw new IllegalArgumentException("an OIDC provider's URL starts with https://, not " + url);
            }
            var arn = r.facts().globalArn("iam", "oidc-provider/" + url.substring("https://".length()));
            r.id(arn).set("arn", arn);
        });
        catalog.resource(AwsTypes.IAM_USER, r -> {
            var name = r.autoName("name");
            var path = String.valueOf(r.state("path").orElse("/"));
            r.id(name)
                    .set("arn", r.facts().globalArn("iam", "user" + path + name))
                    .set("uniqueId", "AIDA" + r.hex(17, "unique-id").toUpperCase())
                    .setIfAbsent("path", "/")
                    .setIfAbsent("forceDestroy", false);
        });
        catalog.resource(AwsTypes.IAM_USER_POLICY, r -> {
            var name = r.autoName("name");
            r.id(r.inputText("user") + ":" + name);
        });
        catalog.resource(AwsTypes.IAM_ACCESS_KEY, r -> r
                .id("AKIA" + r.hex(16, "key-id").toUpperCase())
                .set("secret", "offline-" + r.hex(32, "secret"))
                .set("sesSmtpPasswordV4", "offline-" + r.hex(32, "smtp"))
                .set("createDate", "2026-01-01T00:00:00Z")
                .setIfAbsent("status", "Active"));
        catalog.secretOutputs(AwsTypes.IAM_ACCESS_KEY, "secret", "sesSmtpPasswordV4");
    }
}
