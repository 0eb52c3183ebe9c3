package dev.webstack.cli;

import dev.webstack.cli.ChangeHazards.Hazard;
import dev.webstack.cli.ChangeHazards.Severity;
import dev.webstack.cli.PlanDiff.Change;
import dev.webstack.cli.PlanDiff.Kind;
import dev.webstack.plan.PlannedResource;
import dev.webstack.settings.net.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Listener ports and subnet ranges AWS keeps unique, taken by a change before another change in the
 * same update frees them. Pulumi runs steps that do not depend on each other in parallel, in no set
 * order; it deletes last; and it creates a replacement before it deletes the old one unless
 * deleteBeforeReplace (https://www.pulumi.com/docs/iac/concepts/options/deletebeforereplace/).
 */
final class PortAndRangeConflicts {

    static final String LISTENER = "aws:lb/listener:Listener";
    static final String SUBNET = "aws:ec2/subnet:Subnet";

    private PortAndRangeConflicts() {
    }

    /**
     * (b) A listener created on a port of its load balancer that another listener still holds when the create runs:
     * one deleted in the same update (the delete comes last), one updated off the port (in no set order with the
     * create), or another listener created on it. ELB API reference, CreateListener, errors: "DuplicateListener: A
     * listener with the specified port already exists"
     * (https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateListener.html).
     */
    static List<Hazard> listenerPorts(List<Change> changes) {
        var hazards = new ArrayList<Hazard>();
        var created = changes.stream().filter(c -> c.kind() == Kind.CREATE && c.type().equals(LISTENER)).toList();
        for (var i = 0; i < created.size(); i++) {
            var listener = created.get(i).after();
            var earlier = created.subList(0, i);
            var port = "port " + listener.input("port").map(String::valueOf).orElse("?") + " of its load balancer";
            var leaving = changes.stream().filter(c -> c.type().equals(LISTENER) && c.before() != null && samePort(c.before(), listener))
                    .filter(c -> c.kind() == Kind.DELETE || c.kind() == Kind.UPDATE && c.keys().contains("port")).findFirst();
            var problem = leaving.map(c -> "a second listener on " + port + " while `" + c.name() + "` still serves it ("
                    + (c.kind() == Kind.DELETE ? "deleted after the create" : "moved off it by an update Pulumi may run after the create")
                    + "): AWS refuses with DuplicateListener. Keep one logical listener per port (an alias moves it)")
                    .or(() -> earlier.stream().filter(c -> samePort(c.after(), listener)).findFirst()
                            .map(c -> "a second new listener on " + port + ", besides `" + c.name()
                                    + "`: AWS refuses one of them with DuplicateListener. One listener per port"));
            problem.ifPresent(p -> hazards.add(refusal(listener, p)));
        }
        return hazards;
    }

    private static boolean samePort(PlannedResource one, PlannedResource other) {
        return one.input("port").isPresent() && Objects.equals(one.input("port"), other.input("port"))
                && Objects.equals(one.input("loadBalancerArn"), other.input("loadBalancerArn"));
    }

    /**
     * (c) A subnet created or replaced with a range that overlaps (not only equals: /24 to /23, two subnets swapping)
     * the range of a subnet of the same VPC still there when it is created: its own old self (unless
     * deleteBeforeReplace), a subnet deleted or replaced in the same update, or one left as it is. EC2 API error codes
     * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html): InvalidSubnet.Conflict, "The
     * specified CIDR block conflicts with that of another subnet in your VPC".
     *
     * @param base every resource of the base plan: subnets the update leaves alone count too
     */
    static List<Hazard> subnetRanges(List<Change> changes, List<PlannedResource> base) {
        var hazards = new ArrayList<Hazard>();
        for (var change : changes) {
            if (!change.type().equals(SUBNET) || change.kind() != Kind.CREATE && change.kind() != Kind.REPLACE || vpcReplaced(change, changes)) {
                continue;
            }
            var subnet = change.after();
            var range = range(subnet);
            if (range.isEmpty()) {
                continue;
            }
            base.stream().filter(b -> b.type().equals(SUBNET) && Objects.equals(b.input("vpcId"), subnet.input("vpcId")))
                    .filter(b -> !(b.urn().equals(change.before() == null ? null : change.before().urn()) && subnet.options().deleteBeforeReplace()))
                    .filter(b -> range(b).map(r -> r.overlaps(range.get())).orElse(false)).findFirst()
                    .ifPresent(b -> hazards.add(refusal(subnet, (change.kind() == Kind.REPLACE ? "replaced (" + String.join(", ", change.forcing())
                            + ")" : "created") + " with range " + range.get() + ", which overlaps " + range(b).get() + " of "
                            + (change.before() != null && b.urn().equals(change.before().urn()) ? "its old self" : "`" + b.name() + "`")
                            + " in the same VPC, still there when the new subnet is created: AWS refuses with InvalidSubnet.Conflict."
                            + " Move to a free range, or pin the zones")));
        }
        return hazards;
    }

    private static Optional<Cidr> range(PlannedResource subnet) {
        return subnet.input("cidrBlock").map(String::valueOf).flatMap(text -> Cidr.parse(text).cidr());
    }

    /** The VPC is replaced too: the new subnet goes into the new VPC (the mocks keep the id; AWS does not). */
    private static boolean vpcReplaced(Change subnet, List<Change> changes) {
        var vpcId = subnet.after().input("vpcId").map(String::valueOf).orElse(null);
        return changes.stream().anyMatch(c -> c.kind() == Kind.REPLACE && c.type().equals("aws:ec2/vpc:Vpc")
                && Objects.equals(c.before().id(), vpcId));
    }

    private static Hazard refusal(PlannedResource resource, String problem) {
        return new Hazard(Severity.REFUSAL, resource.type(), resource.name(), problem, "", true);
    }
}
