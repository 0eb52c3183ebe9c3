package dev.webstack.settings;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for unknown keys: the known key closest to what was typed, if any is close. */
final class Suggestions {

    private Suggestions() {
    }

    static Optional<String> closest(String typed, Collection<String> known) {
        var normalizedTyped = normalize(typed);
        var exactIgnoringCase = known.stream().filter(k -> normalize(k).equals(normalizedTyped)).findFirst();
        if (exactIgnoringCase.isPresent()) {
            return exactIgnoringCase;
        }
        // A key written without its section ("webstack:cpu" for "webstack:service.cpu").
        var lastSegment = normalizedTyped.substring(Math.max(normalizedTyped.lastIndexOf(':'), normalizedTyped.lastIndexOf('.')) + 1);
        var sameLastSegment = known.stream().filter(k -> normalize(k).endsWith("." + lastSegment)).toList();
        if (sameLastSegment.size() == 1) {
            return Optional.of(sameLastSegment.get(0));
        }
        var best = known.stream().min(Comparator.comparingInt(k -> distance(normalize(k), normalizedTyped)));
        return best.filter(k -> distance(normalize(k), normalizedTyped) <= Math.max(2, typed.length() / 5));
    }

    private static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
