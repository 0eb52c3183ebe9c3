package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GIVEN an adopting stack's settings and the contract its owner exported (ADR 0026), WHEN checked, THEN every mismatch
 * is reported at once, each naming this stack's key and the owner's setting and output; a matching contract passes.
 */
class AdoptionCheckTest {

    static final String OWNER = "acme/webstack/production";
    static final String[] ADOPTING_ALL = {"webstack:network.fromStack: " + OWNER, "webstack:edge.fromStack: " + OWNER,
        "webstack:registry.fromStack: " + OWNER, "webstack:edge.listenerRulePriority: 10"};

    /** What a production owner sharing with staging exports, as the engine hands it back (numbers as doubles). */
    static Map<String, Object> ownerExports() {
        var outputs = new HashMap<String, Object>();
        outputs.put(AdoptionCheck.REGION, "ap-northeast-1");
        outputs.put(AdoptionCheck.PROFILE, "production");
        outputs.put(AdoptionCheck.IDLE_TIMEOUT, 60.0);
        outputs.put(AdoptionCheck.ADOPTS_FROM, Map.of());
        outputs.put(AdoptionCheck.LISTENER_RULE_PRIORITY, 1.0);
        outputs.put(AdoptionCheck.ORIGIN_LOCKED, true);
        outputs.put(AdoptionCheck.ORIGIN_PROTOCOL_POLICY, "http-only");
        outputs.put(AdoptionCheck.REPOSITORIES, Map.of("production", Map.of(), "staging", Map.of()));
        return outputs;
    }

    private static List<Problem> check(StackSettings adopter, Map<String, Object> exported) {
        return AdoptionCheck.problems(adopter, new AdoptionCheck.Owner(OWNER, exported));
    }

    @Test
    void aStagingAdopterMatchingItsOwnersContractPasses() {
        var adopter = StackFiles.load("staging", ADOPTING_ALL);

        assertEquals(List.of(OWNER), AdoptionCheck.owners(adopter));
        assertEquals(List.of(), check(adopter, ownerExports()));
    }

    @Test
    void everyMismatchIsReportedAtOnceNamingBothStacksKeys() {
        var adopter = StackFiles.load("staging", ADOPTING_ALL[0], ADOPTING_ALL[1], ADOPTING_ALL[2], "webstack:edge.listenerRulePriority: 1");
        var exported = ownerExports();
        exported.put(AdoptionCheck.REGION, "us-west-2");
        exported.put(AdoptionCheck.REPOSITORIES, Map.of("production", Map.of()));

        var problems = check(adopter, exported);

        assertEquals(List.of("aws:region", "webstack:edge.listenerRulePriority", "webstack:registry.fromStack"),
                problems.stream().map(Problem::key).toList(), problems.toString());
        assertTrue(problems.get(0).what().contains("production (its aws:region, output stack.region) is in us-west-2"), problems.toString());
        assertTrue(problems.get(1).what().contains("is 1, the same as production's webstack:edge.listenerRulePriority"), problems.toString());
        assertTrue(problems.get(2).fix().startsWith("add staging to webstack:registry.sharedWith in production's stack file"),
                problems.toString());
    }

    @Test
    void aPriorityExportedAsTextOrAsAnIntegerIsComparedAsANumber() {
        var adopter = StackFiles.load("staging", ADOPTING_ALL[0], ADOPTING_ALL[1], "webstack:edge.listenerRulePriority: 7");
        for (var exportedPriority : List.<Object>of(7, 7L, 7.0, "7")) {
            var exported = ownerExports();
            exported.put(AdoptionCheck.LISTENER_RULE_PRIORITY, exportedPriority);
            assertEquals(List.of("webstack:edge.fromStack", "webstack:edge.listenerRulePriority"),
                    check(adopter, exported).stream().map(Problem::key).toList(),
                    "owner's priority given as " + exportedPriority.getClass().getSimpleName());
        }
    }

    @Test
    void anOwnerWhoseListenerForwardsByDefaultIsRefusedWithoutAlsoComplainingOfItsMissingRule() {
        var adopter = StackFiles.load("staging", ADOPTING_ALL[0], ADOPTING_ALL[1], ADOPTING_ALL[3]);
        var exported = ownerExports();
        exported.put(AdoptionCheck.ORIGIN_LOCKED, false);
        exported.remove(AdoptionCheck.LISTENER_RULE_PRIORITY);

        var problems = check(adopter, exported);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("webstack:edge.fromStack", problems.get(0).key());
        assertTrue(problems.get(0).what().contains("whose webstack:edge.originLock is false (output edge.originLocked)"), problems.toString());
    }

