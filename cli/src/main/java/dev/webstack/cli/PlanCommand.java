package dev.webstack.cli;

import dev.webstack.plan.json.Json;
import dev.webstack.plan.PlanJson;
import dev.webstack.cost.EstimateJson;
import dev.webstack.guardrails.Guardrails;
import dev.webstack.guardrails.ReportJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code webstack plan <stack> [--json FILE]}. */
final class PlanCommand {

    private final Path workingDirectory;
    private final PrintStream out;
    private final PrintStream err;

    PlanCommand(Path workingDirectory, PrintStream out, PrintStream err) {
        this.workingDirectory = workingDirectory;
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        String stack = null;
        String jsonFile = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--json")) {
                if (i + 1 >= args.length) {
                    throw new WebstackCli.UsageException("--json needs a file name (or - for stdout)");
                }
                jsonFile = args[++i];
            } else if (args[i].startsWith("-")) {
                throw new WebstackCli.UsageException("unknown option '" + args[i] + "'");
            } else if (stack == null) {
                stack = args[i];
            } else {
                throw new WebstackCli.UsageException("plan takes one stack, got '" + stack + "' and '" + args[i] + "'");
            }
        }
        if (stack == null) {
            throw new WebstackCli.UsageException("plan needs a stack, e.g. webstack plan staging");
        }
        var project = ProjectDirectory.find(workingDirectory);
        var settings = OfflinePlanner.settings(project, stack);
        var plan = OfflinePlanner.plan(project, settings);
        var guardrails = Guardrails.check(plan);
        var estimate = StackCosts.estimate(settings, plan);
        var json = PlanJson.write(plan, Json.object(ReportJson.SECTION, ReportJson.of(guardrails), EstimateJson.SECTION,
                EstimateJson.of(estimate)));
        if ("-".equals(jsonFile)) {
            out.print(json);
            return WebstackCli.OK;
        }
        out.print(PlanReport.render(plan, guardrails, estimate));
        if (jsonFile != null) {
            var target = workingDirectory.resolve(jsonFile);
            try {
                if (target.getParent() != null) {
                    Files.createDirectories(target.getParent());
                }
                Files.writeString(target, json);
            } catch (IOException e) {
                err.println("webstack plan: cannot write " + target + ": " + e.getMessage());
                return WebstackCli.FAILED;
            }
            out.println();
            out.println("Plan JSON written to " + workingDirectory.relativize(target.toAbsolutePath()));
        }
        return WebstackCli.OK;
    }
}
