package dev.webstack.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.core.annotations.ResourceType;
import org.junit.jupiter.api.Test;

class MockCatalogTest {

    @Test
    void everyMockedTypeIsARealTypeOfTheAwsProvider() throws ClassNotFoundException {
        for (var type : MockCatalog.aws().resourceTypes()) {
            var parts = type.split(":");
            var module = parts[1].split("/")[0];
            var className = module.equals("index") ? "com.pulumi.aws." + parts[2] : "com.pulumi.aws." + module + "." + parts[2];
            var annotation = Class.forName(className).getAnnotation(ResourceType.class);
            assertEquals(type, annotation.type(), className);
        }
    }

    @Test
    void knowsWhichTypesAwsTags() {
        assertTrue(Taggability.isTaggable("aws:ec2/vpc:Vpc"));
        assertTrue(Taggability.isTaggable("aws:cloudwatch/logGroup:LogGroup"));
        assertTrue(Taggability.isTaggable("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"));
        assertFalse(Taggability.isTaggable("aws:ec2/routeTableAssociation:RouteTableAssociation"));
        assertFalse(Taggability.isTaggable("aws:iam/rolePolicy:RolePolicy"));
        assertFalse(Taggability.isTaggable("webstack:network:Network"));
    }
}
