package dev.webstack.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.json.Json;
import dev.webstack.settings.RegistrySettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * GIVEN a repository's settings, WHEN its lifecycle policy is written, THEN it follows AWS's documented
 * evaluation rules (Amazon ECR User Guide, "Lifecycle policy properties" and "Lifecycle policy evaluation
 * rules") so that no rule can expire an image a moving tag names: the keep rule comes first, "An image that
 * matches the tagging requirements of a rule cannot be expired by a rule with a lower priority".
 */
class RegistryLifecycleTest {

    private static final RegistrySettings STAGING = new RegistrySettings(7, 30, Optional.empty(), List.of(), "staging", "staging-latest");

    private static List<Map<?, ?>> rules(String policy) {
        return ((List<?>) Json.parseObject(policy).get("rules")).stream().<Map<?, ?>>map(rule -> (Map<?, ?>) rule).toList();
    }

    private static Map<?, ?> selection(Map<?, ?> rule) {
        return (Map<?, ?>) rule.get("selection");
    }

    private static int priority(Map<?, ?> rule) {
        return ((Number) rule.get("rulePriority")).intValue();
    }

    /** ECR's tag pattern: '*' matches any characters, none included ("prod*" selects prod, prod1, prod2). */
    private static boolean patternMatches(String pattern, String tag) {
        var regex = String.join(".*", java.util.Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).toList());
        return tag.matches(regex);
    }

    /**
     * Whether a rule could select an image whose only tag is {@code tag}: "any" selects every image,
     * "tagged" those with a tag matching all its patterns, "untagged" none with a tag.
     */
    private static boolean couldSelect(Map<?, ?> rule, String tag) {
        var selection = selection(rule);
        return switch ((String) selection.get("tagStatus")) {
            case "any" -> true;
            case "untagged" -> false;
            default -> ((List<?>) selection.get("tagPatternList")).stream().allMatch(p -> patternMatches((String) p, tag));
        };
    }

    @Test
    void theFirstRuleKeepsEveryImageALatestTagNames() {
        var rules = rules(RegistryLifecycle.policy(STAGING, Optional.of("staging-latest")));

        assertEquals(3, rules.size(), rules.toString());
        var keep = rules.get(0);
        assertEquals(1, priority(keep));
        assertEquals(Map.of("tagStatus", "tagged", "tagPatternList", List.of("*-latest"), "countType", "imageCountMoreThan",
                "countNumber", (long) RegistryLifecycle.NEVER_REACHED), selection(keep));
        assertEquals(Map.of("type", "expire"), keep.get("action"), "expire is the only action; the count makes it never happen");
        assertTrue(RegistryLifecycle.NEVER_REACHED > 1000, "more than any repository's *-latest images: one per stack");
    }

    @Test
    void theExistingRulesFollowUnchanged() {
        var rules = rules(RegistryLifecycle.policy(STAGING, Optional.of("staging-latest")));

        assertEquals(Map.of("tagStatus", "untagged", "countType", "sinceImagePushed", "countUnit", "days", "countNumber", 7L),
                selection(rules.get(1)));
        assertEquals(Map.of("tagStatus", "any", "countType", "imageCountMoreThan", "countNumber", 30L), selection(rules.get(2)));
        assertEquals(List.of(1, 2, 3), rules.stream().map(RegistryLifecycleTest::priority).toList());
    }

    @Test
    void aRunningTagTheLatestRuleDoesNotCoverGetsAKeepRuleOfItsOwnBeforeAnyExpiringRule() {
        var rules = rules(RegistryLifecycle.policy(STAGING, Optional.of("stable")));

        assertEquals(4, rules.size(), rules.toString());
        assertEquals(List.of("stable"), selection(rules.get(1)).get("tagPatternList"));
        assertEquals((long) RegistryLifecycle.NEVER_REACHED, selection(rules.get(1)).get("countNumber"));
        assertTrue(rules.stream().skip(2).allMatch(rule -> priority(rule) > 2));
    }

    @Test
    void aRepositoryHeldForAnotherStackKeepsItsLatestTagsOnly() {
        var rules = rules(RegistryLifecycle.policy(STAGING, Optional.empty()));

        assertEquals(3, rules.size());
        assertEquals(List.of("*-latest"), selection(rules.get(0)).get("tagPatternList"));
    }

    /**
     * The property that matters, whatever rules are added later: every rule that could select an image a
     * moving tag (or the running tag) names has a higher rulePriority number than a keep rule matching that
     * tag, so it is evaluated after it and cannot expire the image. And AWS's own rule: "any" comes last.
     */
    @Test
    void noRuleThatCouldExpireAMovingOrRunningTagsImageComesBeforeTheRuleThatKeepsIt() {
        for (var running : List.of("staging-latest", "stable")) {
            var rules = rules(RegistryLifecycle.policy(STAGING, Optional.of(running)));
            for (var tag : List.of("staging-latest", "production-latest", "qa-latest", running)) {
                var keeping = rules.stream().filter(rule -> couldSelect(rule, tag)
                        && RegistryLifecycle.NEVER_REACHED == ((Number) selection(rule).get("countNumber")).intValue()).toList();
                assertEquals(false, keeping.isEmpty(), "no rule keeps " + tag + ": " + rules);
                var first = keeping.stream().mapToInt(RegistryLifecycleTest::priority).min().orElseThrow();
                for (var rule : rules) {
                    if (couldSelect(rule, tag) && !keeping.contains(rule)) {
                        assertTrue(priority(rule) > first, rule + " could expire " + tag + " before the rule keeping it (" + first + ")");
                    }
                }
            }
            assertEquals(rules.size(), rules.stream().map(RegistryLifecycleTest::priority).distinct().count(), "priorities are unique");
            var last = rules.get(rules.size() - 1);
            assertEquals("any", selection(last).get("tagStatus"));
            assertEquals(rules.stream().mapToInt(RegistryLifecycleTest::priority).max().orElseThrow(), priority(last),
                    "a tagStatus any rule must have the highest rulePriority");
        }
    }
}
