package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One parser for every command: positionals and options in any order, each option with exactly one value. */
class ArgumentsTest {

    private static final Arguments.Spec TWO_FILES = new Arguments.Spec("merge", "merge A B [--out FILE] [--note TEXT]", 1, 2,
            "a file", "webstack merge a.json", Map.of("--out", "a file name", "--note", "some text"));

    @Test
    void optionsMayComeBeforeBetweenOrAfterThePositionals() {
        var expected = new Arguments(List.of("a", "b"), Map.of("--out", "c", "--note", "d"), Set.of());
        assertEquals(expected, Arguments.parse(TWO_FILES, "a", "b", "--out", "c", "--note", "d"));
        assertEquals(expected, Arguments.parse(TWO_FILES, "--out", "c", "a", "--note", "d", "b"));
        assertEquals(expected, Arguments.parse(TWO_FILES, "--note", "d", "--out", "c", "a", "b"));
    }

    @Test
    void aDashIsAValueAfterAnOptionButNotAnotherOption() {
        assertEquals(Optional.of("-"), Arguments.parse(TWO_FILES, "a", "--out", "-").option("--out"));
        var error = assertThrows(WebstackCli.UsageException.class, () -> Arguments.parse(TWO_FILES, "a", "--out", "--note", "x"));
        assertEquals("--out needs a file name", error.getMessage());
    }

    @Test
    void optionalPositionalsAndOptionsMayBeLeftOut() {
        var arguments = Arguments.parse(TWO_FILES, "a");
        assertEquals(List.of("a"), arguments.positionals());
        assertEquals(Optional.empty(), arguments.option("--out"));
    }

    @Test
    void aFlagTakesNoValueAndCountsOnce() {
        var spec = new Arguments.Spec("tables", "tables [--write]", 0, 0, "nothing", "webstack tables", Map.of(), Set.of("--write"));
        assertEquals(true, Arguments.parse(spec, "--write").flag("--write"));
        assertEquals(false, Arguments.parse(spec).flag("--write"));
        var twice = assertThrows(WebstackCli.UsageException.class, () -> Arguments.parse(spec, "--write", "--write"));
        assertEquals("--write given twice; usage: webstack tables [--write]", twice.getMessage());
        var value = assertThrows(WebstackCli.UsageException.class, () -> Arguments.parse(spec, "--write", "README.md"));
        assertEquals("unexpected argument 'README.md'; usage: webstack tables [--write]", value.getMessage());
    }
}
