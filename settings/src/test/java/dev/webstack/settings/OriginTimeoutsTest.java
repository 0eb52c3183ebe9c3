package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GIVEN the origin-hop timeouts in a stack file, WHEN loaded, THEN CloudFront's and the load balancer's
 * limits hold, each on its own and against each other (ADR 0014).
 */
class OriginTimeoutsTest {

    private static StackSettings load(String... lines) {
        return StackFiles.load("staging", lines);
    }

    @Test
    void defaultsAreWhatCloudFrontAndTheLoadBalancerUsedBefore() {
        var edge = load().edge();

        assertEquals(60, edge.originReadTimeoutSeconds());
        assertEquals(5, edge.originKeepaliveTimeoutSeconds());
        assertEquals(60, edge.loadBalancerIdleTimeoutSeconds());
    }

    @Test
    void aLongRequestRaisesAllThreeTogether() {
        var edge = load("webstack:edge.originReadTimeoutSeconds: 120", "webstack:edge.originKeepaliveTimeoutSeconds: 60",
                "webstack:edge.loadBalancerIdleTimeoutSeconds: 180").edge();

        assertEquals(120, edge.originReadTimeoutSeconds());
        assertEquals(60, edge.originKeepaliveTimeoutSeconds());
        assertEquals(180, edge.loadBalancerIdleTimeoutSeconds());
    }

    @ParameterizedTest
    @CsvSource({"originReadTimeoutSeconds, 0", "originReadTimeoutSeconds, 121", "originKeepaliveTimeoutSeconds, 0",
            "originKeepaliveTimeoutSeconds, 121"})
    void cloudFrontRefusesBeyondItsVpcOriginCeilingAndTheErrorNamesTheQuota(String key, int value) {
        var error = assertThrows(InvalidStackConfigException.class,
                () -> load("webstack:edge." + key + ": " + value, "webstack:edge.loadBalancerIdleTimeoutSeconds: 4000"));

        assertEquals(1, error.problems().size(), error.getMessage());
        var problem = error.problems().get(0).toString();
        assertTrue(problem.startsWith("webstack:edge." + key + ": " + value + " is outside 1..120"), problem);
        assertTrue(problem.contains("values above 60 need a CloudFront quota increase first"), problem);
    }

    @ParameterizedTest
    @CsvSource({"0", "4001"})
    void theLoadBalancerRefusesBeyondItsIdleTimeoutRange(int value) {
        var error = assertThrows(InvalidStackConfigException.class,
                () -> load("webstack:edge.loadBalancerIdleTimeoutSeconds: " + value));

        assertEquals("webstack:edge.loadBalancerIdleTimeoutSeconds", error.problems().get(0).key());
        assertTrue(error.problems().get(0).toString().contains("is outside 1..4000"), error.getMessage());
    }

    @Test
    void theLoadBalancerMayNotGiveUpBeforeCloudFrontDoes() {
        var error = assertThrows(InvalidStackConfigException.class,
                () -> load("webstack:edge.originReadTimeoutSeconds: 90", "webstack:edge.loadBalancerIdleTimeoutSeconds: 60"));

        assertEquals(1, error.problems().size(), error.getMessage());
        assertEquals("webstack:edge.loadBalancerIdleTimeoutSeconds: 60 is shorter than edge.originReadTimeoutSeconds (90): "
                + "the load balancer would answer 504 while CloudFront still waits; raise it to at least 90",
                error.problems().get(0).toString());
    }

    @Test
    void theLoadBalancerMayNotCloseConnectionsCloudFrontStillReuses() {
        var error = assertThrows(InvalidStackConfigException.class,
                () -> load("webstack:edge.originReadTimeoutSeconds: 30", "webstack:edge.originKeepaliveTimeoutSeconds: 40",
                        "webstack:edge.loadBalancerIdleTimeoutSeconds: 40"));

        assertEquals(1, error.problems().size(), error.getMessage());
        assertTrue(error.problems().get(0).toString().contains("is not longer than edge.originKeepaliveTimeoutSeconds (40)"),
                error.getMessage());
    }
}
