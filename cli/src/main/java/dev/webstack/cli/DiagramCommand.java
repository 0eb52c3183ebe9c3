package dev.webstack.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** {@code webstack diagram <stack> [--write FILE]}: the stack as a Mermaid flowchart; --write refreshes it in FILE (README.md). */
final class DiagramCommand {

    static final MarkedSection SECTION = new MarkedSection("diagram");
    static final Arguments.Spec SPEC = new Arguments.Spec("diagram", "diagram <stack> [--write FILE]", 1, 1, "a stack",
            "webstack diagram staging", Map.of("--write", "a file name"));

    private final Path workingDirectory;
    private final PrintStream out;

    DiagramCommand(Path workingDirectory, PrintStream out) {
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    int run(String[] args) {
        var arguments = Arguments.parse(SPEC, args);
        var fenced = fenced(ProjectDirectory.find(workingDirectory), arguments.positional(0));
        var write = arguments.option("--write");
        if (write.isPresent()) {
            SECTION.write(workingDirectory.resolve(write.get()), write.get(), fenced);
            out.println("Diagram written to " + write.get());
        } else {
            out.print(fenced);
        }
        return WebstackCli.OK;
    }

    /** The diagram in a Mermaid code block, as GitHub renders it. */
    static String fenced(ProjectDirectory project, String stack) {
        return "```mermaid\n" + Diagram.mermaid(OfflinePlanner.plan(project, stack)) + "```\n";
    }
}
