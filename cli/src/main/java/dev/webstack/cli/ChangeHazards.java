package dev.webstack.cli;

import dev.webstack.cli.PlanDiff.Change;
import dev.webstack.cli.PlanDiff.Kind;
import dev.webstack.plan.PlannedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a change costs beyond the diff: data a replacement or deletion destroys, and changes AWS
 * would refuse under Pulumi's default order for a replacement, create the new one then delete the
 * old (https://www.pulumi.com/docs/iac/concepts/options/deletebeforereplace/). The mocks accept all
 * of these; a real update fails part-way. Names only inputs, never their values.
 */
final class ChangeHazards {

    /** REFUSAL: AWS refuses a call, the update stops part-way. OVERWRITE: AWS accepts it and a later delete undoes it. */
    enum Severity { REFUSAL, OVERWRITE, DATA_LOSS }

    /**
     * @param protection what keeps the data (empty for a refusal or an overwrite, "nothing" when nothing does)
     * @param blocking   whether CI should stop: every refusal and overwrite, and data loss nothing protects
     */
    record Hazard(Severity severity, String type, String name, String problem, String protection, boolean blocking) {
    }

    private final ReplacementTable table;

    ChangeHazards(ReplacementTable table) {
        this.table = table;
    }

    /**
     * @param changes the update
     * @param base    every resource of the base plan (a subnet left as it is still holds its range)
     */
    List<Hazard> of(List<Change> changes, List<PlannedResource> base) {
        var hazards = new ArrayList<Hazard>();
        for (var change : changes) {
            fixedNameReplacement(change).ifPresent(hazards::add);
            majorUpgradeNotAllowed(change).ifPresent(hazards::add);
            dataLoss(change).ifPresent(hazards::add);
        }
        hazards.addAll(sameNameCreatedBeforeDeleted(changes));
        hazards.addAll(PortAndRangeConflicts.listenerPorts(changes));
        hazards.addAll(PortAndRangeConflicts.subnetRanges(changes, base));
        return hazards;
    }

    private static final String SUBNET = PortAndRangeConflicts.SUBNET;

    /**
     * (a) A replacement keeps every physical-name input: the new one is created while the old one still holds the
     * name. AWS refuses the duplicate, or overwrites the old one and the old one's delete then removes what the new
     * one just wrote. Not when the old one goes first: the program's deleteBeforeReplace, or the provider's
     * (pulumi-aws sets it on some types; "deleteBeforeReplace" in the table).
     */
    private Optional<Hazard> fixedNameReplacement(Change change) {
        // A subnet's "name" is its range in the VPC: rule (c) says it better, and knows when the VPC is replaced too.
        if (change.kind() != Kind.REPLACE || change.after().options().deleteBeforeReplace() || change.type().equals(SUBNET)) {
            return Optional.empty();
        }
        var entry = table.entry(change.type());
        if (entry.map(ReplacementTable.Entry::providerDeletesFirst).orElse(false)) {
            return Optional.empty();
        }
        return entry.flatMap(ReplacementTable.Entry::physicalName)
                .filter(name -> sameName(name, change.before(), change.after()))
                .map(name -> {
                    var replaced = "replaced (" + String.join(", ", change.forcing()) + ") with the same " + String.join(" and ", name.inputs())
                            + ", unique in " + name.uniqueIn() + ": the new one is created before the old one is deleted and AWS " + name.duplicate();
                    return name.refusesDuplicate() ? refusal(change.after(), replaced + ". Set deleteBeforeReplace or let the name change")
                            : overwrite(change.after(), replaced + "; the old one's delete then removes what the new one just wrote."
                                    + " Set deleteBeforeReplace or let the name change");
                });
    }

    /**
     * A created resource takes a physical name a resource deleted in the same update still holds: the delete comes last.
     * AWS refuses the create, or overwrites the old one and the delete then removes what the create wrote.
     */
    private List<Hazard> sameNameCreatedBeforeDeleted(List<Change> changes) {
        var hazards = new ArrayList<Hazard>();
        // Subnets: rule (c), by overlapping range.
        for (var created : changes.stream().filter(c -> c.kind() == Kind.CREATE && !c.type().equals(SUBNET)).toList()) {
            var name = table.entry(created.type()).flatMap(ReplacementTable.Entry::physicalName);
            name.ifPresent(n -> changes.stream().filter(c -> c.kind() == Kind.DELETE && c.type().equals(created.type())
                            && sameName(n, c.before(), created.after())).findFirst()
                    .ifPresent(deleted -> hazards.add(n.refusesDuplicate()
                            ? refusal(created.after(), "takes the " + String.join(" and ", n.inputs()) + " of `" + deleted.name()
                                    + "`, which is deleted only after it is created: AWS " + n.duplicate()
                                    + ". Keep the logical name with an alias instead")
                            : overwrite(created.after(), "takes the " + String.join(" and ", n.inputs()) + " of `" + deleted.name()
                                    + "`, which is deleted only after it is created: AWS " + n.duplicate() + ", and the delete of `"
                                    + deleted.name() + "` then removes what this one just wrote. Keep the logical name with an alias instead"))));
        }
        return hazards;
    }

    private static boolean sameName(ReplacementTable.PhysicalName name, PlannedResource before, PlannedResource after) {
        return name.inputs().stream().allMatch(input -> before.input(input).isPresent()
                && Objects.equals(before.input(input), after.input(input)));
    }

    /**
     * (d) An RDS engine major version change without allowMajorVersionUpgrade. RDS API reference, ModifyDBInstance,
     * AllowMajorVersionUpgrade: it must be true when EngineVersion is a different major version than the instance's
     * (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBInstance.html).
     */
    private static Optional<Hazard> majorUpgradeNotAllowed(Change change) {
        if (change.kind() != Kind.UPDATE || !change.type().equals("aws:rds/instance:Instance") || !change.keys().contains("engineVersion")
                || Boolean.TRUE.equals(change.after().input("allowMajorVersionUpgrade").orElse(false))) {
            return Optional.empty();
        }
        var before = major(change.before());
        var after = major(change.after());
        if (before.equals(after)) {
            return Optional.empty();
        }
        return Optional.of(refusal(change.after(), "engineVersion moves to another major version without allowMajorVersionUpgrade:"
                + " RDS refuses the modification (InvalidParameterCombination). Set allowMajorVersionUpgrade"));
    }

    /** PostgreSQL's major version: the part before the first dot (16 of 16.4). */
    private static String major(PlannedResource db) {
        return db.input("engineVersion").map(String::valueOf).orElse("").split("\\.")[0];
    }

    private Optional<Hazard> dataLoss(Change change) {
        if (change.kind() != Kind.REPLACE && change.kind() != Kind.DELETE) {
            return Optional.empty();
        }
        return table.entry(change.type()).flatMap(ReplacementTable.Entry::stateful).map(what -> {
            var protections = DataProtection.of(change.before());
            var problem = (change.kind() == Kind.REPLACE ? "replaced (" + String.join(", ", change.forcing()) + ")" : "deleted") + ": " + what;
            return new Hazard(Severity.DATA_LOSS, change.type(), change.name(), problem,
                    protections.isEmpty() ? "nothing" : String.join("; ", protections), protections.isEmpty());
        });
    }

    private static Hazard refusal(PlannedResource resource, String problem) {
        return new Hazard(Severity.REFUSAL, resource.type(), resource.name(), problem, "", true);
    }

    /** Blocking: the update succeeds and leaves AWS without what the state says is there. */
    private static Hazard overwrite(PlannedResource resource, String problem) {
        return new Hazard(Severity.OVERWRITE, resource.type(), resource.name(), problem, "", true);
    }
}
