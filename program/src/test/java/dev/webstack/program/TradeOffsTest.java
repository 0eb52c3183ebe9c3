package dev.webstack.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.settings.Environment;
import dev.webstack.testkit.ComponentHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GIVEN a setting that saves money at some risk, WHEN the stack is planned, THEN a warning names it and its price. */
class TradeOffsTest {

    private static List<String> spotWarnings(Environment environment, String... settings) {
        return TradeOffs.of(ComponentHarness.settings(environment, settings)).stream().filter(w -> w.contains("service.spot")).toList();
    }

    @Test
    void fargateSpotIsNamedAsATradeOffInStagingAndARiskInProduction() {
        var staging = spotWarnings(Environment.STAGING, "webstack:service.cpuArchitecture: X86_64", "webstack:service.spot: true");
        assertEquals(1, staging.size(), staging.toString());
        assertTrue(staging.get(0).startsWith("staging cost trade-off: service.spot=true"), staging.get(0));

        var production = spotWarnings(Environment.PRODUCTION, "webstack:service.cpuArchitecture: X86_64", "webstack:service.spot: true");
        assertEquals(1, production.size(), production.toString());
        assertTrue(production.get(0).startsWith("production risk: service.spot=true"), production.get(0));
    }

    @Test
    void onDemandTasksWarnOfNothing() {
        assertEquals(List.of(), spotWarnings(Environment.STAGING));
    }
}
