package dev.webstack.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.webstack.plan.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContainerDefinitionTest {

    @Test
    void rendersTheSameJsonEveryTime() {
        var definition = new ContainerDefinition("migration", List.of("npx", "prisma", "migrate", "deploy"), Optional.empty(),
                new ContainerDefinition.Runtime("repo:tag", Map.of("B", "2", "A", "1"), Map.of("S", "arn:s"), "/logs", "ap-northeast-1", 30, false));
        assertEquals("{\"name\":\"migration\",\"image\":\"repo:tag\",\"essential\":true,\"command\":[\"npx\",\"prisma\",\"migrate\",\"deploy\"],"
                + "\"environment\":[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"2\"}],"
                + "\"secrets\":[{\"name\":\"S\",\"valueFrom\":\"arn:s\"}],\"readonlyRootFilesystem\":true,"
                + "\"mountPoints\":[{\"sourceVolume\":\"scratch\",\"containerPath\":\"/tmp\",\"readOnly\":false}],\"stopTimeout\":30,"
                + "\"linuxParameters\":{\"initProcessEnabled\":true},\"logConfiguration\":{\"logDriver\":\"awslogs\",\"options\":"
                + "{\"awslogs-group\":\"/logs\",\"awslogs-region\":\"ap-northeast-1\",\"awslogs-stream-prefix\":\"migration\"}}}",
                Json.compact(definition.toMap()));
    }

    @Test
    void anAppContainerPublishesItsPortAndRunsTheImagesCommand() {
        var app = new ContainerDefinition("app", List.of(), Optional.of(3000),
                new ContainerDefinition.Runtime("repo:tag", Map.of(), Map.of(), "/logs", "r", 30, false)).toMap();
        assertEquals(List.of(Json.object("name", "http", "containerPort", 3000, "hostPort", 3000, "protocol", "tcp", "appProtocol", "http")),
                app.get("portMappings"));
        assertEquals(false, app.containsKey("command"));
    }

    @Test
    void refusesAVariableThatIsBothPlainAndSecret() {
        assertThrows(IllegalArgumentException.class, () -> new ContainerDefinition.Runtime("i",
                Map.of("DB_PASSWORD", "x"), Map.of("DB_PASSWORD", "arn"), "/l", "r", 30, false));
    }
}
