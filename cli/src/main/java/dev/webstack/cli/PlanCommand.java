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
import java.util.Map;

/** {@code webstack plan <stack> [--json FILE]}. */
final class PlanCommand {

    static final Arguments.Spec SPEC = new Arguments.Spec("plan", "plan <stack> [--json FILE]", 1, 1, "a stack",
            "webstack plan staging", Map.of("--json", "a file name (or - for stdout)"));

    private final Path workingDirectory;
    private final PrintStream out;
    private final PrintStream err;

    PlanCommand(Path workingDirectory, PrintStream out, PrintStream err) {
        this.workingDirectory = workingDirectory;
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        var arguments = Arguments.parse(SPEC, args);
        var stack = arguments.positional(0);
        var jsonFile = arguments.option("--json").orElse(null);
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
