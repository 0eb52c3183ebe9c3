package dev.webstack.offline;

import java.util.List;

/**
 * The stack an offline run pretends to be: names as Pulumi would give them, and the region
 * the mocks answer for; {@code zonesNotAvailable} simulates an AZ event (those zones are listed
 * by AWS in another state than {@code available}).
 */
public record StackTarget(String project, String stack, String environment, String region, List<String> zonesNotAvailable) {

    public StackTarget {
        zonesNotAvailable = List.copyOf(zonesNotAvailable);
    }

    public StackTarget(String project, String stack, String environment, String region) {
        this(project, stack, environment, region, List.of());
    }

    /** The same stack during an AZ event. */
    public StackTarget duringZoneEvent(List<String> zones) {
        return new StackTarget(project, stack, environment, region, zones);
    }
}
