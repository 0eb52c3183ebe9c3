package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.AwsFacts;
import dev.webstack.offline.catalog.MockCatalog;
import dev.webstack.offline.catalog.MockResource;
import dev.webstack.plan.aws.AwsTypes;
import java.util.List;
import java.util.Map;

/** VPC networking: what EC2 returns for the network webstack builds. */
public final class Ec2Mocks {

    /** The managed prefix list every CloudFront origin-facing edge address is in. */
    public static final String CLOUDFRONT_ORIGIN_FACING = "com.amazonaws.global.cloudfront.origin-facing";

    /** AWS counts a reference to this list as this many security-group rules. */
    public static final int CLOUDFRONT_ORIGIN_FACING_WEIGHT = 55;

    private Ec2Mocks() {
    }

    public static void register(MockCatalog catalog) {
        catalog.resource(AwsTypes.EC2_VPC, r -> {
            r.ec2Id("vpc");
            var id = r.id();
            r.set("arn", r.facts().arn("ec2", "vpc/" + id))
                    .set("ownerId", r.facts().account())
                    .set("defaultSecurityGroupId", defaultSecurityGroupId(id))
                    .set("mainRouteTableId", "rtb-" + MockResource.hexOf(17, id + "|main-route-table"))
                    .set("defaultRouteTableId", "rtb-" + MockResource.hexOf(17, id + "|main-route-table"))
                    .set("defaultNetworkAclId", "acl-" + MockResource.hexOf(17, id + "|default-acl"))
                    .setIfAbsent("enableDnsSupport", true)
                    .setIfAbsent("enableDnsHostnames", false)
                    .setIfAbsent("instanceTenancy", "default");
        });
        catalog.resource(AwsTypes.EC2_INTERNET_GATEWAY, r -> ec2(r, "igw", "internet-gateway"));
        catalog.resource(AwsTypes.EC2_SUBNET, r -> {
            ec2(r, "subnet", "subnet");
            var zone = r.inputText("availabilityZone");
            var zones = r.facts().availabilityZones();
            if (!zones.contains(zone)) {
                throw new IllegalArgumentException("subnet " + r.name() + ": " + zone + " is not a zone of " + r.facts().region());
            }
            r.set("availabilityZoneId", r.facts().availabilityZoneIds().get(zones.indexOf(zone)))
                    .setIfAbsent("mapPublicIpOnLaunch", false)
                    .setIfAbsent("assignIpv6AddressOnCreation", false);
        });
        catalog.resource(AwsTypes.EC2_ROUTE_TABLE, r -> {
            ec2(r, "rtb", "route-table");
            r.setIfAbsent("routes", List.of()).setIfAbsent("propagatingVgws", List.of());
        });
        catalog.resource(AwsTypes.EC2_ROUTE, r -> r
                .id("r-" + r.inputText("routeTableId") + Long.parseLong(r.hex(8, "route"), 16))
                .set("origin", "CreateRoute")
                .set("state", "active"));
        catalog.resource(AwsTypes.EC2_ROUTE_TABLE_ASSOCIATION, r -> r.ec2Id("rtbassoc"));
        catalog.resource(AwsTypes.EC2_VPC_ENDPOINT, r -> {
            ec2(r, "vpce", "vpc-endpoint");
            r.set("state", "available").set("requesterManaged", false).setIfAbsent("vpcEndpointType", "Gateway");
            if ("Gateway".equals(r.state("vpcEndpointType").orElse(""))) {
                r.set("prefixListId", prefixListId(r.facts(), r.inputText("serviceName")));
            }
        });
        catalog.resource(AwsTypes.EC2_DEFAULT_SECURITY_GROUP, r -> {
            r.id(defaultSecurityGroupId(r.inputText("vpcId")));
            r.set("arn", r.facts().arn("ec2", "security-group/" + r.id()))
                    .set("ownerId", r.facts().account())
                    .set("name", "default")
                    .setIfAbsent("ingress", List.of())
                    .setIfAbsent("egress", List.of());
        });
        catalog.resource(AwsTypes.EC2_SECURITY_GROUP, r -> {
            ec2(r, "sg", "security-group");
            r.autoName("name");
            // The provider removes the allow-all egress rule AWS adds; rules come from rule resources.
            r.setIfAbsent("ingress", List.of()).setIfAbsent("egress", List.of()).setIfAbsent("revokeRulesOnDelete", false);
        });
        catalog.resource(AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE, Ec2Mocks::securityGroupRule);
        catalog.resource(AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE, Ec2Mocks::securityGroupRule);
        catalog.resource(AwsTypes.EC2_FLOW_LOG, r -> {
            ec2(r, "fl", "vpc-flow-log");
            r.setIfAbsent("maxAggregationInterval", 600L)
                    .setIfAbsent("logFormat", "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} "
                            + "${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}");
        });

        catalog.invoke("aws:ec2/getManagedPrefixList:getManagedPrefixList", Ec2Mocks::managedPrefixList);
        catalog.invoke("aws:ec2/getSecurityGroup:getSecurityGroup", Ec2Mocks::securityGroupByName);
    }

