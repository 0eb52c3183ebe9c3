package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GIVEN a stack file's registry keys, WHEN loaded, THEN an owner lists the stacks it holds a repository
 * for by valid, distinct names other than its own, and an adopting stack runs a tag the owner's lifecycle keeps.
 */
class RegistrySettingsTest {

    private static InvalidStackConfigException refused(String stack, String... lines) {
        return assertThrows(InvalidStackConfigException.class, () -> StackFiles.load(stack, lines));
    }

    @Test
    void aStandaloneStackHoldsOnlyItsOwnRepositoryAndRunsItsOwnTag() {
        var registry = StackFiles.load("production").registry();

        assertEquals(List.of(), registry.sharedWith());
        assertEquals("production", registry.stack());
        assertEquals("production-latest", registry.runningTag());
    }

    @Test
    void anOwnerListsTheStacksItHoldsARepositoryFor() {
        var registry = StackFiles.load("production", "webstack:registry.sharedWith: [staging, test]").registry();

        assertEquals(List.of("staging", "test"), registry.sharedWith());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Staging]", "[stag--ing]", "[acme/webstack/staging]", "[-staging]"})
    void aNameThatCannotBePartOfARepositoryNameIsRefused(String list) {
        var error = refused("production", "webstack:registry.sharedWith: " + list);

        assertEquals(List.of("webstack:registry.sharedWith"), error.problems().stream().map(Problem::key).toList());
        assertTrue(error.problems().get(0).toString().contains("names a stack that cannot be part of a repository name; list stack names "
                + "of lower-case letters and digits"), error.problems().get(0).toString());
    }

    @Test
    void aStackListedTwiceIsRefused() {
        var error = refused("production", "webstack:registry.sharedWith: [staging, staging]");

        assertEquals("webstack:registry.sharedWith: ['staging', 'staging'] lists a stack twice; remove the duplicate",
                error.problems().get(0).toString());
    }

    @Test
    void theOwnerItselfIsRefused() {
        var error = refused("production", "webstack:registry.sharedWith: [staging, production]");

        assertEquals(1, error.problems().size(), error.getMessage());
        assertEquals("webstack:registry.sharedWith: ['staging', 'production'] lists this stack, production, whose own repository exists anyway; remove production "
                + "from the list", error.problems().get(0).toString());
    }

    @Test
    void anAdoptingStackHoldsNoRepositories() {
        var error = refused("staging", "webstack:registry.fromStack: acme/webstack/production", "webstack:registry.sharedWith: [test]");

        assertEquals(List.of("webstack:registry.sharedWith"), error.problems().stream().map(Problem::key).toList());
        assertTrue(error.problems().get(0).toString().contains("registry.fromStack adopts this from acme/webstack/production"),
                error.problems().get(0).toString());
    }

    @Test
    void anAdoptingStackMustRunATagTheOwnersLifecycleKeeps() {
        var error = refused("staging", "webstack:registry.fromStack: acme/webstack/production", "webstack:service.imageTag: stable");

        assertEquals(List.of("webstack:service.imageTag"), error.problems().stream().map(Problem::key).toList());
        assertEquals("webstack:service.imageTag: 'stable' does not end in -latest, and the repository webstack:registry.fromStack adopts "
                + "from acme/webstack/production keeps only images a *-latest tag names; remove it (the default is staging-latest) or "
                + "choose a tag ending in -latest", error.problems().get(0).toString());
    }

    @Test
    void anAdoptingStackMayRunAnyLatestTagAndAnOwnerAnyTag() {
        assertEquals("qa-latest", StackFiles.load("staging", "webstack:registry.fromStack: acme/webstack/production",
                "webstack:service.imageTag: qa-latest").registry().runningTag());
        assertEquals("stable", StackFiles.load("staging", "webstack:service.imageTag: stable").registry().runningTag(),
                "its own repository keeps that tag's image by a rule of its own");
    }
}
