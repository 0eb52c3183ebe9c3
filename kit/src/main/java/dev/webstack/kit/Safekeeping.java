package dev.webstack.kit;

import com.pulumi.resources.CustomResourceOptions;
import dev.webstack.settings.Environment;

/**
 * What happens to stateful resources (database, buckets, secrets, keys, registries) when a
 * stack or a resource is deleted. Decided here, once per environment, and applied by every
 * component that owns state, because the offline engine's mocks cannot see resource options
 * and a forgotten {@code protect} is only noticed when data is gone.
 *
 * @param protect        Pulumi refuses to delete the resource until the option is removed
 * @param retainOnDelete Pulumi leaves the resource in AWS when it leaves the program
 * @param finalSnapshot  RDS takes a named snapshot before deleting an instance
 * @param keepBackups    RDS keeps automated backups after the instance is deleted
 * @param emptyOnDelete  buckets are emptied (forceDestroy) so that a delete succeeds
 */
public record Safekeeping(boolean protect, boolean retainOnDelete, boolean finalSnapshot, boolean keepBackups,
                          boolean emptyOnDelete) {

    /** Production keeps everything; nothing stateful goes away without a deliberate change first. */
    public static final Safekeeping KEEP = new Safekeeping(true, true, true, true, false);

    /**
     * Staging is cheap and fast to tear down: {@code pulumi destroy} removes it completely, with
     * no snapshot left behind to pay for and no name left reserved for a re-create.
     */
    public static final Safekeeping DISPOSABLE = new Safekeeping(false, false, false, false, true);

    public static Safekeeping forEnvironment(Environment environment) {
        return environment.isProduction() ? KEEP : DISPOSABLE;
    }

    /** Adds protect and retainOnDelete to a stateful resource's options. */
    public CustomResourceOptions.Builder applyTo(CustomResourceOptions.Builder options) {
        return options.protect(protect).retainOnDelete(retainOnDelete);
    }
}
