package dev.webstack.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code webstack components [--write]}: every component's Inputs and Outputs tables,
 * printed, or refreshed between their markers in the module READMEs.
 */
final class ComponentReadmes {

    private ComponentReadmes() {
    }

    static int run(String[] args, Path workingDirectory, PrintStream out) {
        var write = args.length == 1 && args[0].equals("--write");
        if (args.length > 0 && !write) {
            throw new WebstackCli.UsageException("components takes no arguments, or --write");
        }
        var project = ProjectDirectory.find(workingDirectory).path();
        for (var tables : ComponentTables.ALL) {
            if (write) {
                var readme = project.resolve(tables.readme());
                tables.inputsSection().write(readme, tables.readme(), tables.inputs());
                tables.outputsSection().write(readme, tables.readme(), tables.outputs());
            } else {
                out.println("## " + tables.component().getSimpleName() + " (" + tables.readme() + ")");
                out.println();
                out.println(tables.inputs());
                out.println(tables.outputs());
            }
        }
        if (write) {
            out.println("Tables written to the " + ComponentTables.ALL.stream().map(ComponentTables::readme).distinct().count()
                    + " component READMEs");
        }
        return WebstackCli.OK;
    }
}
