package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's text stands on its own: the requirements it relies on are restated in
 * docs/requirements.md, so nothing may cite the notes, the issues or the design brief they came
 * from, and every citation of docs/requirements.md must name a section that exists, or a reader
 * following it lands nowhere.
 */
class DocsStandAloneTest {

    private static final String REQUIREMENTS = "docs/requirements.md";

    /** Citations of material outside the repository; written so that this file does not match itself. */
    private static final Pattern OUTSIDE = Pattern.compile("seed[ ]0|seeds[/]|issue [0-9]|DESIGN[.]md", Pattern.CASE_INSENSITIVE);

    /** "requirements R3.2", also as a list: "requirements R1.2 and R3.2", "requirements R1.1, R5.1". */
    private static final Pattern SECTION_CITATION = Pattern.compile(
            "requirements (R\\d+(?:\\.\\d+)?(?:(?:, and |, | and | or )R\\d+(?:\\.\\d+)?)*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECTION = Pattern.compile("R\\d+(?:\\.\\d+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("requirements\\.md#([A-Za-z0-9_-]+)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*$");
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(R\\d+(?:\\.\\d+)?)[. ]");

    private static final Path ROOT = ProjectDirectory.find(Path.of("")).path();

    @Test
    void nothingCitesTheNotesTheIssuesOrTheDesignBrief() {
        var hits = outsideCitations(ROOT);
        assertTrue(hits.isEmpty(), "cite docs/requirements.md instead of:\n" + String.join("\n", hits));
    }

    @Test
    void everyCitationOfTheRequirementsNamesASectionThatExists() {
        var dangling = danglingCitations(ROOT);
        assertTrue(dangling.isEmpty(), "no such section in " + REQUIREMENTS + ":\n" + String.join("\n", dangling));
    }

    @Test
    void theReadmeAndTheArchitectureCiteTheRequirements() throws IOException {
        for (var file : List.of("README.md", "docs/architecture.md")) {
            assertTrue(Files.readString(ROOT.resolve(file)).contains("requirements.md"), file + " does not cite " + REQUIREMENTS);
        }
    }

    @Test
    void aPlantedCitationOfANoteAndADanglingSectionAreBothReported(@TempDir Path repo) throws IOException {
        write(repo, REQUIREMENTS, "# Requirements\n\n## R1. Architecture\n\n### R1.2 Supporting services\n");
        // The planted text is split so that this file does not plant it in the real repository.
        write(repo, "README.md", "Sized as in seed " + "001.\nSee requirements R1.2 and R1.3.\n");
        write(repo, "cost/src/main/java/Example.java", "// requirements R2, docs/requirements.md#r12-supporting-services\n");
        write(repo, "cost/target/classes/Ignored.java", "// issue " + "7\n");
        write(repo, "docs/notes.md", "[x](requirements.md" + "#r9-gone)\n");

        assertEquals(List.of("README.md:1: Sized as in seed " + "001."), outsideCitations(repo));
        assertEquals(List.of("README.md:2: R1.3", "cost/src/main/java/Example.java:1: R2", "docs/notes.md:1: #r9-gone"),
                danglingCitations(repo));
    }

    @Test
    void headingsBecomeTheAnchorsAndSectionNumbersOthersCite() {
        assertEquals("r32-database", anchor("R3.2 Database"));
        assertEquals("r3-sizes-per-environment", anchor("R3. Sizes per environment"));
        assertEquals("r111-one-program-validated-settings", anchor("R11.1 One program, validated settings"));
    }

    /** Every line of the scanned files that cites material outside the repository, as file:line: text. */
    static List<String> outsideCitations(Path repo) {
        var hits = new ArrayList<String>();
        eachLine(repo, (file, number, line) -> {
            if (OUTSIDE.matcher(line).find()) {
                hits.add(file + ":" + number + ": " + line.strip());
            }
        });
        return hits;
    }

    /** Every citation of a section or anchor docs/requirements.md does not have, as file:line: citation. */
    static List<String> danglingCitations(Path repo) {
        var sections = new TreeSet<String>();
        var anchors = new TreeSet<String>();
        readHeadings(repo.resolve(REQUIREMENTS), sections, anchors);
        var dangling = new ArrayList<String>();
        eachLine(repo, (file, number, line) -> {
            Matcher citation = SECTION_CITATION.matcher(line);
            while (citation.find()) {
                Matcher section = SECTION.matcher(citation.group(1));
                while (section.find()) {
                    if (!sections.contains(section.group().toUpperCase(Locale.ROOT))) {
                        dangling.add(file + ":" + number + ": " + section.group());
                    }
                }
            }
            Matcher link = LINK.matcher(line);
            while (link.find()) {
                if (!anchors.contains(link.group(1))) {
                    dangling.add(file + ":" + number + ": #" + link.group(1));
                }
            }
        });
        return dangling;
    }

    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }

    private static void readHeadings(Path requirements, Set<String> sections, Set<String> anchors) {
        for (var line : lines(requirements)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                anchors.add(anchor(heading.group(1)));
                Matcher numbered = NUMBERED_HEADING.matcher(heading.group(1));
                if (numbered.find()) {
                    sections.add(numbered.group(1));
                }
            }
        }
    }

    private interface LineVisitor {
        void visit(String file, int number, String line);
    }

    private static void eachLine(Path repo, LineVisitor visitor) {
        for (var file : scannedFiles(repo)) {
            var relative = repo.relativize(file).toString().replace('\\', '/');
            var lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                visitor.visit(relative, i + 1, lines.get(i));
            }
        }
    }

    /**
     * docs/**.md, every README.md, the main and test Java sources outside build output, and what a
     * user reads next to them: the stack files, the workflows and the scripts.
     */
    private static List<Path> scannedFiles(Path repo) {
        try (Stream<Path> files = Files.walk(repo)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !outsideSources(repo.relativize(file)))
                    .filter(file -> scanned(repo.relativize(file).toString().replace('\\', '/')))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean outsideSources(Path relative) {
        for (var part : relative) {
            var name = part.toString();
            if (name.equals("target") || name.equals("node_modules") || name.equals(".git")) {
                return true;
            }
        }
        return false;
    }

    private static boolean scanned(String path) {
        return (path.startsWith("docs/") && path.endsWith(".md"))
                || path.equals("README.md") || path.endsWith("/README.md")
                || (path.endsWith(".java") && (path.contains("src/main/") || path.contains("src/test/")))
                || path.matches("Pulumi(\\.[^/]+)?\\.yaml") || path.startsWith(".github/") || path.startsWith("scripts/")
                || path.equals("webstack") || path.equals(".ci/run");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path repo, String file, String text) throws IOException {
        var path = repo.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
