package dev.webstack.settings;

import com.pulumi.exceptions.RunException;
import java.util.List;

/**
 * Stack configuration that cannot be deployed, with every problem found. A
 * {@link RunException} because the Pulumi engine prints those as a plain message, without a
 * stack trace, which is what someone fixing a typo in a stack file needs.
 */
public final class InvalidStackConfigException extends RunException {

    private final String origin;
    private final List<Problem> problems;

    public InvalidStackConfigException(String origin, List<Problem> problems) {
        super(render(origin, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid configuration has at least one problem");
        }
        this.origin = origin;
        this.problems = List.copyOf(problems);
    }

    public String origin() {
        return origin;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String render(String origin, List<Problem> problems) {
        var text = new StringBuilder(origin).append(problems.size() == 1 ? " has 1 problem:" : " has " + problems.size() + " problems:");
        for (var problem : problems) {
            text.append("\n  - ").append(problem);
        }
        return text.toString();
    }
}
