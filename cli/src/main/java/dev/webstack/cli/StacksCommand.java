package dev.webstack.cli;

import dev.webstack.plan.json.Json;
import dev.webstack.settings.StackFileConfigSource;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;

/**
 * {@code webstack stacks [--branch B]}: the stack files' stacks, as one JSON array, each with its
 * profile, the branch that deploys it and its GitHub environment, read through the settings (so
 * defaults count). The workflows take their stack list and branch-to-stack mapping from it, so
 * a new Pulumi.&lt;stack&gt;.yaml needs no workflow change (docs/adr/0022-stack-name-is-the-environment.md).
 */
final class StacksCommand {

    static final Arguments.Spec SPEC = new Arguments.Spec("stacks", "stacks [--branch BRANCH]", 0, 0, "nothing",
            "webstack stacks --branch main", Map.of("--branch", "a branch name"));

    private final Path workingDirectory;
    private final PrintStream out;

    StacksCommand(Path workingDirectory, PrintStream out) {
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    int run(String[] args) {
        var branch = Arguments.parse(SPEC, args).option("--branch");
        var project = ProjectDirectory.find(workingDirectory);
        var stacks = new ArrayList<Map<String, Object>>();
        for (var stack : StackFileConfigSource.availableStacks(project.path())) {
            var settings = OfflinePlanner.settings(project, stack);
            var deploy = settings.deploy();
            if (branch.isEmpty() || branch.get().equals(deploy.githubBranch())) {
                stacks.add(Json.object("stack", stack, "profile", settings.environment().id(), "branch", deploy.githubBranch(),
                        "environment", deploy.githubEnvironment()));
            }
        }
        out.println(Json.compact(stacks));
        return WebstackCli.OK;
    }
}
