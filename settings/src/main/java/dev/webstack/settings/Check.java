package dev.webstack.settings;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A rule a single value must satisfy. Rules that relate two settings (cpu and memory,
 * minimum and maximum) live with the section that reads both.
 *
 * @param <T> the type of value checked
 */
@FunctionalInterface
public interface Check<T> {

    Optional<Complaint> check(T value);

    static <T> Check<T> of(Predicate<T> ok, String what, String fix) {
        return value -> ok.test(value) ? Optional.empty() : Optional.of(new Complaint(what, fix));
    }

    static Check<Integer> between(int min, int max) {
        return of(v -> v >= min && v <= max, "is outside " + min + ".." + max, "use a number from " + min + " to " + max);
    }

    static Check<Double> between(double min, double max) {
        return of(v -> v >= min && v <= max, "is outside " + ValueType.NUMBER.display(min) + ".." + ValueType.NUMBER.display(max),
                "use a number from " + ValueType.NUMBER.display(min) + " to " + ValueType.NUMBER.display(max));
    }

    static Check<Integer> oneOf(List<Integer> allowed) {
        var text = allowed.stream().map(String::valueOf).toList();
        return of(allowed::contains, "is not one of " + String.join(", ", text), "use " + ValueType.orList(text));
    }

    /** No element twice; {@code element} names one, with its article ("a name", "an origin"). */
    static <E> Check<List<E>> distinct(String element) {
        return of(values -> new HashSet<>(values).size() == values.size(), "lists " + element + " twice", "remove the duplicate");
    }

    static Check<String> matches(String regex, String what, String fix) {
        var pattern = Pattern.compile(regex);
        return of(v -> pattern.matcher(v).matches(), what, fix);
    }

    /** The retention periods CloudWatch Logs accepts; anything else is refused by the API. */
    List<Integer> LOG_RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731,
            1096, 1827, 2192, 2557, 2922, 3288, 3653);

    /** A CloudWatch Logs retention: one of the accepted periods, and never "forever". */
    static Check<Integer> logRetentionDays() {
        return of(LOG_RETENTION_DAYS::contains, "is not a retention CloudWatch Logs accepts",
                "use one of " + LOG_RETENTION_DAYS.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
}
