package dev.webstack.core.plan;

/** What a plan says about the tasks an ECS service runs. */
public final class ServiceTasks {

    private ServiceTasks() {
    }

    /**
     * The fewest tasks the service runs: the minimum capacity of the scalable target that names
     * it ({@code service/<cluster>/<service>}), else its desired count, else ECS's default of one.
     */
    public static int fewest(Plan plan, PlannedResource service) {
        var resourceId = "service/" + String.valueOf(service.input("cluster").orElse("")).replaceAll(".*/", "") + "/"
                + service.outputs().get("name");
        return plan.ofType("aws:appautoscaling/target:Target").stream()
                .filter(t -> resourceId.equals(String.valueOf(t.input("resourceId").orElse(""))))
                .mapToInt(t -> ((Number) t.input("minCapacity").orElse(0)).intValue())
                .min()
                .orElse(((Number) service.input("desiredCount").orElse(1)).intValue());
    }
}