    private static void ec2(MockResource r, String idPrefix, String arnType) {
        r.ec2Id(idPrefix);
        r.set("arn", r.facts().arn("ec2", arnType + "/" + r.id())).set("ownerId", r.facts().account());
    }

    private static void securityGroupRule(MockResource r) {
        ec2(r, "sgr", "security-group-rule");
        r.set("securityGroupRuleId", r.id());
    }

    private static String defaultSecurityGroupId(String vpcId) {
        return "sg-" + MockResource.hexOf(17, vpcId + "|default-security-group");
    }

    private static String prefixListId(AwsFacts facts, String name) {
        return "pl-" + MockResource.hexOf(8, facts.region() + "|" + name);
    }

    /**
     * The group CloudFront creates in a VPC when the first VPC origin there is created (its service-linked role
     * may create security groups tagged aws.cloudfront.vpcorigin=enabled: AWS managed policy
     * AWSCloudFrontVPCOriginServiceRolePolicy), named CloudFront-VPCOrigins-Service-SG, one per VPC
     * (hashicorp/terraform-provider-aws#40683). Only that group is looked up by name here.
     */
    private static Map<String, Object> securityGroupByName(Map<String, Object> args, AwsFacts facts) {
        var name = String.valueOf(args.get("name"));
        var vpcId = args.get("vpcId");
        if (!CLOUDFRONT_VPC_ORIGINS_GROUP.equals(name) || vpcId == null) {
            throw new IllegalArgumentException("offline, only the group '" + CLOUDFRONT_VPC_ORIGINS_GROUP
                    + "' is looked up, by name and VPC; asked for name=" + name + ", vpcId=" + vpcId);
        }
        var id = "sg-" + MockResource.hexOf(17, vpcId + "|" + name);
        return Map.of(
                "id", id,
                "arn", facts.arn("ec2", "security-group/" + id),
                "name", name,
                "vpcId", vpcId,
                "description", "CloudFront VPC origins service security group",
                "tags", Map.of("aws.cloudfront.vpcorigin", "enabled"));
    }

    /** The name of the group CloudFront's VPC origins connect from, in each VPC that has one. */
    public static final String CLOUDFRONT_VPC_ORIGINS_GROUP = "CloudFront-VPCOrigins-Service-SG";

    private static Map<String, Object> managedPrefixList(Map<String, Object> args, AwsFacts facts) {
        var name = String.valueOf(args.get("name"));
        var s3 = "com.amazonaws." + facts.region() + ".s3";
        List<Map<String, Object>> entries;
        long maxEntries;
        if (name.equals(CLOUDFRONT_ORIGIN_FACING)) {
            // A few of CloudFront's real origin-facing ranges; enough to show the shape.
            entries = List.of(
                    Map.of("cidr", "120.52.22.96/27", "description", ""),
                    Map.of("cidr", "205.251.249.0/24", "description", ""),
                    Map.of("cidr", "15.158.0.0/16", "description", ""));
            maxEntries = CLOUDFRONT_ORIGIN_FACING_WEIGHT;
        } else if (name.equals(s3)) {
            entries = List.of(Map.of("cidr", "52.219.0.0/20", "description", ""));
            maxEntries = 1;
        } else {
            throw new IllegalArgumentException("no AWS-managed prefix list is named '" + name + "' in " + facts.region()
                    + "; known here: " + CLOUDFRONT_ORIGIN_FACING + ", " + s3);
        }
        var id = prefixListId(facts, name);
        return Map.of(
                "id", id,
                "name", name,
                "arn", facts.arn("ec2", "prefix-list/" + id).replace(":" + facts.account() + ":", ":aws:"),
                "addressFamily", "IPv4",
                "maxEntries", maxEntries,
                "ownerId", "AWS",
                "version", 1L,
                "tags", Map.of(),
                "entries", entries);
    }
}
