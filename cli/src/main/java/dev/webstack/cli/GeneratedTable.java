package dev.webstack.cli;

import dev.webstack.settings.SettingsCatalog;
import dev.webstack.guardrails.RulesDocument;
import java.io.PrintStream;
import java.nio.file.Path;
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

    int run(String[] args, Path workingDirectory, PrintStream out) {
        if (args.length == 0) {
            out.print(table.get());
            return WebstackCli.OK;
        }
        if (args.length != 2 || !args[0].equals("--write")) {
            throw new WebstackCli.UsageException(command + " takes no arguments, or --write FILE");
        }
        section.write(workingDirectory.resolve(args[1]), args[1], table.get());
        out.println("Table written to " + args[1]);
        return WebstackCli.OK;
    }
}
