package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.plan.aws.AwsTypes;

/** Secrets Manager (id = ARN, with AWS's six-character suffix) and SSM parameters (id = name). */
public final class SecretsMocks {

    private SecretsMocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource(AwsTypes.SECRETSMANAGER_SECRET, r -> {
            var name = r.autoName("name");
            var arn = r.facts().arn("secretsmanager", "secret:" + name + "-" + r.hex(6, "suffix"));
            r.id(arn).set("arn", arn).setIfAbsent("recoveryWindowInDays", 30L);
        });
        catalog.resource(AwsTypes.SSM_PARAMETER, r -> {
            var name = r.autoName("name");
            r.id(name)
                    .set("arn", r.facts().arn("ssm", "parameter" + (name.startsWith("/") ? name : "/" + name)))
                    .set("version", 1L)
                    .setIfAbsent("tier", "Standard")
                    .setIfAbsent("dataType", "text");
        });
        catalog.secretOutputs(AwsTypes.SSM_PARAMETER, "value");
    }
}
