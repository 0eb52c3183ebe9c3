package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.TradeOff;
import dev.webstack.plan.TradeOffCatalog;
import dev.webstack.settings.Environment;
import dev.webstack.settings.StackSettings;
import dev.webstack.testkit.ComponentHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** GIVEN a setting that saves money at some risk, WHEN the stack is planned, THEN a warning names it and its price. */
class TradeOffsTest {

    private static List<String> warnings(StackSettings settings) {
        return TradeOffs.warnings(settings, TradeOffs.taken(settings));
    }

    private static List<String> spotWarnings(Environment environment, String... settings) {
        return warnings(ComponentHarness.settings(environment, settings)).stream().filter(w -> w.contains("service.spot")).toList();
    }

    static List<TradeOff> catalogue() {
        return TradeOffCatalog.ALL;
    }

    @Test
    void productionByDefaultTakesNoCataloguedTradeOff() {
        assertEquals(List.of(), TradeOffs.taken(ComponentHarness.settings(Environment.PRODUCTION)));
    }

    /** The catalogue's setting and value are what a stack file writes; the program must read them the same way. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void theSettingAnEntryNamesTakesExactlyThatEntryAndWarnsOfItsRisk(TradeOff tradeOff) {
        var settings = ComponentHarness.settings(Environment.PRODUCTION, "webstack:" + tradeOff.setting() + ": " + tradeOff.value());
        assertEquals(List.of(tradeOff), TradeOffs.taken(settings));
        assertTrue(warnings(settings).contains("production risk: " + tradeOff.setting() + "=" + tradeOff.value() + ": " + tradeOff.risk()),
                warnings(settings).toString());
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
