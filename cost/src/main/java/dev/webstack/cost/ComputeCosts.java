package dev.webstack.cost;

import dev.webstack.plan.aws.AwsTypes;
import dev.webstack.plan.json.Json;
import dev.webstack.plan.Plan;
import dev.webstack.plan.PlannedResource;
import dev.webstack.plan.ServiceTasks;
import java.util.List;
import java.util.Map;

/** Fargate tasks for the hours they run, their public addresses, and the images they run from. */
final class ComputeCosts {

    static final String CATEGORY = "Compute";
    /** The Fargate tasks' public IPv4 addresses: one per task, billed since February 2024. */
    static final String TASK_ADDRESSES = "Public IPv4 (tasks)";

    private ComputeCosts() {
    }

    static void add(Plan plan, Lines lines, Hours hours, int imageMb) {
        for (var service : plan.ofType(AwsTypes.ECS_SERVICE)) {
            var task = plan.resolve(AwsTypes.ECS_TASK_DEFINITION, service.input("taskDefinition").orElse(null));
            if (task.isEmpty()) {
                lines.unknown(CATEGORY, "Fargate", List.of(service), "its task definition is not in the plan");
                continue;
            }
            var tasks = ServiceTasks.fewest(plan, service);
            var vcpu = Double.parseDouble(task.get().inputText("cpu")) / 1024;
            var gb = Double.parseDouble(task.get().inputText("memory")) / 1024;
            var architecture = String.valueOf(task.get().input("runtimePlatform.cpuArchitecture").orElse("X86_64"));
            var arch = "ARM64".equals(architecture) ? "arm" : "x86";
            var spot = spotShare(service);
            var taskHours = tasks * hours.service();
            var schedule = hours.sleeps() ? String.format("%.0f h a month (off-hours)", hours.service()) : "around the clock";
            var what = tasks + " task(s) of " + format(vcpu) + " vCPU / " + format(gb) + " GB " + architecture + ", " + schedule;
            var parts = List.of(service, task.get());
            if (spot < 1) {
                lines.add(CATEGORY, "Fargate vCPU", parts, taskHours * vcpu * (1 - spot), "fargate.vcpuHour." + arch, what);
                lines.add(CATEGORY, "Fargate memory", parts, taskHours * gb * (1 - spot), "fargate.gbHour." + arch, what);
            }
            if (spot > 0) {
                lines.add(CATEGORY, "Fargate Spot vCPU", parts, taskHours * vcpu * spot, "fargate.spot.vcpuHour." + arch, what);
                lines.add(CATEGORY, "Fargate Spot memory", parts, taskHours * gb * spot, "fargate.spot.gbHour." + arch, what);
            }
            if (Boolean.TRUE.equals(service.input("networkConfiguration.assignPublicIp").orElse(false))) {
                lines.add(CATEGORY, TASK_ADDRESSES, List.of(service), taskHours, "ipv4.hour",
                        "one address per running task, instead of a NAT gateway");
            }
        }
        lines.account(plan.ofType(AwsTypes.ECS_TASK_DEFINITION));
        for (var repository : plan.ofType(AwsTypes.ECR_REPOSITORY)) {
            var kept = imagesKept(plan, repository);
            lines.add(CATEGORY, "ECR storage", List.of(repository), kept * imageMb / 1024.0, "ecr.gbMonth",
                    kept + " images of " + imageMb + " MB (the lifecycle policy's limit)");
        }
    }

    /** The share of tasks on Fargate Spot, from the capacity provider weights. */
    static double spotShare(PlannedResource service) {
        double spot = 0;
        double total = 0;
        for (var strategy : service.inputList("capacityProviderStrategies")) {
            var map = (Map<?, ?>) strategy;
            var weight = map.get("weight") instanceof Number n ? n.doubleValue() : 1.0;
            total += weight;
            if ("FARGATE_SPOT".equals(map.get("capacityProvider"))) {
                spot += weight;
            }
        }
        return total == 0 ? 0 : spot / total;
    }

    private static int imagesKept(Plan plan, PlannedResource repository) {
        return plan.ofType(AwsTypes.ECR_LIFECYCLE_POLICY).stream()
                .filter(p -> repository.identities().contains(String.valueOf(p.input("repository").orElse(""))))
                .flatMap(p -> ((List<?>) Json.parseObject(p.inputText("policy")).get("rules")).stream())
                .map(rule -> (Map<?, ?>) ((Map<?, ?>) rule).get("selection"))
                // The rule over every image bounds the repository; rules that keep tagged images select within it (ADR 0025).
                .filter(selection -> "imageCountMoreThan".equals(selection.get("countType")) && "any".equals(selection.get("tagStatus")))
                .map(selection -> ((Number) selection.get("countNumber")).intValue())
                .findFirst().orElse(1000);
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
