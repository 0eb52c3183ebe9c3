package dev.webstack.settings;

import java.util.List;

/**
 * Settings that name another stack to adopt a module from ({@code <module>.fromStack}):
 * one format, and the rule that the adopting stack does not also configure what it adopts.
 */
final class StackReferences {

    /** [organization/][project/]stack, as Pulumi names stacks. */
    static final String NAME = "([A-Za-z0-9_.-]+/){0,2}[A-Za-z0-9_.-]+";

    private StackReferences() {
    }

    static Setting<String> fromStack(String module, String adopts) {
        return Setting.webstack(module + ".fromStack", ValueType.TEXT)
                .describedAs("Adopt " + adopts + " from another stack instead of creating it: the stack's name as Pulumi knows it "
                        + "(organization/project/stack). Unset: this stack creates its own.")
                .check(Check.matches(NAME, "is not a stack name", "write organization/project/stack, e.g. acme/webstack/production"))
                .build();
    }

    /** Settings of the module that the adopting stack would silently ignore are refused instead. */
    static void refuseWhenAdopted(SettingsReader reader, Setting<String> fromStack, List<Setting<?>> ownSettings) {
        var adopted = reader.find(fromStack);
        if (adopted.isEmpty()) {
            return;
        }
        for (var own : ownSettings) {
            if (reader.source().keys().contains(own.key())) {
                reader.complain(own.key(), "is set, but " + fromStack.key() + " adopts this from " + adopted.get()
                        + ", whose own setting applies", "remove it from this stack file");
            }
        }
    }

    /** A stack adopting from itself would read outputs it has not written yet. */
    static void refuseSelf(SettingsReader reader, Setting<String> fromStack, StackIdentity identity) {
        reader.find(fromStack).ifPresent(name -> {
            var parts = name.split("/");
            var stack = parts[parts.length - 1];
            var project = parts.length >= 2 ? parts[parts.length - 2] : identity.project();
            if (stack.equals(identity.stack()) && project.equals(identity.project())) {
                reader.complain(fromStack.key(), "'" + name + "' is this stack", "name another stack, or remove the setting");
            }
        });
    }
}
