package dev.webstack.kit;

import dev.webstack.kit.naming.Naming;

/**
 * The args of a component built from the stack's naming, one section of its settings and the
 * environment's safekeeping, and nothing else (the document store, the application secrets,
 * the image registry). Every field is required.
 */
public record SettingsArgs<S>(
        @Doc("the stack's naming, `<app>-<stack>-...`") Naming naming,
        @Doc("the component's section of the settings") S settings,
        @Doc("what happens to the component's data on delete: `Safekeeping.forEnvironment(environment)`")
        Safekeeping safekeeping) {

    public SettingsArgs {
        var check = ArgsCheck.of(SettingsArgs.class);
        check.required("naming", naming);
        check.required("settings", settings);
        check.required("safekeeping", safekeeping);
        check.orThrow();
    }
}
