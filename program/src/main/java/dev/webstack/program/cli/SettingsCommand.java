package dev.webstack.program.cli;

import dev.webstack.core.settings.SettingsCatalog;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code webstack settings [--write FILE]}: the configuration reference. With {@code --write},
 * replaces the table between the settings markers of FILE (docs/configuration.md).
 */
final class SettingsCommand {

    static final MarkedSection SECTION = new MarkedSection("settings");

    private final Path workingDirectory;
    private final PrintStream out;

    SettingsCommand(Path workingDirectory, PrintStream out) {
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    int run(String[] args) {
        return GeneratedTable.run(args, "settings", SECTION, SettingsCatalog.markdownTable(), workingDirectory, out);
    }
}
