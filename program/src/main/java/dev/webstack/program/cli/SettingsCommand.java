package dev.webstack.program.cli;

import dev.webstack.core.settings.SettingsCatalog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code webstack settings [--write FILE]}: the configuration reference. With {@code --write},
 * replaces the table between the settings markers of FILE (docs/configuration.md).
 */
final class SettingsCommand {

    static final String BEGIN = "<!-- settings:begin -->\n";
    static final String END = "<!-- settings:end -->";

    private final Path workingDirectory;
    private final PrintStream out;

    SettingsCommand(Path workingDirectory, PrintStream out) {
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    int run(String[] args) {
        if (args.length == 0) {
            out.print(SettingsCatalog.markdownTable());
            return WebstackCli.OK;
        }
        if (args.length != 2 || !args[0].equals("--write")) {
            throw new WebstackCli.UsageException("settings takes no arguments, or --write FILE");
        }
        var file = workingDirectory.resolve(args[1]);
        try {
            var text = Files.readString(file);
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            if (begin < 0 || end < begin) {
                throw new WebstackCli.UsageException(args[1] + " has no " + BEGIN.strip() + " ... " + END + " markers");
            }
            Files.writeString(file, text.substring(0, begin + BEGIN.length()) + SettingsCatalog.markdownTable() + text.substring(end));
        } catch (IOException e) {
            throw new IllegalStateException("cannot update " + file + ": " + e.getMessage(), e);
        }
        out.println("Settings table written to " + args[1]);
        return WebstackCli.OK;
    }
}
