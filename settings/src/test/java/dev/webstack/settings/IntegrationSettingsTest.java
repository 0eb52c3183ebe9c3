package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GIVEN parameters and Bedrock models in a stack file, WHEN loaded, THEN names and model ids are checked before planning. */
class IntegrationSettingsTest {

    private static StackSettings load(String... lines) {
        return StackFiles.load("staging", lines);
    }

    @Test
    void readsTheRequirementsParametersAndAModel() {
        var settings = load("webstack:parameters.names: [LANGFUSE_PUBLIC_KEY, LANGFUSE_SECRET_KEY, WANDB_API_KEY]",
                "webstack:bedrock.models: [anthropic.claude-3-5-sonnet-20240620-v1:0, amazon.titan-embed-text-v2:0]");
        assertEquals(new IntegrationSettings(List.of("LANGFUSE_PUBLIC_KEY", "LANGFUSE_SECRET_KEY", "WANDB_API_KEY"),
                List.of("anthropic.claude-3-5-sonnet-20240620-v1:0", "amazon.titan-embed-text-v2:0")), settings.integrations());
    }

    @Test
    void defaultsToNothing() {
        assertEquals(new IntegrationSettings(List.of(), List.of()), load().integrations());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "webstack:parameters.names: [langfuse_key]                | webstack:parameters.names | has a name that is not an environment variable name",
            "webstack:parameters.names: [WANDB_API_KEY, WANDB_API_KEY] | webstack:parameters.names | lists a name twice",
            "webstack:parameters.names: [DB_PASSWORD]                 | webstack:parameters.names | uses DB_PASSWORD, which the service sets itself",
            "webstack:parameters.names: [OPENAI_API_KEY]              | webstack:parameters.names | uses OPENAI_API_KEY, also in secrets.names",
            "webstack:bedrock.models: ['arn:aws:bedrock:ap-northeast-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0'] | webstack:bedrock.models | has an entry that is not a foundation-model id",
            "webstack:bedrock.models: ['*']                            | webstack:bedrock.models | has an entry that is not a foundation-model id",
            "webstack:bedrock.models: [anthropic.*]                    | webstack:bedrock.models | has an entry that is not a foundation-model id",
            "webstack:bedrock.models: [apac.anthropic.claude-3-5-sonnet-20240620-v1:0] | webstack:bedrock.models | names a cross-region inference profile",
            "webstack:bedrock.models: [global.anthropic.claude-sonnet-4-20250514-v1:0] | webstack:bedrock.models | names a cross-region inference profile",
    })
    void refusesEachMistakeNamingTheKey(String line, String key, String message) {
        var problems = assertThrows(InvalidStackConfigException.class,
                () -> load("webstack:secrets.names: [OPENAI_API_KEY]", line)).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(key, problems.get(0).key());
        assertEquals(true, problems.get(0).toString().contains(message), problems.get(0).toString());
    }

    /** Many models run in ap-northeast-1 only through jp./apac./global. profiles: the fix must not promise the plain id works. */
    @Test
    void aRefusedProfileSaysAProfileOnlyModelCannotBeGrantedYet() {
        var problems = assertThrows(InvalidStackConfigException.class,
                () -> load("webstack:bedrock.models: [jp.anthropic.claude-sonnet-4-5-20250929-v1:0]")).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).toString().contains("only through an inference profile cannot be granted by this setting yet"),
                problems.get(0).toString());
    }

    @Test
    void refusesParametersUnderAnAppNameSsmReserves() {
        var problems = assertThrows(InvalidStackConfigException.class,
                () -> load("webstack:app: ssmapp", "webstack:parameters.names: [WANDB_API_KEY]")).problems();
        assertEquals(List.of("webstack:parameters.names"), problems.stream().map(Problem::key).toList());
    }
}
