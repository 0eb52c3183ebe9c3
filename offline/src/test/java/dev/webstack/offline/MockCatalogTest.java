package dev.webstack.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.annotations.ResourceType;
import dev.webstack.offline.aws.AwsServices;
import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.plan.aws.AwsTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The type catalogue is checked against the AWS provider this build runs, so a misspelt or
 * renamed token fails here rather than as a resource nothing recognises; the offline engine
 * may mock only catalogued types, so each type is known by one name everywhere.
 */
class MockCatalogTest {

    /** The engine's own types: built into Pulumi, no provider class carries them. */
    private static final Set<String> ENGINE_TYPES = Set.of(AwsTypes.PULUMI_STACK, AwsTypes.PULUMI_STACK_REFERENCE);

    /** The AWS provider resource is the one Pulumi type the AWS SDK declares itself. */
    private static final Map<String, String> PROVIDER_CLASSES = Map.of(AwsTypes.PULUMI_AWS_PROVIDER, "com.pulumi.aws.Provider");

    private static Map<String, String> catalogue() {
        return AwsTypes.byName();
    }

    @Test
    void everyCatalogueTokenIsTheOneItsProviderClassDeclares() {
        var mismatches = new ArrayList<String>();
        catalogue().forEach((name, token) -> {
            if (ENGINE_TYPES.contains(token)) {
                return;
            }
            var className = PROVIDER_CLASSES.containsKey(token) ? PROVIDER_CLASSES.get(token)
                    : Taggability.sdkClassName(token).orElse("(no AWS provider class for this token)");
            try {
                var annotation = Class.forName(className).getAnnotation(ResourceType.class);
                if (annotation == null || !token.equals(annotation.type())) {
                    mismatches.add(name + " = " + token + ": " + className + " declares " + (annotation == null ? "no type" : annotation.type()));
                }
            } catch (ClassNotFoundException e) {
                mismatches.add(name + " = " + token + ": no class " + className + " in the AWS provider");
            }
        });
        assertEquals(List.of(), mismatches);
    }

    @Test
    void everyAwsConstantIsNamedAfterItsTokenAndEveryTokenIsWrittenOnce() {
        var misnamed = new ArrayList<String>();
        var seen = new HashSet<String>();
        var repeated = new ArrayList<String>();
        catalogue().forEach((name, token) -> {
            if (!seen.add(token)) {
                repeated.add(name + " = " + token);
            }
            if (token.startsWith("aws:")) {
                var expected = expectedName(token);
                if (!expected.equals(name)) {
                    misnamed.add(name + " should be " + expected);
                }
            }
        });
        assertEquals(List.of(), misnamed);
        assertEquals(List.of(), repeated);
    }

    /** "aws:ec2/vpcEndpoint:VpcEndpoint" is EC2_VPC_ENDPOINT: the module, then the type in upper snake case. */
    private static String expectedName(String token) {
        var parts = token.split(":");
        var module = parts[1].split("/")[0];
        return (module + "_" + parts[2].replaceAll("([a-z0-9])([A-Z])", "$1_$2")).toUpperCase();
    }

    @Test
    void theEngineMocksOnlyCataloguedTypes() {
        var unknown = new TreeSet<>(AwsServices.catalog().resourceTypes());
        unknown.removeAll(catalogue().values());
        assertEquals(Set.of(), unknown, "add these to dev.webstack.plan.aws.AwsTypes");
    }

    @Test
    void knowsWhichTypesAwsTags() {
        assertTrue(Taggability.isTaggable(AwsTypes.EC2_VPC));
        assertTrue(Taggability.isTaggable(AwsTypes.CLOUDWATCH_LOG_GROUP));
        assertTrue(Taggability.isTaggable(AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE));
        assertFalse(Taggability.isTaggable(AwsTypes.EC2_ROUTE_TABLE_ASSOCIATION));
        assertFalse(Taggability.isTaggable(AwsTypes.IAM_ROLE_POLICY));
        assertFalse(Taggability.isTaggable("webstack:network:Network"));
    }
}
