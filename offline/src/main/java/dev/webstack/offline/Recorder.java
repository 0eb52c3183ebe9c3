package dev.webstack.offline;

import dev.webstack.plan.PlannedResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects what the monitor saw. Registrations arrive concurrently; the result is sorted by URN. */
final class Recorder {

    private final List<PlannedResource> resources = new ArrayList<>();
    private volatile String stackUrn;

    synchronized void add(PlannedResource resource) {
        resources.add(resource);
    }

    void stackUrn(String urn) {
        this.stackUrn = urn;
    }

    /** Resources directly under the stack get a null parent: the stack itself is not in the plan. */
    String parentOf(String parentUrn) {
        return parentUrn == null || parentUrn.isEmpty() || parentUrn.equals(stackUrn) ? null : parentUrn;
    }

    synchronized List<PlannedResource> resources() {
        return resources.stream().sorted(Comparator.comparing(PlannedResource::urn)).toList();
    }
}
