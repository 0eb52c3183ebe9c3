package dev.webstack.cli;

import dev.webstack.settings.SettingsCatalog;
import dev.webstack.guardrails.RulesDocument;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code webstack settings|rules [--write FILE]}: a reference table generated from the code,
 * printed, or refreshed between its markers in a document.
 */
record GeneratedTable(String command, MarkedSection section, Supplier<String> table) {

    /** Every configuration key with its defaults per environment (docs/configuration.md). */
    static final GeneratedTable SETTINGS = new GeneratedTable("settings", new MarkedSection("settings"), SettingsCatalog::markdownTable);
    /** Every guardrail rule and the accepted staging trade-offs (docs/guardrails.md). */
    static final GeneratedTable RULES = new GeneratedTable("rules", new MarkedSection("rules"), RulesDocument::markdownTable);

    Arguments.Spec spec() {
        return new Arguments.Spec(command, command + " [--write FILE]", 0, 0, "nothing", "webstack " + command,
                Map.of("--write", "a file name"));
    }

    int run(String[] args, Path workingDirectory, PrintStream out) {
        var write = Arguments.parse(spec(), args).option("--write");
        if (write.isEmpty()) {
            out.print(table.get());
            return WebstackCli.OK;
        }
        section.write(workingDirectory.resolve(write.get()), write.get(), table.get());
        out.println("Table written to " + write.get());
        return WebstackCli.OK;
    }
}
