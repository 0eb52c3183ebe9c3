package dev.webstack.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * {@code webstack components [--write]}: every component's Inputs and Outputs tables,
 * printed, or refreshed between their markers in the module READMEs.
 */
final class ComponentReadmes {

    private ComponentReadmes() {
    }

    static final Arguments.Spec SPEC = new Arguments.Spec("components", "components [--write]", 0, 0, "nothing",
            "webstack components", Map.of(), Set.of("--write"));

    static int run(String[] args, Path workingDirectory, PrintStream out) {
        var write = Arguments.parse(SPEC, args).flag("--write");
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
