package dev.webstack.settings;

import dev.webstack.settings.net.Cidr;
import java.util.List;
import java.util.Optional;

/**
 * The VPC: its address range, how many availability zones it spans and what its flow logs
 * keep; or the stack whose network this one adopts.
 */
public record NetworkSettings(Cidr cidr, int azCount, int flowLogRetentionDays, FlowLogTraffic flowLogTraffic,
                              Optional<String> fromStack, List<String> availabilityZones) {

    public NetworkSettings {
        availabilityZones = List.copyOf(availabilityZones);
    }

    /** Which packets VPC flow logs record. */
    public enum FlowLogTraffic {
        REJECT, ALL
    }

    /** The subnet planner cuts the VPC into sixteen blocks; /22 leaves /26 subnets, the smallest an ALB is happy in. */
    public static final int SMALLEST_VPC_PREFIX = 22;

    public static final Setting<Cidr> CIDR = Setting.webstack("network.cidr", ValueType.CIDR)
            .describedAs("IPv4 range of the VPC, /16 to /22 of private (RFC 1918) space. Requirements R3.3: 10.0/16 and 10.2/16.")
            .defaultsTo(Cidr.of("10.0.0.0/16"), Cidr.of("10.2.0.0/16"))
            .check(Check.of(c -> c.prefixLength() >= 16 && c.prefixLength() <= SMALLEST_VPC_PREFIX,
                    "is not between /16 and /22", "use a /16 (recommended) to /22 network"))
            .check(Check.of(Cidr::isPrivate, "is not private address space",
                    "use a range inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16"))
            .build();

    public static final Setting<Integer> AZ_COUNT = Setting.webstack("network.azCount", ValueType.WHOLE_NUMBER)
            .describedAs("Availability zones the subnets span. The load balancer and the database subnet group need two.")
            .defaultsTo(2)
            .check(Check.between(2, 4))
            .build();

    public static final Setting<Integer> FLOW_LOG_RETENTION_DAYS = Setting.webstack("network.flowLogs.retentionDays", ValueType.WHOLE_NUMBER)
            .describedAs("Days CloudWatch keeps VPC flow logs.")
            .defaultsTo(7, 30)
            .check(Check.logRetentionDays())
            .build();

    public static final Setting<FlowLogTraffic> FLOW_LOG_TRAFFIC = Setting.webstack("network.flowLogs.traffic", ValueType.oneOf(FlowLogTraffic.class))
            .describedAs("Packets the flow logs record: `REJECT` (blocked attempts, cheap) or `ALL` (every flow, for forensics).")
            .defaultsTo(FlowLogTraffic.REJECT)
            .build();

    /**
     * Zone names, not zone ids: a subnet's zone is given by name, and names map to physical
     * zones per account in the older regions ("AZ IDs", AWS Regions and Availability Zones).
     */
    public static final Setting<List<String>> AVAILABILITY_ZONES = Setting.webstack("network.availabilityZones", ValueType.TEXT_LIST)
            .describedAs("Zones the subnets are in, by name, one per `network.azCount`. Empty: the first zones the region lists, "
                    + "whatever their state, so an AZ event does not move (replace) the subnets, leaving out zones CloudFront VPC "
                    + "origins do not support (apne1-az3; refused here too, at preview). Set it to keep the zones "
                    + "a running stack has when the region's list changes (docs/runbook.md#availability-zones).")
            .defaultsTo(List.of())
            .check(Check.of(zones -> zones.stream().allMatch(z -> z.matches("[a-z]{2}(-[a-z]+)+-\\d[a-z]")),
                    "has a name that is not an availability zone name", "list names such as ap-northeast-1a, not zone ids (apne1-az4)"))
            .check(Check.distinct("a zone"))
            .build();

    public static final Setting<String> FROM_STACK = StackReferences.fromStack("network",
            "the VPC and its subnets (never the security groups: this stack creates its own in that VPC, ADR 0023)");

    static List<Setting<?>> settings() {
        return List.of(CIDR, AZ_COUNT, FLOW_LOG_RETENTION_DAYS, FLOW_LOG_TRAFFIC, FROM_STACK, AVAILABILITY_ZONES);
    }

    static NetworkSettings read(SettingsReader reader) {
        StackReferences.refuseWhenAdopted(reader, FROM_STACK,
                List.of(CIDR, AZ_COUNT, FLOW_LOG_RETENTION_DAYS, FLOW_LOG_TRAFFIC, AVAILABILITY_ZONES));
        var settings = new NetworkSettings(reader.get(CIDR), reader.get(AZ_COUNT), reader.get(FLOW_LOG_RETENTION_DAYS),
                reader.get(FLOW_LOG_TRAFFIC), reader.find(FROM_STACK), reader.get(AVAILABILITY_ZONES));
        var pinned = settings.availabilityZones();
        if (reader.usable(AZ_COUNT, AVAILABILITY_ZONES) && !pinned.isEmpty() && pinned.size() != settings.azCount()) {
            reader.complain(AVAILABILITY_ZONES, pinned, "lists " + pinned.size() + " zones but network.azCount is " + settings.azCount(),
                    "list exactly network.azCount zones, in subnet order (the first is subnet 1's)");
        }
        return settings;
    }
}
