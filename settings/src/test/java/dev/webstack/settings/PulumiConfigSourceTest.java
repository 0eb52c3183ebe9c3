package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PulumiConfigSourceTest {

    @Test
    void listsKeysTheWayTheSdkNamesThem() {
        var keys = PulumiConfigSource.configKeys(
                "{\"aws:region\":\"ap-northeast-1\",\"webstack:config:service.cpu\":\"256\",\"webstack:app\":\"shop\"}");
        assertEquals(Set.of("aws:region", "webstack:service.cpu", "webstack:app"), keys);
    }

    @Test
    void readsSecretKeys() {
        assertEquals(Set.of("webstack:edge.originSecret"),
                PulumiConfigSource.secretKeys("[\"webstack:config:edge.originSecret\"]"));
    }

    @Test
    void toleratesAProgramRunWithoutConfiguration() {
        assertTrue(PulumiConfigSource.configKeys(null).isEmpty());
        assertTrue(PulumiConfigSource.secretKeys("").isEmpty());
    }
}