    @Test
    void aProductionStackMayNotAdoptFromAStagingOwner() {
        var adopter = StackFiles.load("production-eu", ADOPTING_ALL[0], ADOPTING_ALL[1], ADOPTING_ALL[3],
                "webstack:profile: production");
        var exported = ownerExports();
        exported.put(AdoptionCheck.PROFILE, "staging");

        var problems = check(adopter, exported);

        assertEquals(List.of("webstack:profile"), problems.stream().map(Problem::key).toList(), problems.toString());
        assertTrue(problems.get(0).what().contains("is production, but production's webstack:profile is staging (output stack.profile)"),
                problems.toString());
        exported.put(AdoptionCheck.PROFILE, "production");
        assertEquals(List.of(), check(adopter, exported), "production on a production owner");
    }

    @Test
    void anOwnerDeployedByAnOlderWebstackIsNamedWithTheCommandThatFixesIt() {
        var adopter = StackFiles.load("staging", ADOPTING_ALL);

        var problems = check(adopter, Map.of());

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("webstack:network.fromStack, webstack:edge.fromStack, webstack:registry.fromStack", problems.get(0).key());
        assertEquals("run pulumi up on production with this version first", problems.get(0).fix());
    }

    @Test
    void anOwnerOnlyOfTheRegistryIsNotAskedForAListener() {
        var adopter = StackFiles.load("staging", ADOPTING_ALL[2]);
        var exported = ownerExports();
        exported.remove(AdoptionCheck.LISTENER_RULE_PRIORITY);
        exported.remove(AdoptionCheck.ORIGIN_LOCKED);

        assertEquals(List.of(), check(adopter, exported));
    }

    @Test
    void anAdopterWithItsOwnDomainOnAnOwnerWithoutOneIsWarnedThatTheHopInsideTheVpcIsHttp() {
        var adopter = StackFiles.load("staging", ADOPTING_ALL[0], ADOPTING_ALL[1], ADOPTING_ALL[3],
                "webstack:edge.domain: staging.example.com", "webstack:edge.hostedZone: example.com");
        var owner = new AdoptionCheck.Owner(OWNER, ownerExports());

        assertEquals(List.of(), AdoptionCheck.problems(adopter, owner));
        var warnings = AdoptionCheck.warnings(adopter, owner);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("CloudFront reaches the shared load balancer over HTTP inside the VPC"), warnings.toString());
        assertEquals(List.of(), AdoptionCheck.warnings(StackFiles.load("staging", ADOPTING_ALL), owner), "no domain, no warning");
    }

    @Test
    void aModuleTheOwnerAdoptsItselfIsRefusedNamingTheStackThatHoldsIt() {
        var adopter = StackFiles.load("test", ADOPTING_ALL[0], ADOPTING_ALL[1], ADOPTING_ALL[3], "webstack:profile: staging");
        var exported = ownerExports();
        exported.put(AdoptionCheck.ADOPTS_FROM, Map.of("network", "acme/webstack/origin", "edge", "acme/webstack/origin"));

        var problems = check(adopter, exported);

        assertEquals(List.of("webstack:network.fromStack", "webstack:edge.fromStack"), problems.stream().map(Problem::key).toList(),
                problems.toString());
        assertEquals("adopt the edge from acme/webstack/origin directly", problems.get(1).fix());
        exported.put(AdoptionCheck.ADOPTS_FROM, Map.of("registry", "acme/webstack/origin"));
        assertEquals(List.of(), check(adopter, exported), "the owner's own VPC and load balancer, its registry from elsewhere");
    }

    @Test
    void cloudFrontMustNotWaitOrKeepConnectionsLongerThanTheOwnersLoadBalancer() {
        var adopter = StackFiles.load("staging", ADOPTING_ALL[0], ADOPTING_ALL[1], ADOPTING_ALL[3],
                "webstack:edge.originReadTimeoutSeconds: 45", "webstack:edge.originKeepaliveTimeoutSeconds: 30");
        var exported = ownerExports();
        exported.put(AdoptionCheck.IDLE_TIMEOUT, 30.0);

        var problems = check(adopter, exported);

        assertEquals(List.of("webstack:edge.originReadTimeoutSeconds", "webstack:edge.originKeepaliveTimeoutSeconds"),
                problems.stream().map(Problem::key).toList(), problems.toString());
        assertTrue(problems.get(0).what().contains("longer than production's webstack:edge.loadBalancerIdleTimeoutSeconds 30"),
                problems.toString());
        exported.put(AdoptionCheck.IDLE_TIMEOUT, 60.0);
        assertEquals(List.of(), check(adopter, exported));
    }

    @Test
    void anOwnerWhoseRuleIsNotEvaluatedFirstIsRefused() {
        var adopter = StackFiles.load("staging", ADOPTING_ALL[0], ADOPTING_ALL[1], ADOPTING_ALL[3]);
        var exported = ownerExports();
        exported.put(AdoptionCheck.LISTENER_RULE_PRIORITY, 5);

        var problems = check(adopter, exported);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).what().contains("whose webstack:edge.listenerRulePriority is 5"), problems.toString());
        assertTrue(problems.get(0).fix().startsWith("set webstack:edge.listenerRulePriority: 1 (the default) in production's stack file"));
    }
}
