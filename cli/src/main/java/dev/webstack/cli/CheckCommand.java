package dev.webstack.cli;

import dev.webstack.guardrails.Guardrails;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code webstack check <stack>}: the guardrails alone, for CI; exits {@link WebstackCli#VIOLATIONS} when a rule is broken. */
final class CheckCommand {

    private final Path workingDirectory;
    private final PrintStream out;

    CheckCommand(Path workingDirectory, PrintStream out) {
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    int run(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")) {
            throw new WebstackCli.UsageException("check takes one stack, e.g. webstack check production");
        }
        var plan = OfflinePlanner.plan(ProjectDirectory.find(workingDirectory), args[0]);
        var report = Guardrails.check(plan);
        out.println("webstack check: stack " + plan.stack() + " (" + plan.environment() + ")");
        GuardrailsSection.lines(report).forEach(out::println);
        return report.passes() ? WebstackCli.OK : WebstackCli.VIOLATIONS;
    }
}
