package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseConnectionsTest {

    @ParameterizedTest(name = "{0}: {1} GiB, max_connections {2}")
    @CsvSource({
            "db.t4g.micro, 1, 112", "db.t3.small, 2, 225", "db.t4g.medium, 4, 450",
            "db.m6g.large, 8, 901", "db.r6g.large, 16, 1802", "db.r6g.xlarge, 32, 3604",
            "db.m7g.2xlarge, 32, 3604", "db.r6g.4xlarge, 128, 5000",
    })
    void estimatesMaxConnectionsFromTheClassMemory(String instanceClass, int gib, int max) {
        assertEquals(gib, DatabaseConnections.memoryGib(instanceClass).orElseThrow());
        assertEquals(max, DatabaseConnections.maxFor(instanceClass).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"db.x2g.large", "db.t4g.nano", "db.z1d.large"})
    void admitsWhatItCannotSize(String instanceClass) {
        assertTrue(DatabaseConnections.maxFor(instanceClass).isEmpty());
    }
}
