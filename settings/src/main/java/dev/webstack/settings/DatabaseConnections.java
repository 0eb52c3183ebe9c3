package dev.webstack.settings;

import dev.webstack.plan.aws.DbInstanceClasses;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * RDS PostgreSQL's default {@code max_connections}: LEAST(DBInstanceClassMemory / 9531392, 5000),
 * estimated from the class's nominal memory. Used to set the "connections high" alarm at a
 * share of it (requirements R4.1: 80%).
 */
public final class DatabaseConnections {

    private static final long BYTES_PER_CONNECTION = 9_531_392L;
    private static final int CEILING = 5000;
    private static final Map<String, Integer> BURSTABLE_GIB = Map.of("micro", 1, "small", 2, "medium", 4, "large", 8, "xlarge", 16, "2xlarge", 32);
    private static final Pattern GENERAL_OR_MEMORY = Pattern.compile("db\\.([mr])\\d+[a-z]*\\.(large|xlarge|(\\d+)xlarge)");

    private DatabaseConnections() {
    }

    /** The default max_connections of a class, or empty when webstack does not know its memory. */
    public static OptionalInt maxFor(String instanceClass) {
        return memoryGib(instanceClass).stream()
                .map(gib -> (int) Math.min((long) gib * 1024 * 1024 * 1024 / BYTES_PER_CONNECTION, CEILING))
                .findFirst();
    }

    static OptionalInt memoryGib(String instanceClass) {
        if (DbInstanceClasses.isBurstable(instanceClass)) {
            var size = instanceClass.substring(instanceClass.lastIndexOf('.') + 1);
            return BURSTABLE_GIB.containsKey(size) ? OptionalInt.of(BURSTABLE_GIB.get(size)) : OptionalInt.empty();
        }
        var m = GENERAL_OR_MEMORY.matcher(instanceClass);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        int vcpus = switch (m.group(2)) {
            case "large" -> 2;
            case "xlarge" -> 4;
            default -> 4 * Integer.parseInt(m.group(3));
        };
        return OptionalInt.of(vcpus * (m.group(1).equals("m") ? 4 : 8));
    }
}
