package dev.webstack.kit.naming;

import dev.webstack.plan.hash.Sha256;
import dev.webstack.settings.StackIdentity;
import java.util.Locale;
import java.util.Map;

/**
 * Physical names. Every name starts with {@code <app>-<stack>}, so two stacks of the project
 * never collide in one account, and stays within the limit AWS sets for its kind of
 * resource: a name that would be too long keeps its readable start and ends in a short hash
 * of the full name, so shortened names stay distinct and never change between runs.
 */
public final class Naming {

    private static final int HASH_LENGTH = 6;

    private final String prefix;

    private Naming(String prefix) {
        this.prefix = prefix;
    }

    public static Naming of(StackIdentity identity) {
        return new Naming(sanitize(identity.app() + "-" + identity.stack()));
    }

    /** For components used outside a stack (tests, other programs): the prefix as given. */
    public static Naming withPrefix(String prefix) {
        return new Naming(sanitize(prefix));
    }

    /** {@code <app>-<stack>}, lower case, letters, digits and single hyphens. */
    public String prefix() {
        return prefix;
    }

    /** {@code <app>-<stack>-<suffix>}, within the 63 characters most AWS names allow. */
    public String physical(String suffix) {
        return physical(suffix, NameLimit.GENERAL);
    }

    public String physical(String suffix, NameLimit limit) {
        return fit(prefix + "-" + sanitize(suffix), limit.maxLength());
    }

    /** A CloudWatch Logs group for this stack: {@code /webstack/<app>-<stack>/<purpose>}. */
    public String logGroup(String purpose) {
        return fit("/webstack/" + prefix + "/" + purpose, NameLimit.LOG_GROUP.maxLength());
    }

    /** The {@code Name} tag the consoles show, for a resource whose physical name is not set. */
    public Map<String, String> nameTag(String suffix) {
        return Map.of("Name", physical(suffix, NameLimit.SECURITY_GROUP));
    }

    static String fit(String name, int maxLength) {
        if (name.length() <= maxLength) {
            return name;
        }
        var head = name.substring(0, maxLength - HASH_LENGTH - 1);
        while (head.endsWith("-")) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "-" + Sha256.hex(name, HASH_LENGTH);
    }

    private static String sanitize(String text) {
        var cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("-{2,}", "-");
        return cleaned.replaceAll("^-|-$", "");
    }
}
