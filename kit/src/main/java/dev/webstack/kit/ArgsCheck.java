package dev.webstack.kit;

import java.util.ArrayList;
import java.util.List;

/**
 * Validation of a component's args, collecting every problem into one error that names the
 * args class, the field, the bad value and the fix, like the SDK's generated args do for
 * missing required fields.
 */
public final class ArgsCheck {

    private final String argsClass;
    private final List<String> problems = new ArrayList<>();

    private ArgsCheck(String argsClass) {
        this.argsClass = argsClass;
    }

    public static ArgsCheck of(Class<?> argsClass) {
        return new ArgsCheck(argsClass.getSimpleName());
    }

    /** A required field; returns whether it is present so dependent checks can be skipped. */
    public boolean required(String field, Object value) {
        if (value == null) {
            problems.add(argsClass + "." + field + " is required");
            return false;
        }
        return true;
    }

    public ArgsCheck check(boolean ok, String field, Object value, String what, String fix) {
        if (!ok) {
            problems.add(argsClass + "." + field + ": " + value + " " + what + "; " + fix);
        }
        return this;
    }

    public void orThrow() {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
    }
}
