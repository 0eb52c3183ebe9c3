package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackFileConfigSourceTest {

    @Test
    void handsValuesOverAsPulumiDoes() {
        var source = StackFileConfigSource.parse("Pulumi.staging.yaml", "staging", """
                config:
                  aws:region: ap-northeast-1
                  webstack:service.cpu: 256
                  webstack:database.multiAz: false
                  webstack:edge.paths: ["/assets/*", "/static/*"]
                  webstack:tags:
                    team: web
                    cost-center: 42
                """);
        assertEquals(Optional.of("ap-northeast-1"), source.get("aws:region"));
        assertEquals(Optional.of("256"), source.get("webstack:service.cpu"));
        assertEquals(Optional.of("false"), source.get("webstack:database.multiAz"));
        assertEquals(Optional.of("[\"/assets/*\",\"/static/*\"]"), source.get("webstack:edge.paths"));
        assertEquals(Optional.of("{\"team\":\"web\",\"cost-center\":42}"), source.get("webstack:tags"));
        assertEquals(Set.of("aws:region", "webstack:service.cpu", "webstack:database.multiAz", "webstack:edge.paths",
                "webstack:tags"), source.keys());
        assertEquals("staging", source.stackName());
    }

    @Test
    void readsScalarsByYaml12LikeThePulumiCli() {
        var source = StackFileConfigSource.parse("Pulumi.staging.yaml", "staging", """
                config:
                  webstack:a: yes
                  webstack:b: 22:00
                  webstack:c: on
                  webstack:d: True
                  webstack:e: 1.5
                """);
        assertEquals(Optional.of("yes"), source.get("webstack:a"));
        assertEquals(Optional.of("22:00"), source.get("webstack:b"));
        assertEquals(Optional.of("on"), source.get("webstack:c"));
        assertEquals(Optional.of("true"), source.get("webstack:d"));
        assertEquals(Optional.of("1.5"), source.get("webstack:e"));
    }

    @Test
    void neverHoldsASecretInClear() {
        var source = StackFileConfigSource.parse("Pulumi.production.yaml", "production", """
                config:
                  webstack:edge.originSecret:
                    secure: AAABAKm4u1b4cXhz0VpRj2bb9gKmZ+not-a-real-ciphertext
                  webstack:app: shop
                """);
        assertTrue(source.isSecret("webstack:edge.originSecret"));
        assertEquals(Optional.of(ConfigSource.SECRET_PLACEHOLDER), source.get("webstack:edge.originSecret"));
        assertFalse(source.isSecret("webstack:app"));
    }

    @Test
    void reportsTheLineOfAYamlSyntaxError() {
        var error = assertThrows(InvalidStackConfigException.class, () -> StackFileConfigSource.parse(
                "Pulumi.staging.yaml", "staging", "config:\n  webstack:service.cpu: 256\n   webstack:service.memory: [1024\n"));
        assertTrue(error.getMessage().contains("is not valid YAML at line 3"), error.getMessage());
        assertTrue(error.getMessage().startsWith("Pulumi.staging.yaml has 1 problem:"), error.getMessage());
    }

    @Test
    void refusesAKeySetTwiceAsThePulumiCliDoes() {
        var error = assertThrows(InvalidStackConfigException.class, () -> StackFileConfigSource.parse(
                "Pulumi.staging.yaml", "staging", "config:\n  webstack:service.cpu: 256\n  webstack:app: shop\n  webstack:service.cpu: 512\n"));
        assertEquals("Pulumi.staging.yaml: sets webstack:service.cpu twice (again at line 4); keep one of the two lines",
                error.problems().get(0).toString());
    }

    @Test
    void refusesKeysWithoutANamespaceAndEmptyValuesTogether() {
        var error = assertThrows(InvalidStackConfigException.class, () -> StackFileConfigSource.parse(
                "Pulumi.staging.yaml", "staging", "config:\n  service.cpu: 256\n  webstack:app:\n"));
        assertEquals(List.of("service.cpu", "webstack:app"), error.problems().stream().map(p -> p.key()).toList());
        assertTrue(error.problems().get(0).fix().contains("webstack:service.cpu"), error.problems().get(0).fix());
    }

    @Test
    void refusesAFileThatIsNotAMapping() {
        var error = assertThrows(InvalidStackConfigException.class,
                () -> StackFileConfigSource.parse("Pulumi.x.yaml", "x", "- just\n- a list\n"));
        assertTrue(error.getMessage().contains("is not a YAML mapping"), error.getMessage());
    }

    @Test
    void namesTheStacksThatExistWhenTheFileIsMissing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Pulumi.yaml"), "name: webstack\nruntime: java\n");
        Files.writeString(dir.resolve("Pulumi.staging.yaml"), "config: {}\n");
        Files.writeString(dir.resolve("Pulumi.production.yaml"), "config: {}\n");
        var error = assertThrows(InvalidStackConfigException.class, () -> StackFileConfigSource.load(dir, "prod"));
        assertTrue(error.getMessage().contains("Pulumi.prod.yaml: no such stack file"), error.getMessage());
        assertTrue(error.getMessage().contains("production, staging"), error.getMessage());
        assertEquals(List.of("production", "staging"), StackFileConfigSource.availableStacks(dir));
    }
}
