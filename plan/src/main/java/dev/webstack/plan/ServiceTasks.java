package dev.webstack.plan;

import dev.webstack.plan.aws.AwsTypes;

/** What a plan says about the tasks an ECS service runs. */
public final class ServiceTasks {

    private ServiceTasks() {
    }

    /**
     * The fewest tasks the service runs: the lowest minimum capacity of the scalable targets that
     * name it ({@code service/<cluster>/<service>}), else its desired count, else the provider's
     * default of none.
     */
    public static int fewest(Plan plan, PlannedResource service) {
        var resourceId = "service/" + String.valueOf(service.input("cluster").orElse("")).replaceAll(".*/", "") + "/"
                + service.outputs().get("name");
        return plan.ofType(AwsTypes.APPAUTOSCALING_TARGET).stream()
                .filter(t -> resourceId.equals(String.valueOf(t.input("resourceId").orElse(""))))
                .mapToInt(t -> whole(t.input("minCapacity").orElse(0)))
                .min()
                .orElse(whole(service.input("desiredCount").orElse(0)));
    }

    /** Engines record numbers as numbers; a value that came through text is read the same way. */
    private static int whole(Object value) {
        return value instanceof Number n ? n.intValue() : (int) Double.parseDouble(String.valueOf(value));
    }
}
