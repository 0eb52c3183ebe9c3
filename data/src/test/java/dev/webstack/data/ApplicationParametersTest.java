package dev.webstack.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.kit.Safekeeping;
import dev.webstack.kit.SettingsArgs;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlanJson;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.settings.ConfigSource;
import dev.webstack.settings.Environment;
import dev.webstack.testkit.ComponentHarness;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** GIVEN parameters.names, WHEN planned, THEN one SecureString per name, created once with a placeholder the program never sends again. */
class ApplicationParametersTest {

    static Plan plan(Environment environment, String... settings) {
        return ComponentHarness.run(environment, (context, options) -> new ApplicationParameters("parameters",
                new SettingsArgs<>(ComponentHarness.naming(environment), ComponentHarness.settings(environment, settings).integrations(),
                        Safekeeping.forEnvironment(environment)), options).contract().exportTo(context));
    }

    @Test
    void createsOneSecureStringPerNameUnderTheStacksPath() {
        var plan = plan(Environment.STAGING, "webstack:parameters.names: [LANGFUSE_PUBLIC_KEY, WANDB_API_KEY]");
        var parameters = plan.ofType(AwsTypes.SSM_PARAMETER);
        assertEquals(List.of("/webstack-staging/app/LANGFUSE_PUBLIC_KEY", "/webstack-staging/app/WANDB_API_KEY"),
                parameters.stream().map(p -> p.inputText("name")).sorted().toList());
        for (var parameter : parameters) {
            assertEquals("SecureString", parameter.inputText("type"));
            assertEquals("Standard", parameter.inputText("tier"), "Standard parameters are free; Advanced cost $0.05 a month each");
            assertTrue(parameter.input("keyId").isEmpty(), "the account's aws/ssm key: no key of our own to pay for or grant");
            assertEquals(List.of("value"), parameter.options().ignoreChanges(), "the operator's value is never overwritten");
            assertTrue(parameter.inputText("description").contains("put-parameter --overwrite --type SecureString --name "
                    + parameter.inputText("name")));
        }
        assertEquals(Map.of(
                        "LANGFUSE_PUBLIC_KEY", "arn:aws:ssm:ap-northeast-1:123456789012:parameter/webstack-staging/app/LANGFUSE_PUBLIC_KEY",
                        "WANDB_API_KEY", "arn:aws:ssm:ap-northeast-1:123456789012:parameter/webstack-staging/app/WANDB_API_KEY"),
                plan.output(ParametersContract.ARNS));
        assertEquals(parameters.stream().collect(Collectors.toMap(p -> p.inputText("name").substring("/webstack-staging/app/".length()),
                p -> p.outputText("arn"))), plan.output(ParametersContract.ARNS));
    }

    @Test
    void theValueIsAPlaceholderKeptSecret() {
        var plan = plan(Environment.STAGING, "webstack:parameters.names: [WANDB_API_KEY]");
        var parameter = plan.named(AwsTypes.SSM_PARAMETER, "parameters-wandb-api-key");
        assertEquals(ConfigSource.SECRET_PLACEHOLDER, parameter.inputText("value"), "a secret input: the plan shows only the mask");
        assertFalse(PlanJson.write(plan).contains(ApplicationParameters.PLACEHOLDER), "not even the placeholder in plain text");
    }

    @Test
    void productionParametersAreProtected() {
        PlannedResource production = plan(Environment.PRODUCTION, "webstack:parameters.names: [WANDB_API_KEY]")
                .named(AwsTypes.SSM_PARAMETER, "parameters-wandb-api-key");
        assertTrue(production.options().protect());
        assertFalse(plan(Environment.STAGING, "webstack:parameters.names: [WANDB_API_KEY]")
                .named(AwsTypes.SSM_PARAMETER, "parameters-wandb-api-key").options().protect());
    }

    @Test
    void noNamesNoParameters() {
        var plan = plan(Environment.STAGING);
        assertEquals(List.of(), plan.ofType(AwsTypes.SSM_PARAMETER));
        assertEquals(Map.of(), plan.output(ParametersContract.ARNS));
    }
}
