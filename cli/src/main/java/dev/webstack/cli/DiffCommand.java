package dev.webstack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** {@code webstack diff BASE.json HEAD.json}: Markdown for a pull-request comment. */
final class DiffCommand {

    static final Arguments.Spec SPEC = new Arguments.Spec("diff", "diff BASE.json HEAD.json", 2, 2, "two plan JSON files",
            "webstack diff base/staging.json head/staging.json", Map.of());

    private final Path workingDirectory;
    private final PrintStream out;

    DiffCommand(Path workingDirectory, PrintStream out) {
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    int run(String[] args) {
        var arguments = Arguments.parse(SPEC, args);
        var diff = new PlanDiff(read(arguments.positional(0)), read(arguments.positional(1)));
        out.print(markdown(diff));
        return WebstackCli.OK;
    }

    static String markdown(PlanDiff diff) {
        var text = new StringBuilder("### webstack diff: " + diff.stack() + "\n\n");
        var before = diff.monthlyUsd(false);
        var after = diff.monthlyUsd(true);
        if (before.isPresent() && after.isPresent()) {
            var delta = after.get() - before.get();
            text.append(String.format(Locale.ROOT, "**Monthly estimate:** %s → %s (%s%s)%n%n", CostReport.usd(before.get()),
                    CostReport.usd(after.get()), delta >= 0 ? "+" : "-", CostReport.usd(Math.abs(delta))));
        }
        var changes = diff.changes();
        if (changes.isEmpty()) {
            text.append("No resource changes.\n");
        }
        changes.forEach((component, list) -> {
            long added = list.stream().filter(c -> c.kind() == '+').count();
            long changed = list.stream().filter(c -> c.kind() == '~').count();
            long removed = list.stream().filter(c -> c.kind() == '-').count();
            text.append(String.format(Locale.ROOT, "**%s**: %d added, %d changed, %d removed%n%n", component, added, changed, removed));
            list.stream().sorted(java.util.Comparator.comparing(PlanDiff.Change::kind).thenComparing(PlanDiff.Change::name))
                    .forEach(c -> text.append("- ").append(c.kind() == '~' ? "changed" : c.kind() == '+' ? "added" : "removed")
                            .append(" `").append(c.name()).append("` (").append(c.type()).append(")")
                            .append(c.keys().isEmpty() ? "" : ": " + String.join(", ", c.keys())).append('\n'));
            text.append('\n');
        });
        var violations = diff.newViolations();
        if (!violations.isEmpty()) {
            text.append("**New guardrail violations**\n\n");
            violations.forEach(v -> text.append("- ").append(v).append('\n'));
        }
        return text.toString();
    }

    private String read(String file) {
        try {
            return Files.readString(workingDirectory.resolve(file));
        } catch (IOException e) {
            throw new WebstackCli.UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
