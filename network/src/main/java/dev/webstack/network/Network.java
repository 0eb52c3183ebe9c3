package dev.webstack.network;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.ec2.DefaultSecurityGroup;
import com.pulumi.aws.ec2.DefaultSecurityGroupArgs;
import com.pulumi.aws.ec2.FlowLog;
import com.pulumi.aws.ec2.FlowLogArgs;
import com.pulumi.aws.ec2.InternetGateway;
import com.pulumi.aws.ec2.InternetGatewayArgs;
import com.pulumi.aws.ec2.Route;
import com.pulumi.aws.ec2.RouteArgs;
import com.pulumi.aws.ec2.RouteTable;
import com.pulumi.aws.ec2.RouteTableArgs;
import com.pulumi.aws.ec2.RouteTableAssociation;
import com.pulumi.aws.ec2.RouteTableAssociationArgs;
import com.pulumi.aws.ec2.Subnet;
import com.pulumi.aws.ec2.SubnetArgs;
import com.pulumi.aws.ec2.Vpc;
import com.pulumi.aws.ec2.VpcArgs;
import com.pulumi.aws.ec2.VpcEndpoint;
import com.pulumi.aws.ec2.VpcEndpointArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.inputs.GetAvailabilityZonesArgs;
import com.pulumi.aws.inputs.GetAvailabilityZonesFilterArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.kit.Children;
import dev.webstack.kit.StackFacts;
import dev.webstack.kit.iam.PolicyDocument;
import dev.webstack.kit.iam.PolicyDocument.Statement;
import dev.webstack.kit.naming.NameLimit;
import dev.webstack.settings.net.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * A VPC without NAT. Public subnets route to the internet gateway and hold the load
 * balancer and the application tasks (which reach external APIs through their own public
 * IP); isolated subnets have no route out of the VPC at all and hold the database. S3 is
 * reached through a free gateway endpoint from both tiers. The three security groups let
 * traffic flow one way only: CloudFront to the load balancer, the load balancer to the
 * tasks, the tasks to the database.
 */
public final class Network extends ComponentResource {

    public static final String TYPE = "webstack:network:Network";

    /** Flow records are aggregated over ten minutes: the cheaper of the two intervals AWS offers. */
    static final int FLOW_LOG_AGGREGATION_SECONDS = 600;

    /** The zones the subnets are in, in subnet order. */
    private final Output<List<String>> availabilityZones;
    private final NetworkContract contract;
    private final SecurityGroupsContract groups;

    public Network(String name, NetworkArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, options);
        var naming = args.naming();
        var layout = SubnetLayout.plan(args.settings().cidr(), args.settings().azCount());

        this.availabilityZones = zones(args.settings().azCount(), args.settings().availabilityZones());

        var vpc = new Vpc(name + "-vpc", VpcArgs.builder()
                .cidrBlock(args.settings().cidr().toString())
                .enableDnsSupport(true)
                .enableDnsHostnames(true)
                .tags(naming.nameTag("vpc"))
                .build(), Children.of(this));

        var internetGateway = new InternetGateway(name + "-igw", InternetGatewayArgs.builder()
                .vpcId(vpc.id())
                .tags(naming.nameTag("igw"))
                .build(), Children.of(this));

        var publicRoutes = new RouteTable(name + "-public-rt", RouteTableArgs.builder()
                .vpcId(vpc.id())
                .tags(naming.nameTag("public"))
                .build(), Children.of(this));
        // The only default route in the VPC. There is no NAT gateway to route the isolated tier to.
        new Route(name + "-public-default-route", RouteArgs.builder()
                .routeTableId(publicRoutes.id())
                .destinationCidrBlock("0.0.0.0/0")
                .gatewayId(internetGateway.id())
                .build(), Children.of(this));
        var isolatedRoutes = new RouteTable(name + "-isolated-rt", RouteTableArgs.builder()
                .vpcId(vpc.id())
                .tags(naming.nameTag("isolated"))
                .build(), Children.of(this));

        var publicSubnetIds = subnets(name, new Tier("public", layout.publicSubnets(), publicRoutes), vpc, args);
        var isolatedSubnetIds = subnets(name, new Tier("isolated", layout.isolatedSubnets(), isolatedRoutes), vpc, args);

