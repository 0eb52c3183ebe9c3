package dev.webstack.cli;

import dev.webstack.guardrails.Guardrails;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** {@code webstack check <stack>}: the guardrails alone, for CI; exits {@link WebstackCli#VIOLATIONS} when a rule is broken. */
final class CheckCommand {

    static final Arguments.Spec SPEC = new Arguments.Spec("check", "check <stack>", 1, 1, "a stack", "webstack check production", Map.of());

    private final Path workingDirectory;
    private final PrintStream out;

    CheckCommand(Path workingDirectory, PrintStream out) {
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    int run(String[] args) {
        var stack = Arguments.parse(SPEC, args).positional(0);
        var plan = OfflinePlanner.plan(ProjectDirectory.find(workingDirectory), stack);
        var report = Guardrails.check(plan);
        out.println("webstack check: stack " + plan.stack() + " (" + plan.environment() + ")");
        GuardrailsSection.lines(report).forEach(out::println);
        return report.passes() ? WebstackCli.OK : WebstackCli.VIOLATIONS;
    }
}
