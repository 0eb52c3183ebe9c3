package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webstack.settings.SettingsCatalog;
import dev.webstack.guardrails.RulesDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The generated tables in docs/ are exactly what the code says today. */
class GeneratedDocsTest {

    private static String generated(String file, GeneratedTable table) throws IOException {
        return generated(file, table.section());
    }

    private static String generated(String file, MarkedSection section) throws IOException {
        var text = Files.readString(ProjectDirectory.find(Path.of("")).path().resolve(file));
        return section.read(text, file);
    }

    @Test
    void configurationListsEverySettingWithTheDefaultsTheCodeUses() throws IOException {
        assertEquals(SettingsCatalog.markdownTable(), generated("docs/configuration.md", GeneratedTable.SETTINGS),
                "docs/configuration.md is out of date; run ./webstack settings --write docs/configuration.md");
    }

    @Test
    void guardrailsListEveryRuleAndEveryAcceptedTradeOff() throws IOException {
        assertEquals(RulesDocument.markdownTable(), generated("docs/guardrails.md", GeneratedTable.RULES),
                "docs/guardrails.md is out of date; run ./webstack rules --write docs/guardrails.md");
    }

    @Test
    void theReadmeShowsEveryStacksMonthlyEstimate() throws IOException {
        assertEquals(CostSummary.markdown(ProjectDirectory.find(Path.of(""))), generated("README.md", CostSummary.SECTION),
                "README.md is out of date; run ./webstack cost --write README.md");
    }

    @Test
    void theReadmeShowsTheStagingDiagramAsTheCodeDrawsItToday() throws IOException {
        assertEquals(DiagramCommand.fenced(ProjectDirectory.find(Path.of("")), "staging"), generated("README.md", DiagramCommand.SECTION),
                "README.md is out of date; run ./webstack diagram staging --write README.md");
    }
}
