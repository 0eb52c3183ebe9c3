package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SettingsCatalogTest {

    @Test
    void everyDefaultPassesItsOwnChecks() {
        for (var setting : SettingsCatalog.all()) {
            for (var environment : Environment.values()) {
                assertDefaultValid(setting, environment);
            }
        }
    }

    private static <T> void assertDefaultValid(Setting<T> setting, Environment environment) {
        setting.defaultFor(environment).ifPresent(value -> {
            for (var check : setting.checks()) {
                assertEquals(java.util.Optional.empty(), check.check(value), setting.key() + " default in " + environment);
            }
        });
    }

    @Test
    void keysAreUniqueAndNamespaced() {
        var seen = new HashSet<String>();
        for (var setting : SettingsCatalog.all()) {
            assertTrue(seen.add(setting.key()), "duplicate " + setting.key());
            assertTrue(setting.key().matches("(webstack|aws):[a-zA-Z][a-zA-Z0-9.]*"), setting.key());
        }
    }

    @Test
    void theReferenceTableHasARowPerSettingWithBothDefaults() {
        var table = SettingsCatalog.markdownTable();
        assertEquals(SettingsCatalog.all().size() + 2, table.lines().count());
        assertTrue(table.contains("| `webstack:service.cpu` | whole number | `256` | `1024` |"), table);
        assertTrue(table.contains("| `aws:region` | text | required | required |"), table);
        assertTrue(table.contains("| `webstack:database.multiAz` | true or false | `false` | `true` |"), table);
    }
}
