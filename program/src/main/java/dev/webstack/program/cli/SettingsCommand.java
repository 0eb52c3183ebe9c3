package dev.webstack.program.cli;

import dev.webstack.core.settings.SettingsCatalog;
import java.io.PrintStream;

/** {@code webstack settings}: the configuration reference, as docs/configuration.md embeds it. */
final class SettingsCommand {

    private final PrintStream out;

    SettingsCommand(PrintStream out) {
        this.out = out;
    }

    int run(String[] args) {
        if (args.length > 0) {
            throw new WebstackCli.UsageException("settings takes no arguments");
        }
        out.print(SettingsCatalog.markdownTable());
        return WebstackCli.OK;
    }
}
