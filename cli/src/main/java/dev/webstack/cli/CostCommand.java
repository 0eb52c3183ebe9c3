package dev.webstack.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code webstack cost <stack>...}: the monthly estimate, line by line, of each stack named, and with several
 * their sum (stacks that share a load balancer are priced together this way: ADR 0024); exits
 * {@link WebstackCli#VIOLATIONS} when one is over its budget. {@code webstack cost --write FILE} refreshes
 * every stack's total in FILE (README.md).
 */
final class CostCommand {

    static final Arguments.Spec SPEC = new Arguments.Spec("cost", "cost (<stack>... | --write FILE)", 0, 8, "a stack",
            "webstack cost staging", Map.of("--write", "a file name"));

    private final Path workingDirectory;
    private final PrintStream out;

    CostCommand(Path workingDirectory, PrintStream out) {
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    int run(String[] args) {
        var arguments = Arguments.parse(SPEC, args);
        var write = arguments.option("--write");
        // Two commands in one: a stack's estimate, or every stack's total; never both, never neither.
        if (write.isPresent() == !arguments.positionals().isEmpty()) {
            throw SPEC.misuse("cost takes stacks, or --write FILE for every stack's total");
        }
        if (write.isPresent()) {
            CostSummary.SECTION.write(workingDirectory.resolve(write.get()), write.get(),
                    CostSummary.markdown(ProjectDirectory.find(workingDirectory)));
            out.println("Table written to " + write.get());
            return WebstackCli.OK;
        }
        var project = ProjectDirectory.find(workingDirectory);
        var total = 0.0;
        var withinBudgets = true;
        for (var stack : arguments.positionals()) {
            var settings = OfflinePlanner.settings(project, stack);
            var plan = OfflinePlanner.plan(project, settings);
            var estimate = StackCosts.estimate(settings, plan);
            if (!stack.equals(arguments.positional(0))) {
                out.println();
            }
            out.println("webstack cost: stack " + plan.stack() + " (" + plan.environment() + "), a month, on-demand prices");
            out.println();
            CostReport.lines(estimate).forEach(out::println);
            total += estimate.totalUsd();
            withinBudgets &= estimate.withinBudget();
        }
        if (arguments.positionals().size() > 1) {
            out.println();
            out.println("Together: " + CostReport.usd(total) + " a month (" + String.join(" + ", arguments.positionals()) + ")");
        }
        return withinBudgets ? WebstackCli.OK : WebstackCli.VIOLATIONS;
    }
}
