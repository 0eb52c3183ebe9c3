package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import dev.webstack.settings.StackFileConfigSource;
import dev.webstack.settings.StackSettings;
import dev.webstack.settings.StackSettingsLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Requirements R6.1: GIVEN the committed staging stack file with one parameter and one Bedrock model added,
 * WHEN the whole program is planned, THEN an SSM SecureString is injected into both containers by its ARN, only the
 * execution role may read it, and the task role may invoke that one model in the stack's region and nothing else.
 */
class ParametersAndBedrockWiringTest {

    private static final ProjectDirectory PROJECT = ProjectDirectory.find(Path.of(""));
    private static final String MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0";

    private static StackSettings settingsWith(String stack, String... lines) throws java.io.IOException {
        var text = new StringBuilder(Files.readString(PROJECT.path().resolve("Pulumi." + stack + ".yaml")));
        for (var line : lines) {
            text.append("\n  ").append(line);
        }
        return StackSettingsLoader.load(StackFileConfigSource.parse("Pulumi." + stack + ".yaml", stack, text.toString()),
                PROJECT.projectName());
    }

    private static Plan planWith(String stack, String... lines) throws java.io.IOException {
        return OfflinePlanner.plan(PROJECT, settingsWith(stack, lines));
    }

    private static List<Map<?, ?>> statements(PlannedResource policy) {
        return ((List<?>) Json.parseObject(policy.inputText("policy")).get("Statement")).stream().<Map<?, ?>>map(s -> (Map<?, ?>) s).toList();
    }

    private static Map<?, ?> secretsOf(Plan plan, String task) {
        var containers = (List<?>) Json.parse(plan.named(AwsTypes.ECS_TASK_DEFINITION, task).inputText("containerDefinitions"));
        var secrets = (List<?>) ((Map<?, ?>) containers.get(0)).get("secrets");
        var byName = new HashMap<Object, Object>();
        secrets.forEach(s -> byName.put(((Map<?, ?>) s).get("name"), ((Map<?, ?>) s).get("valueFrom")));
        return byName;
    }

    @Test
    void oneParameterAndOneModelAreWiredThroughTheWholeStack() throws java.io.IOException {
        var plan = planWith("staging", "webstack:parameters.names: [WANDB_API_KEY]", "webstack:bedrock.models: [" + MODEL + "]");

        var parameter = plan.named(AwsTypes.SSM_PARAMETER, "parameters-wandb-api-key");
        assertEquals("/webstack-staging/app/WANDB_API_KEY", parameter.inputText("name"));
        assertEquals("SecureString", parameter.inputText("type"));
        var arn = parameter.outputText("arn");
        assertEquals("arn:aws:ssm:ap-northeast-1:123456789012:parameter/webstack-staging/app/WANDB_API_KEY", arn);
        for (var task : List.of("app-task", "app-migration-task")) {
            assertEquals(arn, secretsOf(plan, task).get("WANDB_API_KEY"), task);
        }

        var readers = plan.ofType(AwsTypes.IAM_ROLE_POLICY).stream()
                .filter(p -> statements(p).stream().anyMatch(s -> String.valueOf(s.get("Resource")).contains(arn)))
                .map(PlannedResource::name).toList();
        assertEquals(List.of("app-execution-policy"), readers, "the execution role alone is granted the parameter");

        var invoking = plan.ofType(AwsTypes.IAM_ROLE_POLICY).stream()
                .flatMap(p -> statements(p).stream().filter(s -> String.valueOf(s.get("Action")).contains("bedrock:"))
                        .map(s -> Map.entry(p.name(), s)))
                .toList();
        assertEquals(1, invoking.size(), "one Bedrock statement in the whole stack");
        assertEquals("app-task-policy", invoking.get(0).getKey());
        assertEquals(List.of("arn:aws:bedrock:ap-northeast-1::foundation-model/" + MODEL), invoking.get(0).getValue().get("Resource"));
        assertEquals(List.of("bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"), invoking.get(0).getValue().get("Action"));
    }

    /** Standard parameters are free: three of them leave staging's estimate where it was, every resource still priced. */
    @Test
    void standardParametersAddNothingToTheEstimate() throws java.io.IOException {
        var lines = new String[] {"webstack:parameters.names: [LANGFUSE_PUBLIC_KEY, LANGFUSE_SECRET_KEY, WANDB_API_KEY]"};
        var with = StackCosts.estimate(settingsWith("staging", lines), planWith("staging", lines));
        var without = StackCosts.estimate(settingsWith("staging"), StackWiringTest.plan("staging"));
        assertEquals(3, planWith("staging", lines).ofType(AwsTypes.SSM_PARAMETER).size());
        assertEquals(List.of(), with.unpriced().stream().map(i -> i.what()).toList());
        assertEquals(without.totalUsd(), with.totalUsd(), 1e-9);
    }

    @Test
    void theCommittedStacksHaveNeitherParametersNorBedrock() {
        for (var stack : List.of("staging", "production")) {
            var plan = StackWiringTest.plan(stack);
            assertEquals(List.of(), plan.ofType(AwsTypes.SSM_PARAMETER).stream()
                    .filter(p -> p.inputText("name").contains("/app/")).toList(), stack);
            assertTrue(plan.ofType(AwsTypes.IAM_ROLE_POLICY).stream().flatMap(p -> statements(p).stream())
                    .noneMatch(s -> String.valueOf(s.get("Action")).contains("bedrock:")), stack);
            assertFalse(Objects.toString(plan.outputs().get("parameters.arns")).contains("arn:"), stack);
        }
    }
}
