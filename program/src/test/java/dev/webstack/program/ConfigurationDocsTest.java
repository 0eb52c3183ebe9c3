package dev.webstack.program;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.core.settings.SettingsCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigurationDocsTest {

    @Test
    void docsListEverySettingWithTheDefaultsTheCodeUses() throws IOException {
        var docs = Files.readString(ProjectDirectory.find(Path.of("")).path().resolve("docs/configuration.md"));
        assertTrue(docs.contains(SettingsCatalog.markdownTable()),
                "docs/configuration.md is out of date; run ./webstack settings --write docs/configuration.md");
    }
}
