package dev.webstack.program.cli;

import dev.webstack.guardrails.RulesDocument;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code webstack rules [--write FILE]}: every guardrail rule; --write refreshes docs/guardrails.md. */
final class RulesCommand {

    static final MarkedSection SECTION = new MarkedSection("rules");

    private final Path workingDirectory;
    private final PrintStream out;

    RulesCommand(Path workingDirectory, PrintStream out) {
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    int run(String[] args) {
        return GeneratedTable.run(args, "rules", SECTION, RulesDocument.markdownTable(), workingDirectory, out);
    }
}
