package dev.webstack.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.webstack.kit.naming.Naming;
import dev.webstack.settings.Environment;
import dev.webstack.settings.StackIdentity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GIVEN args missing what a component needs, WHEN built, THEN one error names every missing field. */
class SettingsArgsTest {

    @Test
    void namesEveryMissingFieldAtOnce() {
        var error = assertThrows(IllegalArgumentException.class, () -> new SettingsArgs<String>(null, null, null));
        assertEquals(List.of("SettingsArgs.naming is required", "SettingsArgs.settings is required", "SettingsArgs.safekeeping is required"),
                error.getMessage().lines().map(String::strip).filter(l -> l.contains("is required")).map(l -> l.replaceAll(";.*", "")).toList());
    }

    @Test
    void keepsWhatItIsGiven() {
        var naming = Naming.of(new StackIdentity("webstack", "staging", "webstack", Environment.STAGING, "ap-northeast-1", Map.of()));
        var args = new SettingsArgs<>(naming, 42, Safekeeping.forEnvironment(Environment.PRODUCTION));
        assertEquals("webstack-staging", args.naming().prefix());
        assertEquals(42, args.settings());
        assertEquals(Safekeeping.forEnvironment(Environment.PRODUCTION), args.safekeeping());
    }
}
