package dev.webstack.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/** {@code webstack diagram <stack> [--write FILE]}: the stack as a Mermaid flowchart; --write refreshes it in FILE (README.md). */
final class DiagramCommand {

    static final MarkedSection SECTION = new MarkedSection("diagram");

    private final Path workingDirectory;
    private final PrintStream out;

    DiagramCommand(Path workingDirectory, PrintStream out) {
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    int run(String[] args) {
        var write = args.length == 3 && args[1].equals("--write");
        if (!(args.length == 1 && !args[0].startsWith("-")) && !write) {
            throw new WebstackCli.UsageException("diagram takes one stack, optionally --write FILE, e.g. webstack diagram staging");
        }
        var fenced = fenced(ProjectDirectory.find(workingDirectory), args[0]);
        if (write) {
            SECTION.write(workingDirectory.resolve(args[2]), args[2], fenced);
            out.println("Diagram written to " + args[2]);
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
