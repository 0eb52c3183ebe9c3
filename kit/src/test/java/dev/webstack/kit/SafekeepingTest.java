package dev.webstack.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webstack.settings.Environment;
import org.junit.jupiter.api.Test;

class SafekeepingTest {

    @Test
    void productionKeepsEverythingAndStagingTearsDownCompletely() {
        assertEquals(new Safekeeping(true, true, true, true, false), Safekeeping.forEnvironment(Environment.PRODUCTION));
        assertEquals(new Safekeeping(false, false, false, false, true), Safekeeping.forEnvironment(Environment.STAGING));
    }
}
