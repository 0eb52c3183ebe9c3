package dev.webstack.settings;

import java.util.ArrayList;
import java.util.List;

/** The task sizes Fargate accepts: each CPU value allows a fixed set of memory values (MiB). */
public final class FargateSizes {

    public static final List<Integer> CPU_UNITS = List.of(256, 512, 1024, 2048, 4096, 8192, 16384);

    private FargateSizes() {
    }

    /** Memory values (MiB) Fargate accepts with the given CPU units; empty for an unknown CPU. */
    public static List<Integer> memoryFor(int cpu) {
        return switch (cpu) {
            case 256 -> List.of(512, 1024, 2048);
            case 512 -> steps(1024, 4096, 1024);
            case 1024 -> steps(2048, 8192, 1024);
            case 2048 -> steps(4096, 16384, 1024);
            case 4096 -> steps(8192, 30720, 1024);
            case 8192 -> steps(16384, 61440, 4096);
            case 16384 -> steps(32768, 122880, 8192);
            default -> List.of();
        };
    }

    public static boolean accepts(int cpu, int memory) {
        return memoryFor(cpu).contains(memory);
    }

    /** The accepted memory values for a CPU, as a fix a person can read. */
    static String describeMemoryFor(int cpu) {
        var values = memoryFor(cpu);
        if (values.size() <= 4) {
            return "use " + ValueType.orList(values.stream().map(String::valueOf).toList());
        }
        int step = values.get(1) - values.get(0);
        return "use " + values.get(0) + " to " + values.get(values.size() - 1) + " in steps of " + step;
    }

    private static List<Integer> steps(int from, int to, int step) {
        var values = new ArrayList<Integer>();
        for (int v = from; v <= to; v += step) {
            values.add(v);
        }
        return List.copyOf(values);
    }
}
