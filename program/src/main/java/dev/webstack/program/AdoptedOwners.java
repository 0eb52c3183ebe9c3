package dev.webstack.program;

import com.pulumi.Context;
import com.pulumi.resources.StackReference;
import dev.webstack.kit.Adopted;
import dev.webstack.settings.AdoptionCheck;
import dev.webstack.settings.InvalidStackConfigException;
import dev.webstack.settings.Problem;
import dev.webstack.settings.StackSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stacks this one adopts modules from: one stack reference each, read and checked against this stack's
 * settings before the stack registers anything of its own (ADR 0026). A reference is a read; it creates nothing.
 */
final class AdoptedOwners {

    private final Map<String, StackReference> references;

    private AdoptedOwners(Map<String, StackReference> references) {
        this.references = references;
    }

    /**
     * Waits for each owner's outputs: the check must pass before the first resource is registered, and Pulumi's
     * {@code outputDetailsAsync} gives a referenced stack's value directly for that
     * (https://www.pulumi.com/blog/stack-reference-output-details). References are read in previews too.
     *
     * @throws InvalidStackConfigException every mismatch with every owner's contract, at once
     */
    static AdoptedOwners read(Context context, StackSettings settings) {
        var references = new LinkedHashMap<String, StackReference>();
        var problems = new ArrayList<Problem>();
        for (var owner : AdoptionCheck.owners(settings)) {
            var reference = Adopted.reference(logicalName(owner), owner);
            references.put(owner, reference);
            var outputs = new LinkedHashMap<String, Object>();
            for (var key : AdoptionCheck.keysRead()) {
                value(reference, key).ifPresent(value -> outputs.put(key, value));
            }
            var contract = new AdoptionCheck.Owner(owner, outputs);
            problems.addAll(AdoptionCheck.problems(settings, contract));
            AdoptionCheck.warnings(settings, contract).forEach(context.log()::warn);
        }
        if (!problems.isEmpty()) {
            throw new InvalidStackConfigException("Pulumi." + settings.identity().stack() + ".yaml against the stacks it adopts from",
                    problems);
        }
        return new AdoptedOwners(Map.copyOf(references));
    }

    /** The reference to an owner this stack names in a {@code fromStack} setting. */
    StackReference reference(String owner) {
        var reference = references.get(owner);
        if (reference == null) {
            throw new IllegalArgumentException(owner + " is not named by any webstack:*.fromStack of this stack");
        }
        return reference;
    }

    private static Optional<Object> value(StackReference reference, String key) {
        var details = reference.outputDetailsAsync(key).join();
        return details.getValue().or(details::getSecretValue);
    }

    /** "acme/webstack/production" -> "owner-acme-webstack-production": one reference per owner. */
    static String logicalName(String owner) {
        return "owner-" + owner.replace('/', '-');
    }
}
