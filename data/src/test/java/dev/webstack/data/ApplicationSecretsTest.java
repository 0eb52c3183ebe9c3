package dev.webstack.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.kit.Safekeeping;
import dev.webstack.kit.SettingsArgs;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.settings.Environment;
import dev.webstack.testkit.ComponentHarness;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApplicationSecretsTest {

    static Plan plan(Environment environment, String... settings) {
        return ComponentHarness.run(environment, (context, options) -> new ApplicationSecrets("secrets", new SettingsArgs<>(ComponentHarness.naming(environment), ComponentHarness.settings(environment, settings).secrets(), Safekeeping.forEnvironment(environment)), options).contract().exportTo(context));
    }

    @Test
    void createsOneEmptySecretPerNameNamedForTheStack() {
        var plan = plan(Environment.STAGING, "webstack:secrets.names: [OPENAI_API_KEY, STRIPE_SECRET_KEY]");
        var secrets = plan.ofType("aws:secretsmanager/secret:Secret").stream().filter(s -> !s.inputText("name").contains("/database/")).toList();
        assertEquals(List.of("webstack-staging/OPENAI_API_KEY", "webstack-staging/STRIPE_SECRET_KEY"),
                secrets.stream().map(s -> s.inputText("name")).sorted().toList());
        secrets.forEach(s -> assertEquals(0L, s.input("recoveryWindowInDays").orElseThrow()));
        secrets.forEach(s -> assertTrue(s.inputText("description").contains("put-secret-value --secret-id " + s.inputText("name"))));
        assertEquals(List.of(), plan.ofType("aws:secretsmanager/secretVersion:SecretVersion"), "values are never set by the program");
        assertEquals(secrets.stream().collect(Collectors.toMap(s -> s.inputText("name").substring("webstack-staging/".length()), PlannedResource::id)),
                plan.output(SecretsContract.ARNS));
    }

    @Test
    void productionSecretsAreProtectedAndRecoverableForAMonth() {
        var plan = plan(Environment.PRODUCTION, "webstack:secrets.names: [GEMINI_API_KEY]");
        var secret = plan.named("aws:secretsmanager/secret:Secret", "secrets-gemini-api-key");
        assertEquals(30L, secret.input("recoveryWindowInDays").orElseThrow());
        assertTrue(secret.options().protect());
        assertTrue(secret.options().retainOnDelete());
        assertFalse(plan(Environment.STAGING, "webstack:secrets.names: [GEMINI_API_KEY]")
                .named("aws:secretsmanager/secret:Secret", "secrets-gemini-api-key").options().protect());
    }

    @Test
    void noNamesNoApplicationSecretsButAlwaysTheTwoDatabaseLogins() {
        var plan = plan(Environment.STAGING);
        assertEquals(List.of("webstack-staging/database/app", "webstack-staging/database/migrator"),
                plan.ofType("aws:secretsmanager/secret:Secret").stream().map(s -> s.inputText("name")).sorted().toList());
        assertEquals(Map.of(), plan.output(SecretsContract.ARNS));
    }

    @Test
    void theDatabaseLoginsAreCreatedEmptyKeptLikeTheOtherSecretsAndExportedByArn() {
        for (var environment : Environment.values()) {
            var plan = plan(environment);
            var app = plan.named("aws:secretsmanager/secret:Secret", "secrets-database-app");
            var migrator = plan.named("aws:secretsmanager/secret:Secret", "secrets-database-migrator");
            assertEquals(app.id(), plan.output(SecretsContract.DATABASE_APP_LOGIN_ARN));
            assertEquals(migrator.id(), plan.output(SecretsContract.DATABASE_MIGRATOR_LOGIN_ARN));
            for (var login : List.of(app, migrator)) {
                assertEquals(environment.isProduction(), login.options().protect(), login.name());
                assertEquals(environment.isProduction() ? 30L : 0L, login.input("recoveryWindowInDays").orElseThrow());
                assertTrue(login.inputText("description").contains("scripts/rotate-database-credentials"), login.name());
            }
            assertEquals(List.of(), plan.ofType("aws:secretsmanager/secretVersion:SecretVersion"),
                    "no password passes through the program or its state");
        }
    }
}
