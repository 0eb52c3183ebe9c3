package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.offline.catalog.MockResource;
import dev.webstack.plan.aws.AwsTypes;
import java.util.List;
import java.util.Map;

/** RDS: subnet and parameter groups (ids are names) and instances (ids are DBI resource ids). */
public final class RdsMocks {

    private RdsMocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource(AwsTypes.RDS_SUBNET_GROUP, r -> {
            var name = r.autoName("name");
            r.id(name).set("arn", r.facts().arn("rds", "subgrp:" + name)).set("supportedNetworkTypes", List.of("IPV4"));
        });
        catalog.resource(AwsTypes.RDS_PARAMETER_GROUP, r -> {
            var name = r.autoName("name");
            r.id(name).set("arn", r.facts().arn("rds", "pg:" + name));
        });
        catalog.resource(AwsTypes.RDS_INSTANCE, RdsMocks::instance);
    }

    private static void instance(MockResource r) {
        if (r.input("password").isPresent() && Boolean.TRUE.equals(r.input("manageMasterUserPassword").orElse(false))) {
            throw new IllegalArgumentException(r.name() + ": password and manageMasterUserPassword exclude each other (RDS refuses both)");
        }
        var identifier = r.autoName("identifier");
        var resourceId = "db-" + r.hex(26, "resource-id").toUpperCase();
        var port = ((Number) r.input("port").orElse(5432)).longValue();
        var address = identifier + ".c" + MockResource.hexOf(11, r.facts().account() + r.facts().region()) + "."
                + r.facts().region() + ".rds.amazonaws.com";
        var version = String.valueOf(r.input("engineVersion").orElse("16"));
        r.id(resourceId)
                .set("resourceId", resourceId)
                .set("arn", r.facts().arn("rds", "db:" + identifier))
                .set("address", address)
                .set("endpoint", address + ":" + port)
                .set("port", port)
                .set("hostedZoneId", "Z24O6O9L7SGTNB")
                .set("status", "available")
                .set("engineVersionActual", version.contains(".") ? version : version + ".6")
                .setIfAbsent("caCertIdentifier", "rds-ca-rsa2048-g1")
                .setIfAbsent("multiAz", false)
                .setIfAbsent("storageEncrypted", false)
                .setIfAbsent("publiclyAccessible", false);
        if ("gp3".equals(r.input("storageType").orElse(""))) {
            r.set("iops", 3000L).set("storageThroughput", 125L);
        }
        if (Boolean.TRUE.equals(r.input("manageMasterUserPassword").orElse(false))) {
            var secretSuffix = r.hex(8, "secret") + "-" + r.hex(4, "s1") + "-" + r.hex(4, "s2") + "-" + r.hex(4, "s3") + "-" + r.hex(12, "s4");
            r.set("masterUserSecrets", List.of(Map.of(
                    "kmsKeyId", r.facts().arn("kms", "key/" + r.hex(8, "kms") + "-" + r.hex(4, "k1") + "-" + r.hex(4, "k2") + "-" + r.hex(4, "k3") + "-" + r.hex(12, "k4")),
                    "secretArn", r.facts().arn("secretsmanager", "secret:rds!db-" + secretSuffix + "-" + r.hex(6, "secret-tail")),
                    "secretStatus", "active")));
        }
    }
}
