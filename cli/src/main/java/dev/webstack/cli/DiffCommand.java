package dev.webstack.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code webstack diff BASE.json HEAD.json [--fail-on-danger]}: Markdown for a pull-request comment.
 * Changes AWS would refuse and data loss come first; with {@code --fail-on-danger} the command
 * exits {@value WebstackCli#VIOLATIONS} for a refusal or for data loss nothing protects.
 */
final class DiffCommand {

    static final String FAIL_ON_DANGER = "--fail-on-danger";

    static final Arguments.Spec SPEC = new Arguments.Spec("diff", "diff BASE.json HEAD.json [" + FAIL_ON_DANGER + "]", 2, 2,
            "two plan JSON files", "webstack diff base/staging.json head/staging.json", Map.of(), Set.of(FAIL_ON_DANGER));

    private final Path workingDirectory;
    private final PrintStream out;

    DiffCommand(Path workingDirectory, PrintStream out) {
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    int run(String[] args) {
        var arguments = Arguments.parse(SPEC, args);
        var diff = new PlanDiff(read(arguments.positional(0)), read(arguments.positional(1)));
        var hazards = diff.hazards();
        out.print(markdown(diff, hazards));
        var blocking = hazards.stream().anyMatch(ChangeHazards.Hazard::blocking);
        return arguments.flag(FAIL_ON_DANGER) && blocking ? WebstackCli.VIOLATIONS : WebstackCli.OK;
    }

    static String markdown(PlanDiff diff) {
        return markdown(diff, diff.hazards());
    }

    static String markdown(PlanDiff diff, List<ChangeHazards.Hazard> hazards) {
        var text = new StringBuilder("### webstack diff: " + diff.stack() + "\n\n");
        hazards(text, hazards);
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
            text.append(String.format(Locale.ROOT, "**%s**: %d to create, %d to update, %d to replace, %d to delete%n%n", component,
                    count(list, PlanDiff.Kind.CREATE), count(list, PlanDiff.Kind.UPDATE), count(list, PlanDiff.Kind.REPLACE),
                    count(list, PlanDiff.Kind.DELETE)));
            list.stream().sorted(Comparator.comparing(PlanDiff.Change::kind).thenComparing(PlanDiff.Change::name))
                    .forEach(c -> text.append(line(c)).append('\n'));
            text.append('\n');
        });
        var violations = diff.newViolations();
        if (!violations.isEmpty()) {
            text.append("**New guardrail violations**\n\n");
            violations.forEach(v -> text.append("- ").append(v).append('\n'));
        }
        return text.toString();
    }

    /** Refusals, overwrites, then data loss, above everything else: what a reviewer must not miss. */
    private static void hazards(StringBuilder text, List<ChangeHazards.Hazard> hazards) {
        var refusals = hazards.stream().filter(h -> h.severity() == ChangeHazards.Severity.REFUSAL).toList();
        var losses = hazards.stream().filter(h -> h.severity() == ChangeHazards.Severity.DATA_LOSS).toList();
        if (!refusals.isEmpty()) {
            text.append("> [!CAUTION]\n> **AWS would refuse this update** (the offline plan accepts it; `pulumi up` fails part-way)\n>\n");
            refusals.forEach(h -> text.append("> - `").append(h.name()).append("` (").append(h.type()).append("): ")
                    .append(h.problem()).append('\n'));
            text.append('\n');
        }
        var overwrites = hazards.stream().filter(h -> h.severity() == ChangeHazards.Severity.OVERWRITE).toList();
        if (!overwrites.isEmpty()) {
            text.append("> [!CAUTION]\n> **AWS would accept this and then lose it** (written over, then removed by the old one's delete)\n>\n");
            overwrites.forEach(h -> text.append("> - `").append(h.name()).append("` (").append(h.type()).append("): ")
                    .append(h.problem()).append('\n'));
            text.append('\n');
        }
        if (!losses.isEmpty()) {
            text.append("> [!WARNING]\n> **Data loss**\n>\n");
            losses.forEach(h -> text.append("> - `").append(h.name()).append("` (").append(h.type()).append(") ").append(h.problem())
                    .append(". Protected by: ").append(h.protection()).append('\n'));
            text.append('\n');
        }
    }

    private static long count(List<PlanDiff.Change> list, PlanDiff.Kind kind) {
        return list.stream().filter(c -> c.kind() == kind).count();
    }

    private static String line(PlanDiff.Change c) {
        var line = new StringBuilder("- ").append(c.kind().word).append(" `").append(c.name()).append("` (").append(c.type()).append(")");
        if (c.movedFrom() != null) {
            line.append(", was `").append(c.movedFrom()).append("` (alias: the state moves, nothing is deleted)");
        }
        if (!c.keys().isEmpty()) {
            line.append(": ").append(String.join(", ", c.keys()));
        }
        if (!c.forcing().isEmpty()) {
            line.append("; replaced because of ").append(String.join(", ", c.forcing()));
        }
        return line.toString();
    }

    private String read(String file) {
        try {
            return Files.readString(workingDirectory.resolve(file));
        } catch (IOException e) {
            throw new WebstackCli.UsageException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
