package dev.webstack.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code webstack cost <stack>}: the monthly estimate, line by line; exits {@link WebstackCli#VIOLATIONS}
 * over budget. {@code webstack cost --write FILE} refreshes every stack's total in FILE (README.md).
 */
final class CostCommand {

    private final Path workingDirectory;
    private final PrintStream out;

    CostCommand(Path workingDirectory, PrintStream out) {
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    int run(String[] args) {
        if (args.length == 2 && args[0].equals("--write")) {
            CostSummary.SECTION.write(workingDirectory.resolve(args[1]), args[1], CostSummary.markdown(ProjectDirectory.find(workingDirectory)));
            out.println("Table written to " + args[1]);
            return WebstackCli.OK;
        }
        if (args.length != 1 || args[0].startsWith("-")) {
            throw new WebstackCli.UsageException("cost takes one stack (webstack cost staging), or --write FILE for every stack's total");
        }
        var project = ProjectDirectory.find(workingDirectory);
        var settings = OfflinePlanner.settings(project, args[0]);
        var plan = OfflinePlanner.plan(project, settings);
        var estimate = StackCosts.estimate(settings, plan);
        out.println("webstack cost: stack " + plan.stack() + " (" + plan.environment() + "), a month, on-demand prices");
        out.println();
        CostReport.lines(estimate).forEach(out::println);
        return estimate.withinBudget() ? WebstackCli.OK : WebstackCli.VIOLATIONS;
    }
}
