package dev.webstack.cli;

import dev.webstack.settings.InvalidStackConfigException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code webstack <command>}: what a stack would create, without credentials or a backend.
 * Exit codes: 0 success, 1 the plan could not be made, 2 bad usage or bad configuration,
 * 3 a guardrail rule is broken ({@code check}) or the estimate is over budget ({@code cost}).
 */
public final class WebstackCli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int VIOLATIONS = 3;

    private static final String USAGE_TEXT = """
            usage: webstack <command> [arguments]

              plan <stack> [--json FILE]   resources the stack would create, grouped by component,
                                           counted by type, with warnings and the guardrails' verdict;
                                           --json also writes the machine-readable plan (FILE '-'
                                           writes to stdout)
              check <stack>                the guardrails alone; exits 3 when a rule is broken
              cost <stack>                 the monthly estimate, line by line, against the stack's
                                           budget and beside a NAT gateway design; exits 3 over budget
              cost --write FILE            every stack's total, refreshed in FILE (README.md)
              diff BASE.json HEAD.json [--fail-on-danger]
                                           Markdown for a pull-request comment: per component what is
                                           created, updated, replaced (and why) or deleted; first the
                                           changes AWS would refuse and the data lost; the monthly
                                           estimate, new guardrail violations; --fail-on-danger exits 3
                                           for a refusal or data loss nothing protects
              diagram <stack> [--write FILE]
                                           the stack as a Mermaid flowchart of its real graph;
                                           --write refreshes it in FILE (README.md)
              settings [--write FILE]      every configuration key with its defaults per environment;
                                           --write refreshes the table in FILE (docs/configuration.md)
              rules [--write FILE]         every guardrail rule and the accepted staging trade-offs;
                                           --write refreshes the table in FILE (docs/guardrails.md)
              components [--write]         every component's inputs and outputs; --write refreshes
                                           the tables in the module READMEs
              stacks [--branch BRANCH]     the stack files' stacks as JSON (stack, profile, branch,
                                           environment); --branch keeps those it deploys (workflows)

            Exit codes: 0 done, 1 the plan could not be made, 2 bad usage or configuration,
            3 a guardrail rule is broken, the estimate is over budget, or (diff --fail-on-danger)
            a change AWS would refuse or data loss nothing protects.

            Stacks are the Pulumi.<stack>.yaml files next to Pulumi.yaml (e.g. staging, production); any name
            works, its webstack:profile choosing the defaults.
            """;

    private final Path workingDirectory;
    private final PrintStream out;
    private final PrintStream err;

    public WebstackCli(Path workingDirectory, PrintStream out, PrintStream err) {
        this.workingDirectory = workingDirectory;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        var exitCode = new WebstackCli(Path.of("").toAbsolutePath(), System.out, System.err).run(args);
        System.out.flush();
        System.exit(exitCode);
    }

    public int run(String... args) {
        if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
            (args.length == 0 ? err : out).print(USAGE_TEXT);
            return args.length == 0 ? USAGE : OK;
        }
        var rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "plan" -> new PlanCommand(workingDirectory, out, err).run(rest);
                case "check" -> new CheckCommand(workingDirectory, out).run(rest);
                case "cost" -> new CostCommand(workingDirectory, out).run(rest);
                case "diff" -> new DiffCommand(workingDirectory, out).run(rest);
                case "diagram" -> new DiagramCommand(workingDirectory, out).run(rest);
                case "settings" -> GeneratedTable.SETTINGS.run(rest, workingDirectory, out);
                case "rules" -> GeneratedTable.RULES.run(rest, workingDirectory, out);
                case "components" -> ComponentReadmes.run(rest, workingDirectory, out);
                case "stacks" -> new StacksCommand(workingDirectory, out).run(rest);
                default -> usage("unknown command '" + args[0] + "'");
            };
        } catch (UsageException e) {
            return usage(e.getMessage());
        } catch (InvalidStackConfigException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (RuntimeException e) {
            err.println("webstack " + args[0] + " failed: " + e.getMessage());
            return FAILED;
        }
    }

    private int usage(String problem) {
        err.println("webstack: " + problem);
        err.print(USAGE_TEXT);
        return USAGE;
    }

    /** Arguments that do not make a command. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
