package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

    private static final List<String> KNOWN = List.of("webstack:service.cpu", "webstack:service.memory",
            "webstack:network.azCount", "webstack:database.multiAz");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "webstack:service.cpus, webstack:service.cpu",
            "webstack:servcie.memory, webstack:service.memory",
            "webstack:network.az_count, webstack:network.azCount",
            "webstack:Database.MultiAZ, webstack:database.multiAz",
            "webstack:memory, webstack:service.memory",
            "webstack:observability.email, ''",
    })
    void suggestsOnlyWhatIsClose(String typed, String expected) {
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected), Suggestions.closest(typed, KNOWN));
    }

    @ParameterizedTest
    @CsvSource({"kitten, sitting, 3", "abc, abc, 0", "'', abc, 3", "flaw, lawn, 2"})
    void measuresEditDistance(String a, String b, int distance) {
        assertEquals(distance, Suggestions.distance(a, b));
    }
}
