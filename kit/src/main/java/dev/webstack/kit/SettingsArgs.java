package dev.webstack.kit;

import dev.webstack.kit.naming.Naming;

/**
 * The args of a component built from the stack's naming, one section of its settings and the
 * environment's safekeeping, and nothing else (the document store, the application secrets,
 * the image registry). Every field is required.
 *
 * @param naming      the stack's naming
 * @param settings    the component's section of the settings, e.g. {@code DocumentSettings}
 * @param safekeeping what happens to the component's data on delete
 * @param <S>         the settings section's type
 */
public record SettingsArgs<S>(Naming naming, S settings, Safekeeping safekeeping) {

    public SettingsArgs {
        var check = ArgsCheck.of(SettingsArgs.class);
        check.required("naming", naming);
        check.required("settings", settings);
        check.required("safekeeping", safekeeping);
        check.orThrow();
    }
}
