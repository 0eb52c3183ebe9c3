package dev.webstack.offline.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.webstack.offline.catalog.AwsFacts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GIVEN an AZ event in the offline region, WHEN the zones are asked for, THEN the answer AWS gives for the filters used. */
class AvailabilityZonesTest {

    private static final AwsFacts EVENT = AwsFacts.offline("ap-northeast-1").withZonesNotAvailable(List.of("ap-northeast-1a"));
    private static final Map<String, Object> OPT_IN_NOT_REQUIRED =
            Map.of("filters", List.of(Map.of("name", "opt-in-status", "values", List.of("opt-in-not-required"))));

    @Test
    void withoutAStateFilterEveryZoneIsListedWhateverItsState() {
        var answer = AvailabilityZones.answer(OPT_IN_NOT_REQUIRED, EVENT);
        assertEquals(List.of("ap-northeast-1a", "ap-northeast-1b", "ap-northeast-1c", "ap-northeast-1d"), answer.get("names"));
        assertEquals(List.of("apne1-az4", "apne1-az3", "apne1-az1", "apne1-az2"), answer.get("zoneIds"));
    }

    @Test
    void excludedZoneIdsAreLeftOut() {
        var args = new HashMap<>(OPT_IN_NOT_REQUIRED);
        args.put("excludeZoneIds", List.of("apne1-az3"));
        var answer = AvailabilityZones.answer(args, EVENT);
        assertEquals(List.of("ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d"), answer.get("names"));
        assertEquals(List.of("apne1-az4", "apne1-az1", "apne1-az2"), answer.get("zoneIds"));
    }

    @Test
    void theAvailableStateDropsTheImpairedZone() {
        var answer = AvailabilityZones.answer(Map.of("state", "available"), EVENT);
        assertEquals(List.of("ap-northeast-1b", "ap-northeast-1c", "ap-northeast-1d"), answer.get("names"));
        assertEquals(List.of("ap-northeast-1a"), AvailabilityZones.answer(Map.of("state", "impaired"), EVENT).get("names"));
    }

    @Test
    void localZonesAreNotAskedFor() {
        var optedIn = Map.<String, Object>of("filters", List.of(Map.of("name", "opt-in-status", "values", List.of("opted-in"))));
        assertEquals(List.of(), AvailabilityZones.answer(optedIn, EVENT).get("names"));
    }

    @Test
    void anUnknownFilterFailsTheRun() {
        var zoneType = Map.<String, Object>of("filters", List.of(Map.of("name", "zone-type", "values", List.of("local-zone"))));
        assertThrows(IllegalArgumentException.class, () -> AvailabilityZones.answer(zoneType, EVENT));
    }
}
