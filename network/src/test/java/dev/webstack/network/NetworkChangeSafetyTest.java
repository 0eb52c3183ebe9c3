package dev.webstack.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.Plan;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.settings.Environment;
import dev.webstack.settings.NetworkSettings.FlowLogTraffic;
import dev.webstack.settings.NetworkSettings;
import dev.webstack.settings.net.Cidr;
import dev.webstack.testkit.ComponentHarness;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the real engine does to a running network on the next update (ADR 0017): GIVEN an AZ
 * event, a pinned zone list or a first deploy, WHEN planned, THEN subnets stay where they are and
 * nothing uses a role before its permissions exist.
 */
class NetworkChangeSafetyTest {

    /** The zones left once apne1-az3 (1b) is out: the offline account lists a, b, c and d (AwsFacts). */
    private static final List<String> ZONES = List.of("ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d");

    private static Plan plan(List<String> zonesNotAvailable, List<String> pinned, int count) {
        return ComponentHarness.runDuringZoneEvent(Environment.STAGING, zonesNotAvailable, (context, options) -> new Network("main",
                new NetworkArgs(ComponentHarness.naming(Environment.STAGING),
                        new NetworkSettings(Cidr.of("10.0.0.0/16"), count, 7, FlowLogTraffic.REJECT, Optional.empty(), pinned),
                        3000, 5432), options));
    }

    private static List<String> subnetZones(Plan plan) {
        return plan.ofType(AwsTypes.EC2_SUBNET).stream()
                .sorted(Comparator.comparing(s -> s.name()))
                .map(s -> s.name() + "@" + s.inputText("availabilityZone")).toList();
    }

    @Test
    void anAzEventDoesNotMoveTheSubnets() {
        var normal = plan(List.of(), List.of(), 2);
        var duringEvent = plan(List.of("ap-northeast-1a"), List.of(), 2);
        assertEquals(List.of("main-isolated-1@ap-northeast-1a", "main-isolated-2@ap-northeast-1c",
                "main-public-1@ap-northeast-1a", "main-public-2@ap-northeast-1c"), subnetZones(normal));
        assertEquals(subnetZones(normal), subnetZones(duringEvent),
                "with a zone impaired a 'state = available' list would start at 1c and replace every subnet");
    }

    @Test
    void pinnedZonesAreUsedInTheirOrder() {
        var plan = plan(List.of(), List.of("ap-northeast-1d", "ap-northeast-1c"), 2);
        assertEquals(List.of("main-isolated-1@ap-northeast-1d", "main-isolated-2@ap-northeast-1c",
                "main-public-1@ap-northeast-1d", "main-public-2@ap-northeast-1c"), subnetZones(plan));
    }

    @Test
    void theZoneVpcOriginsDoNotSupportIsLeftOut() {
        // The account lists 1a, 1b (apne1-az3), 1c, 1d: the internal load balancer behind the VPC origin cannot use 1b.
        assertEquals(List.of("main-isolated-1@ap-northeast-1a", "main-isolated-2@ap-northeast-1c",
                "main-public-1@ap-northeast-1a", "main-public-2@ap-northeast-1c"), subnetZones(plan(List.of(), List.of(), 2)));
    }

    @Test
    void aPinnedZoneVpcOriginsDoNotSupportIsRefused() {
        var failure = assertThrows(RuntimeException.class, () -> plan(List.of(), List.of("ap-northeast-1a", "ap-northeast-1b"), 2));
        assertTrue(rootMessage(failure).contains("has ap-northeast-1b, not a zone this stack can use"), rootMessage(failure));
        assertTrue(rootMessage(failure).contains("apne1-az3"), rootMessage(failure));
    }

    @Test
    void aPinnedZoneTheRegionDoesNotListIsRefused() {
        var failure = assertThrows(RuntimeException.class, () -> plan(List.of(), List.of("ap-northeast-1a", "ap-northeast-1e"), 2));
        assertTrue(rootMessage(failure).contains("has ap-northeast-1e"), rootMessage(failure));
    }

    @Test
    void choosingZones() {
        assertEquals(List.of("ap-northeast-1a", "ap-northeast-1c"), Network.choose(ZONES, 2, List.of()));
        assertEquals(List.of("ap-northeast-1d"), Network.choose(ZONES, 1, List.of("ap-northeast-1d")));
        var tooMany = assertThrows(IllegalStateException.class, () -> Network.choose(ZONES, 4, List.of()));
        assertTrue(tooMany.getMessage().contains("network.azCount is 4"), tooMany.getMessage());
    }

    @Test
    void theFlowLogWaitsForItsRolesPolicy() {
        var plan = plan(List.of(), List.of(), 2);
        var flowLog = plan.named(AwsTypes.EC2_FLOW_LOG, "main-flow-log");
        var policy = plan.named(AwsTypes.IAM_ROLE_POLICY, "main-flow-logs-policy");
        assertTrue(flowLog.dependsOn(policy), "CreateFlowLogs before the role may write the log group fails or delivers nothing");
    }

    /** Name, description and VPC force a new group; a group used by network interfaces cannot be deleted first. */
    @Test
    void anEditedGroupDescriptionIsNotSentToAGroupInUse() {
        var groups = plan(List.of(), List.of(), 2).ofType(AwsTypes.EC2_SECURITY_GROUP);
        assertEquals(3, groups.size());
        for (var group : groups) {
            assertEquals(List.of("description"), group.options().ignoreChanges(), group.name());
            assertFalse(group.options().deleteBeforeReplace(), group.name() + " is attached to network interfaces");
        }
    }

    private static String rootMessage(Throwable failure) {
        var messages = new StringBuilder();
        for (var t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            messages.append(t.getMessage()).append(" | ");
        }
        return messages.toString();
    }
}
