package dev.webstack.core.offline.aws;

import dev.webstack.core.offline.MockCatalog;

/** IAM: roles and their inline policies. IAM ids are names; ARNs carry no region. */
public final class IamMocks {

    private IamMocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource("aws:iam/role:Role", r -> {
            var name = r.autoName("name");
            var path = String.valueOf(r.state("path").orElse("/"));
            r.id(name)
                    .set("arn", r.facts().globalArn("iam", "role" + path + name))
                    .set("uniqueId", "AROA" + r.hex(17, "unique-id").toUpperCase())
                    .set("createDate", "2026-01-01T00:00:00Z")
                    .setIfAbsent("path", "/")
                    .setIfAbsent("maxSessionDuration", 3600L)
                    .setIfAbsent("forceDetachPolicies", false);
        });
        catalog.resource("aws:iam/rolePolicy:RolePolicy", r -> {
            var name = r.autoName("name");
            r.id(r.inputText("role") + ":" + name);
        });
        catalog.resource("aws:iam/rolePolicyAttachment:RolePolicyAttachment",
                r -> r.id(r.inputText("role") + "-" + r.hex(20, "attachment")));
        catalog.resource("aws:iam/user:User", r -> {
            var name = r.autoName("name");
            var path = String.valueOf(r.state("path").orElse("/"));
            r.id(name)
                    .set("arn", r.facts().globalArn("iam", "user" + path + name))
                    .set("uniqueId", "AIDA" + r.hex(17, "unique-id").toUpperCase())
                    .setIfAbsent("path", "/")
                    .setIfAbsent("forceDestroy", false);
        });
        catalog.resource("aws:iam/userPolicy:UserPolicy", r -> {
            var name = r.autoName("name");
            r.id(r.inputText("user") + ":" + name);
        });
        catalog.resource("aws:iam/accessKey:AccessKey", r -> r
                .id("AKIA" + r.hex(16, "key-id").toUpperCase())
                .set("secret", "offline-" + r.hex(32, "secret"))
                .set("sesSmtpPasswordV4", "offline-" + r.hex(32, "smtp"))
                .set("createDate", "2026-01-01T00:00:00Z")
                .setIfAbsent("status", "Active"));
        catalog.secretOutputs("aws:iam/accessKey:AccessKey", "secret", "sesSmtpPasswordV4");
    }
}
