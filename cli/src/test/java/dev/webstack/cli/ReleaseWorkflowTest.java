package dev.webstack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * GIVEN the reusable release workflow and the caller example in docs/delivery.md, THEN the
 * release role and the outputs parameter can come from the stack's GitHub environment: a caller
 * job with {@code uses:} cannot declare {@code environment:} ("Reuse workflows", GitHub docs:
 * "on.workflow_call does not support the environment keyword"), so {@code vars.*} in its
 * {@code with:} sees repository and organisation variables only. Only the called job, which
 * declares the environment, can fall back to the environment's variables.
 */
class ReleaseWorkflowTest {

    private static final Path REPOSITORY = ProjectDirectory.find(Path.of("")).path();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow() throws IOException {
        return new Yaml().load(Files.readString(REPOSITORY.resolve(".github/workflows/release.yml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<?, ?> parent, Object key) {
        return (Map<String, Object>) parent.get(key);
    }

    @Test
    void theRoleAndTheOutputsParameterAreOptionalInputs() throws IOException {
        // YAML 1.1 reads the key `on` as the boolean true.
        var inputs = map(map(map(workflow(), Boolean.TRUE), "workflow_call"), "inputs");
        for (var name : List.of("role-to-assume", "outputs-parameter")) {
            assertEquals(false, map(inputs, name).get("required"), name);
            assertEquals("", map(inputs, name).get("default"), name);
        }
    }

    @Test
    void theJobInTheEnvironmentFallsBackToItsVariables() throws IOException {
        var job = map(map(workflow(), "jobs"), "release");
        assertEquals("${{ inputs.github-environment || inputs.stack }}", job.get("environment"));
        var env = map(job, "env");
        assertEquals("${{ inputs.role-to-assume || vars.WEBSTACK_RELEASE_ROLE_ARN }}", env.get("RELEASE_ROLE_ARN"));
        assertEquals("${{ inputs.outputs-parameter || vars.WEBSTACK_OUTPUTS_PARAMETER }}", env.get("OUTPUTS_PARAMETER"));

        var steps = (List<Map<String, Object>>) job.get("steps");
        var credentials = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("aws-actions/configure-aws-credentials@"))
                .findFirst().orElseThrow();
        assertEquals("${{ env.RELEASE_ROLE_ARN }}", map(credentials, "with").get("role-to-assume"));
        var stepsText = new Yaml().dump(steps);
        assertFalse(stepsText.contains("inputs.role-to-assume") || stepsText.contains("inputs.outputs-parameter"),
                "a step reading the input directly would skip the environment's variable");
    }

    @Test
    void theCallerExamplesDoNotPassEnvironmentVariablesThroughWith() throws IOException {
        var header = Files.readString(REPOSITORY.resolve(".github/workflows/release.yml")).lines()
                .takeWhile(l -> l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        var delivery = Files.readString(REPOSITORY.resolve("docs/delivery.md"));
        var callerBlock = Pattern.compile("(?s)```yaml\n(.*?)```").matcher(delivery).results().map(m -> m.group(1))
                .filter(b -> b.contains("webstack/.github/workflows/release.yml@main")).findFirst().orElseThrow();
        for (var example : List.of(header, callerBlock)) {
            assertTrue(example.contains("release.yml@main"), example);
            assertFalse(example.contains("vars.WEBSTACK_RELEASE_ROLE_ARN") || example.contains("vars.WEBSTACK_OUTPUTS_PARAMETER"),
                    "resolved in the caller's job, where the environment's variables are not visible: " + example);
        }
    }
}
