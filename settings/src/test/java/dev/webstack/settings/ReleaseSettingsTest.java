package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GIVEN a stack file's deploy keys, WHEN loaded, THEN the release identity is asked for only with a valid, separate app repository. */
class ReleaseSettingsTest {

    private static StackSettings load(String... lines) {
        return StackFiles.load("staging", lines);
    }

    @Test
    void noAppRepositoryMeansNoReleaseIdentity() {
        assertEquals(Optional.empty(), load("webstack:deploy.githubRepository: acme/webstack").release().appRepository());
    }

    @Test
    void theAppRepositoryIsReadWithTheWebstackRepository() {
        var settings = load("webstack:deploy.githubRepository: acme/webstack", "webstack:deploy.appRepository: acme/shop");

        assertEquals(Optional.of("acme/shop"), settings.release().appRepository());
    }

    @Test
    void anAppRepositoryWithoutTheWebstackRepositoryIsRefusedWithTheFix() {
        var error = assertThrows(InvalidStackConfigException.class, () -> load("webstack:deploy.appRepository: acme/shop"));

        assertEquals(1, error.problems().size(), error.getMessage());
        assertEquals("webstack:deploy.appRepository", error.problems().get(0).key());
        assertEquals("webstack:deploy.appRepository: 'acme/shop' needs deploy.githubRepository: the release role trusts that "
                + "repository's release workflow; set webstack:deploy.githubRepository to the repository holding webstack",
                error.problems().get(0).toString());
    }

    @Test
    void theWebstackRepositoryIsNotAnAppRepository() {
        var error = assertThrows(InvalidStackConfigException.class,
                () -> load("webstack:deploy.githubRepository: acme/webstack", "webstack:deploy.appRepository: Acme/Webstack"));

        assertEquals("webstack:deploy.appRepository", error.problems().get(0).key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop", "acme/shop/extra", "acme/*", "https://github.com/acme/shop"})
    void whatIsNotOwnerSlashNameIsRefused(String value) {
        var error = assertThrows(InvalidStackConfigException.class,
                () -> load("webstack:deploy.githubRepository: acme/webstack", "webstack:deploy.appRepository: \"" + value + "\""));

        assertEquals(List.of("webstack:deploy.appRepository"), error.problems().stream().map(Problem::key).toList(), error.getMessage());
    }
}
