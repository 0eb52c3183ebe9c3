package dev.webstack.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranges are the settings' to check; the args only refuse to be built without their parts. */
class NetworkArgsTest {

    @Test
    void namesEveryMissingPartAtOnce() {
        var error = assertThrows(IllegalArgumentException.class, () -> new NetworkArgs(null, null, 3000, 5432));
        assertEquals(List.of("NetworkArgs.naming is required", "NetworkArgs.settings is required"),
                error.getMessage().lines().toList());
    }
}