        var region = StackFacts.region(this);
        new VpcEndpoint(name + "-s3-endpoint", VpcEndpointArgs.builder()
                .vpcId(vpc.id())
                .serviceName(region.applyValue(r -> "com.amazonaws." + r + ".s3"))
                .vpcEndpointType("Gateway")
                .routeTableIds(Output.all(publicRoutes.id(), isolatedRoutes.id()))
                .tags(naming.nameTag("s3"))
                .build(), Children.of(this));

        // Managing the default group with no rules strips the allow-all rules AWS creates it with.
        new DefaultSecurityGroup(name + "-default-sg", DefaultSecurityGroupArgs.builder()
                .vpcId(vpc.id())
                .tags(naming.nameTag("default-unused"))
                .build(), Children.of(this));

        flowLogs(name, args, vpc, region);

        this.contract = new NetworkContract(vpc.id(), vpc.cidrBlock(), publicSubnetIds, isolatedSubnetIds);
        this.groups = new SecurityGroups(this, name, naming, vpc.id(), Optional.empty(), args.appPort(), args.databasePort()).create();

        registerOutputs(Map.of(
                "vpcId", contract.vpcId(),
                "publicSubnetIds", contract.publicSubnetIds(),
                "isolatedSubnetIds", contract.isolatedSubnetIds(),
                "albSgId", groups.albSgId(),
                "appSgId", groups.appSgId(),
                "dbSgId", groups.dbSgId()));
    }

    /**
     * The subnets' zones: the pinned ones (network.availabilityZones), checked against the
     * region's list, or the first {@code count} the region lists. The list is asked without a
     * state filter: during an AZ event a zone reports {@code impaired}, {@code unavailable} or
     * {@code constrained} ("AvailabilityZone", Amazon EC2 API Reference) and a "state =
     * available" list would shift, moving every later subnet to another zone (a subnet's zone
     * forces a new subnet). Only Availability Zones: {@code opt-in-not-required} excludes Local
     * and Wavelength Zones, which are {@code opted-in} or {@code not-opted-in} (same page). ADR 0017.
     */
    private Output<List<String>> zones(int count, List<String> pinned) {
        return AwsFunctions.getAvailabilityZones(GetAvailabilityZonesArgs.builder()
                        .filters(GetAvailabilityZonesFilterArgs.builder().name("opt-in-status").values(OPT_IN_NOT_REQUIRED).build())
                        .excludeZoneIds(List.copyOf(NO_VPC_ORIGINS))
                        .build(),
                Children.invoke(this)).applyValue(zones -> choose(zones.names(), count, pinned));
    }

    static final String OPT_IN_NOT_REQUIRED = "opt-in-not-required";

    /**
     * Zones, by id, left out because the load balancer CloudFront's VPC origin reaches sits in these
     * subnets (ADR 0014). Tokyo's apne1-az3 (ap-northeast-1b, listed only by older accounts, and
     * constrained): public designs that cite AWS's "Supported AWS Regions for VPC origins" record it
     * as the one Tokyo zone VPC origins do not support, and VPC Lattice, which also puts service
     * interfaces into customer subnets, lists it among its unsupported zones. Not read on AWS's page
     * here (ADR 0014 says so); leaving out a constrained zone costs nothing. Other regions' exceptions
     * are on that AWS page: add them before deploying there.
     */
    static final Set<String> NO_VPC_ORIGINS = Set.of("apne1-az3");

    static List<String> choose(List<String> listed, int count, List<String> pinned) {
        if (!pinned.isEmpty()) {
            var unknown = pinned.stream().filter(zone -> !listed.contains(zone)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("webstack:network.availabilityZones has " + String.join(", ", unknown)
                        + ", not a zone this stack can use in this account (it has " + String.join(", ", listed)
                        + ", leaving out zones CloudFront VPC origins do not support, " + String.join(", ", NO_VPC_ORIGINS.stream().sorted().toList())
                        + "); name zones from that list");
            }
            return List.copyOf(pinned);
        }
        if (listed.size() < count) {
            throw new IllegalStateException("webstack:network.azCount is " + count + " but the region lists only "
                    + listed.size() + " zones; lower webstack:network.azCount");
        }
        return List.copyOf(listed.subList(0, count));
    }

    /** A tier of subnets: its name, one range per zone, and the route table they all use. */
    private record Tier(String name, List<Cidr> cidrs, RouteTable routes) {
    }

    /**
     * One subnet per zone, each associated explicitly with its tier's route table. Logical
     * names carry the zone's position, never its name: renaming a subnet replaces it and
     * everything inside it.
     */
    private Output<List<String>> subnets(String name, Tier tier, Vpc vpc, NetworkArgs args) {
        var cidrs = tier.cidrs();
        var ids = new ArrayList<Output<String>>();
        for (int i = 0; i < cidrs.size(); i++) {
            var position = i;
            var label = tier.name() + "-" + (i + 1);
            var subnet = new Subnet(name + "-" + label, SubnetArgs.builder()
                    .vpcId(vpc.id())
                    .cidrBlock(cidrs.get(i).toString())
                    .availabilityZone(availabilityZones.applyValue(zones -> zones.get(position)))
                    // Nothing gets a public IP by accident: tasks ask for one explicitly.
                    .mapPublicIpOnLaunch(false)
                    .tags(args.naming().nameTag(label))
                    .build(), Children.of(this));
            new RouteTableAssociation(name + "-" + label + "-rta", RouteTableAssociationArgs.builder()
                    .subnetId(subnet.id())
                    .routeTableId(tier.routes().id())
                    .build(), Children.of(this));
            ids.add(subnet.id());
        }
        return Output.all(ids);
    }

    private void flowLogs(String name, NetworkArgs args, Vpc vpc, Output<String> region) {
        var naming = args.naming();
        var group = new LogGroup(name + "-flow-logs", LogGroupArgs.builder()
                .name(naming.logGroup("vpc-flow-logs"))
                .retentionInDays(args.settings().flowLogRetentionDays())
                .build(), Children.of(this));
        var account = StackFacts.account(this);
        // Only this account's flow logs may use the role (confused-deputy protection).
        var trust = Output.tuple(account, region).applyValue(t -> PolicyDocument.of(
                Statement.allow("sts:AssumeRole")
                        .principalService("vpc-flow-logs.amazonaws.com")
                        .when("StringEquals", "aws:SourceAccount", t.t1)
                        .when("ArnLike", "aws:SourceArn", "arn:aws:ec2:" + t.t2 + ":" + t.t1 + ":vpc-flow-log/*")
                        .build()).toJson());
        var role = new Role(name + "-flow-logs-role", RoleArgs.builder()
                .name(naming.physical("vpc-flow-logs", NameLimit.IAM_ROLE))
                .description("Delivers this VPC's flow logs to its own log group")
                .assumeRolePolicy(trust)
                .build(), Children.of(this));
        var permissions = Output.tuple(group.arn(), account, region).applyValue(t -> PolicyDocument.of(
                Statement.allow("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams")
                        .on(t.t1, t.t1 + ":*")
                        .build(),
                // logs:DescribeLogGroups takes only "*" (Service Authorization Reference, Amazon CloudWatch Logs): on an
                // ARN it never applies. It lists names and settings, no events.
                Statement.allow("logs:DescribeLogGroups")
                        .on("*")
                        .build()).toJson());
        var policy = new RolePolicy(name + "-flow-logs-policy", RolePolicyArgs.builder()
                .name("deliver-to-own-log-group")
                .role(role.id())
                .policy(permissions)
                .build(), Children.of(this));
        new FlowLog(name + "-flow-log", FlowLogArgs.builder()
                .vpcId(vpc.id())
                .trafficType(args.settings().flowLogTraffic().name())
                .logDestinationType("cloud-watch-logs")
                .logDestination(group.arn())
                .iamRoleArn(role.arn())
                .maxAggregationInterval(FLOW_LOG_AGGREGATION_SECONDS)
                .tags(naming.nameTag("vpc-flow-log"))
                // CreateFlowLogs checks the role can deliver; its inline policy may not be there
                // yet, or not yet visible to EC2 (IAM is eventually consistent: "Changes that I
                // make are not always immediately visible", IAM User Guide). ADR 0017.
                .build(), Children.of(this, o -> o.dependsOn(policy)));
    }

    public NetworkContract contract() {
        return contract;
    }

    /** This stack's security groups, in this VPC. */
    public SecurityGroupsContract groups() {
        return groups;
    }
}
