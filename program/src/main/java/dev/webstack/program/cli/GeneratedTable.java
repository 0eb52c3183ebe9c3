package dev.webstack.program.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/** The shape shared by commands that print a generated table or refresh it in a document. */
final class GeneratedTable {

    private GeneratedTable() {
    }

    static int run(String[] args, String command, MarkedSection section, String table, Path workingDirectory, PrintStream out) {
        if (args.length == 0) {
            out.print(table);
            return WebstackCli.OK;
        }
        if (args.length != 2 || !args[0].equals("--write")) {
            throw new WebstackCli.UsageException(command + " takes no arguments, or --write FILE");
        }
        section.write(workingDirectory.resolve(args[1]), args[1], table);
        out.println("Table written to " + args[1]);
        return WebstackCli.OK;
    }
}
