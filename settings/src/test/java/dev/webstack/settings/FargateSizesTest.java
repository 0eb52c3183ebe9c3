package dev.webstack.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FargateSizesTest {

    @ParameterizedTest(name = "cpu {0} memory {1}: {2}")
    @CsvSource({
            "256, 512, true", "256, 2048, true", "256, 3072, false",
            "512, 1024, true", "512, 4096, true", "512, 512, false",
            "1024, 2048, true", "1024, 8192, true", "1024, 1024, false",
            "2048, 16384, true", "2048, 17408, false",
            "4096, 30720, true", "4096, 31744, false",
            "8192, 20480, true", "8192, 18432, false",
            "16384, 122880, true", "16384, 36864, false",
            "300, 1024, false",
    })
    void acceptsExactlyWhatFargateAccepts(int cpu, int memory, boolean accepted) {
        assertEquals(accepted, FargateSizes.accepts(cpu, memory));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "256  | use 512, 1024 or 2048",
            "512  | use 1024, 2048, 3072 or 4096",
            "2048 | use 4096 to 16384 in steps of 1024",
            "8192 | use 16384 to 61440 in steps of 4096",
    })
    void describesTheFix(int cpu, String fix) {
        assertEquals(fix, FargateSizes.describeMemoryFor(cpu));
        assertTrue(FargateSizes.memoryFor(cpu).size() >= 3);
    }
}
