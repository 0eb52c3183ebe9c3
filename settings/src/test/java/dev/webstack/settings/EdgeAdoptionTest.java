package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.settings.testing.Yaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * GIVEN a stack file adopting another stack's load balancer (webstack:edge.fromStack, ADR 0024), WHEN loaded, THEN
 * what would make the shared listener misroute or what the adopter would silently ignore is refused, each problem
 * naming its key and the fix.
 */
class EdgeAdoptionTest {

    static final String OWNER = "acme/webstack/production";
    static final String NETWORK = "webstack:network.fromStack: " + OWNER;
    static final String EDGE = "webstack:edge.fromStack: " + OWNER;
    static final String PRIORITY = "webstack:edge.listenerRulePriority: 10";

    private static InvalidStackConfigException refused(String... lines) {
        return assertThrows(InvalidStackConfigException.class, () -> StackFiles.load("staging", lines));
    }

    private static Problem onlyProblem(InvalidStackConfigException error) {
        assertEquals(1, error.problems().size(), error.getMessage());
        return error.problems().get(0);
    }

    @Test
    void anAdopterWithBothReferencesASecretAndAPriorityLoads() {
        var edge = StackFiles.load("staging", NETWORK, EDGE, PRIORITY).edge();

        assertEquals(Optional.of(OWNER), edge.fromStack());
        assertEquals(10, edge.listenerRulePriority());
        assertTrue(edge.adopted());
    }

    @Test
    void theLoadBalancerCannotBeAdoptedWithoutTheNetworkItStandsIn() {
        var problem = onlyProblem(refused(EDGE, PRIORITY));

        assertEquals("webstack:edge.fromStack", problem.key());
        assertTrue(problem.what().contains("webstack:network.fromStack is not set"), problem.toString());
        assertEquals("set webstack:network.fromStack: " + OWNER + " (the same name as webstack:edge.fromStack), or remove "
                + "webstack:edge.fromStack", problem.fix());
    }

    @Test
    void theNetworkAndTheLoadBalancerMustComeFromTheSameStack() {
        var problem = onlyProblem(refused("webstack:network.fromStack: acme/webstack/other", EDGE, PRIORITY));

        assertEquals("webstack:edge.fromStack", problem.key());
        assertTrue(problem.what().contains("webstack:network.fromStack is 'acme/webstack/other'"), problem.toString());
        assertTrue(problem.fix().startsWith("set webstack:network.fromStack: " + OWNER), problem.toString());
    }

    @Test
    void anAdopterKeepsTheOriginLockTheSharedListenerRoutesBy() {
        var problem = onlyProblem(refused(NETWORK, EDGE, PRIORITY, "webstack:edge.originLock: false"));

        assertEquals("webstack:edge.originLock", problem.key());
        assertTrue(problem.what().contains("requests reach this stack only by carrying its secret header"), problem.toString());
        assertEquals("keep webstack:edge.originLock true and set webstack:edge.originSecret", problem.fix());
    }

    @Test
    void anAdopterWithoutItsOwnSecretIsToldWhyItNeedsOne() {
        var lines = new ArrayList<>(List.of("aws:region: ap-northeast-1", StackSettingsLoaderTest.SOMEONE_SUBSCRIBED, NETWORK, EDGE, PRIORITY));
        var error = assertThrows(InvalidStackConfigException.class,
                () -> StackSettingsLoader.load(Yaml.stackFile("staging", lines.toArray(String[]::new)), "webstack"));
        var problem = onlyProblem(error);

        assertEquals("webstack:edge.originSecret", problem.key());
        assertTrue(problem.what().contains("tells this stack's requests from " + OWNER + "'s by this header alone"), problem.toString());
        assertTrue(problem.fix().contains("never " + OWNER + "'s"), problem.toString());
    }

    @Test
    void anAdopterChoosesItsRulesPriorityItself() {
        var problem = onlyProblem(refused(NETWORK, EDGE));

        assertEquals("webstack:edge.listenerRulePriority", problem.key());
        assertTrue(problem.what().contains(OWNER + "'s own rule has the default, 1"), problem.toString());
    }

    @Test
    void aPriorityOutsideWhatElbAcceptsIsRefused() {
        var problem = onlyProblem(refused("webstack:edge.listenerRulePriority: 50001"));

        assertEquals("webstack:edge.listenerRulePriority", problem.key());
        assertTrue(problem.toString().contains("50001 is outside 1..50000"), problem.toString());
    }

    @Test
    void theOwnersLoadBalancerSettingsAreRefusedNotIgnored() {
        var error = refused(NETWORK, EDGE, PRIORITY, "webstack:edge.deletionProtection: true",
                "webstack:edge.loadBalancerIdleTimeoutSeconds: 120");

        assertEquals(List.of("webstack:edge.deletionProtection", "webstack:edge.loadBalancerIdleTimeoutSeconds"),
                error.problems().stream().map(Problem::key).toList());
        assertTrue(error.problems().get(0).what().contains("webstack:edge.fromStack adopts this from " + OWNER), error.getMessage());
        assertEquals("remove it from this stack file", error.problems().get(0).fix());
    }

    @Test
    void aLogRetentionWithNothingToKeepIsRefusedButKeptWithCloudFrontLogs() {
        var problem = onlyProblem(refused(NETWORK, EDGE, PRIORITY, "webstack:edge.accessLogRetentionDays: 60"));

        assertEquals("webstack:edge.accessLogRetentionDays", problem.key());
        assertTrue(problem.what().contains("the load balancer's are " + OWNER + "'s"), problem.toString());
        assertEquals(60, StackFiles.load("staging", NETWORK, EDGE, PRIORITY, "webstack:edge.accessLogRetentionDays: 60",
                "webstack:edge.cloudFrontLogs: true").edge().accessLogRetentionDays());
    }

    @Test
    void anAdoptersOwnReadTimeoutIsNotComparedWithAnIdleTimeoutItDoesNotHave() {
        // The owner's idle timeout (60 by default here) is the owner's to raise: ADR 0024.
        var edge = StackFiles.load("staging", NETWORK, EDGE, PRIORITY, "webstack:edge.originReadTimeoutSeconds: 90").edge();

        assertEquals(90, edge.originReadTimeoutSeconds());
    }

    @Test
    void aStackCannotAdoptTheLoadBalancerFromItself() {
        var problem = error(refused("webstack:network.fromStack: acme/webstack/staging", "webstack:edge.fromStack: acme/webstack/staging",
                PRIORITY), "webstack:edge.fromStack");

        assertTrue(problem.what().contains("is this stack"), problem.toString());
    }

    private static Problem error(InvalidStackConfigException error, String key) {
        return error.problems().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(error.getMessage()));
    }
}
