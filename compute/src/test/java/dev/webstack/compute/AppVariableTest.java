package dev.webstack.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.Plan;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.AppVariable;
import dev.webstack.settings.Environment;
import dev.webstack.settings.InvalidStackConfigException;
import dev.webstack.settings.SecretSettings;
import dev.webstack.testkit.ComponentHarness;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GIVEN the containers as planned with every option that adds a variable, WHEN their names are
 * read back, THEN each one the service sets itself is in {@link AppVariable} and the settings
 * refuse it as an application secret's name.
 */
class AppVariableTest {

    /** Every name the service sets on a task's container, apart from the application's own secrets. */
    private static TreeSet<String> namesSetByTheService(Plan plan, String task) {
        var container = (Map<?, ?>) ((List<?>) Json.parse(plan.named("aws:ecs/taskDefinition:TaskDefinition", task)
                .inputText("containerDefinitions"))).get(0);
        var names = new TreeSet<String>();
        for (var section : List.of("environment", "secrets")) {
            ((List<?>) container.get(section)).forEach(entry -> names.add(String.valueOf(((Map<?, ?>) entry).get("name"))));
        }
        names.removeAll(ServiceTest.APP_SECRETS.keySet());
        return names;
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void everyVariableTheContainersGetIsListedAndEveryListedOneIsSet(Environment environment) {
        var plan = ServiceTest.plan(environment, true);
        var expected = new TreeSet<>(AppVariable.names());
        AppVariable.MASTER_LOGIN_ONLY.forEach(v -> expected.remove(v.name()));
        for (var task : List.of("app-task", "app-migration-task")) {
            assertEquals(expected, namesSetByTheService(plan, task), task);
        }
    }

    @ParameterizedTest
    @EnumSource(Environment.class)
    void duringTheTransitionTheAppKeepsTheMastersVariablesAndTheMigrationTheMigratorsUrl(Environment environment) {
        var plan = ServiceTest.plan(environment, true, "webstack:database.appLogin: MASTER");
        var app = new TreeSet<>(AppVariable.names());
        app.remove(AppVariable.DATABASE_URL.name());
        assertEquals(app, namesSetByTheService(plan, "app-task"));
        var migration = new TreeSet<>(AppVariable.names());
        AppVariable.MASTER_LOGIN_ONLY.forEach(v -> migration.remove(v.name()));
        assertEquals(migration, namesSetByTheService(plan, "app-migration-task"));
    }

    @ParameterizedTest
    @EnumSource(AppVariable.class)
    void aSecretNamedLikeAVariableTheServiceSetsIsRefusedWithTheFix(AppVariable variable) {
        var error = assertThrows(InvalidStackConfigException.class, () -> ComponentHarness.settings(Environment.STAGING,
                "webstack:secrets.names: [OPENAI_API_KEY, " + variable.name() + "]"));
        assertEquals(1, error.problems().size(), error.getMessage());
        var problem = error.problems().get(0);
        assertEquals(SecretSettings.NAMES.key(), problem.key());
        if (!variable.name().equals(variable.name().toUpperCase())) {
            // npm's lower-case variable cannot even be a secret's name: secret names are upper case.
            assertTrue(problem.what().endsWith("has a name that is not an environment variable name"), problem.what());
            return;
        }
        assertEquals("uses " + variable.name() + ", which the service sets itself", problem.what());
        assertTrue(problem.fix().startsWith("rename the secret; reserved: APP_ENV, "), problem.fix());
    }
}
