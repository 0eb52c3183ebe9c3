package dev.webstack.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments, parsed once against what the command accepts, so every command refuses
 * the same mistakes with the same kind of message: a missing or unexpected argument, an unknown
 * option, an option without its value.
 */
record Arguments(List<String> positionals, Map<String, String> options, Set<String> flags) {


    /**
     * What one command accepts.
     *
     * @param command  the command's name, as typed
     * @param usage    its line in the usage text, e.g. {@code plan <stack> [--json FILE]}
     * @param required how many positional arguments it needs
     * @param allowed  how many it accepts at most
     * @param needs    the positional arguments in words, e.g. "a stack"
     * @param example  a complete command line that works
     * @param options  each option it accepts, with what its one value is, in words
     * @param flags    each option it accepts that takes no value
     */
    record Spec(String command, String usage, int required, int allowed, String needs, String example, Map<String, String> options,
                Set<String> flags) {

        Spec(String command, String usage, int required, int allowed, String needs, String example, Map<String, String> options) {
            this(command, usage, required, allowed, needs, example, options, Set.of());
        }

        /** A usage error that shows the command's shape, for a mistake only the command can see. */
        WebstackCli.UsageException misuse(String problem) {
            return new WebstackCli.UsageException(problem + "; usage: webstack " + usage);
        }
    }

    static Arguments parse(Spec spec, String... args) {
        var positionals = new ArrayList<String>();
        var options = new LinkedHashMap<String, String>();
        var flags = new LinkedHashSet<String>();
        for (int i = 0; i < args.length; i++) {
            var arg = args[i];
            if (spec.options().containsKey(arg)) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new WebstackCli.UsageException(arg + " needs " + spec.options().get(arg));
                }
                if (options.put(arg, args[++i]) != null) {
                    throw spec.misuse(arg + " given twice");
                }
            } else if (spec.flags().contains(arg)) {
                if (!flags.add(arg)) {
                    throw spec.misuse(arg + " given twice");
                }
            } else if (arg.startsWith("-")) {
                throw spec.misuse("unknown option '" + arg + "'");
            } else if (positionals.size() == spec.allowed()) {
                throw spec.misuse("unexpected argument '" + arg + "'");
            } else {
                positionals.add(arg);
            }
        }
        if (positionals.size() < spec.required()) {
            throw new WebstackCli.UsageException(spec.command() + " needs " + spec.needs() + ", e.g. " + spec.example());
        }
        return new Arguments(List.copyOf(positionals), Map.copyOf(options), Set.copyOf(flags));
    }

    String positional(int index) {
        return positionals.get(index);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
