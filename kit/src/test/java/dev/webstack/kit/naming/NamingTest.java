package dev.webstack.kit.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.settings.Environment;
import dev.webstack.settings.StackIdentity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NamingTest {

    private static Naming naming(String app, String stack) {
        return Naming.of(new StackIdentity("webstack", stack, app, Environment.STAGING, "ap-northeast-1", Map.of()));
    }

    @Test
    void prefixesEveryNameWithAppAndStack() {
        var naming = naming("shop", "staging");
        assertEquals("shop-staging", naming.prefix());
        assertEquals("shop-staging-alb", naming.physical("alb", NameLimit.LOAD_BALANCER));
        assertEquals("/webstack/shop-staging/vpc-flow-logs", naming.logGroup("vpc-flow-logs"));
        assertEquals(Map.of("Name", "shop-staging-public-1"), naming.nameTag("public-1"));
    }

    @Test
    void sanitisesStackNamesPulumiAllowsButAwsDoesNot() {
        assertEquals("shop-feature-x-eu", naming("shop", "Feature_X.eu").prefix());
    }

    @ParameterizedTest
    @EnumSource(NameLimit.class)
    void longNamesFitTheirLimitAndStayDistinct(NameLimit limit) {
        var app = "a-very-long-app-name";
        var first = naming(app, "production-eu-central-1-blue").physical("migration-task-execution-" + "x".repeat(limit.maxLength()), limit);
        var second = naming(app, "production-eu-central-1-green").physical("migration-task-execution-" + "x".repeat(limit.maxLength()), limit);
        assertTrue(first.length() <= limit.maxLength(), first);
        assertTrue(second.length() <= limit.maxLength(), second);
        assertNotEquals(first, second, "two stacks must never share a physical name");
        assertTrue(first.matches("[a-z0-9-]+") && !first.endsWith("-") && !first.contains("--"), first);
    }

    @Test
    void shortenedNamesAreStableAndKeepTheirStart() {
        var name = naming("a-very-long-app-name", "production-ap-northeast-1").physical("target-group", NameLimit.TARGET_GROUP);
        assertEquals(32, name.length());
        assertTrue(name.startsWith("a-very-long-app-name-pro"), name);
        assertEquals(name, naming("a-very-long-app-name", "production-ap-northeast-1").physical("target-group", NameLimit.TARGET_GROUP));
    }

    @ParameterizedTest
    @EnumSource(NameLimit.class)
    void thePrefixTheSettingsAllowSurvivesWholeInEveryName(NameLimit limit) {
        var longestAllowed = naming("shop", "s".repeat(StackIdentity.MAX_NAME_PREFIX_LENGTH - "shop-".length()));
        var name = longestAllowed.physical("app-" + "x".repeat(limit.maxLength()), limit);
        assertTrue(name.startsWith(longestAllowed.prefix() + "-"), name);
    }

    @Test
    void oneCharacterMoreIsCutFromALoadBalancerName() {
        var tooLong = naming("shop", "s".repeat(StackIdentity.MAX_NAME_PREFIX_LENGTH + 1 - "shop-".length()));
        var name = tooLong.physical("app-3000", NameLimit.TARGET_GROUP);
        assertFalse(name.startsWith(tooLong.prefix() + "-"), name);
    }

    @Test
    void standardTagsCarryAppEnvironmentAndManagedBy() {
        var identity = new StackIdentity("webstack", "staging", "shop", Environment.STAGING, "ap-northeast-1", Map.of("team", "web"));
        assertEquals(Map.of("team", "web", "app", "shop", "environment", "staging", "managed-by", "pulumi",
                "pulumi-project", "webstack", "pulumi-stack", "staging"), StandardTags.of(identity));
    }
}
