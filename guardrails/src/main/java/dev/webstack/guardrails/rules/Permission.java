package dev.webstack.guardrails.rules;


import static dev.webstack.plan.aws.AwsTypes.EC2_SECURITY_GROUP;
import static dev.webstack.plan.aws.AwsTypes.EC2_SECURITY_GROUP_RULE;
import static dev.webstack.plan.aws.AwsTypes.VPC_SECURITY_GROUP_EGRESS_RULE;
import static dev.webstack.plan.aws.AwsTypes.VPC_SECURITY_GROUP_INGRESS_RULE;

import dev.webstack.guardrails.model.Graph;
import dev.webstack.plan.PlannedResource;
import java.util.ArrayList;
import java.util.List;

/**
 * One security group permission, whichever of the provider's three ways declared it: a
 * {@code vpc} ingress/egress rule, an {@code ec2} security group rule, or a block inline in the
 * group.
 */
record Permission(PlannedResource declaredBy, String groupId, boolean ingress, List<String> cidrs, List<String> prefixLists,
                  List<String> groups, int fromPort, int toPort, String protocol, String description) {

    static final List<String> TYPES = List.of(VPC_SECURITY_GROUP_INGRESS_RULE, VPC_SECURITY_GROUP_EGRESS_RULE, EC2_SECURITY_GROUP_RULE, EC2_SECURITY_GROUP);

    boolean fromAnywhere() {
        return cidrs.contains("0.0.0.0/0") || cidrs.contains("::/0");
    }

    boolean allProtocols() {
        return "-1".equals(protocol) || "all".equalsIgnoreCase(protocol);
    }

    String ports() {
        return allProtocols() ? "all traffic" : protocol + "/" + (fromPort == toPort ? String.valueOf(fromPort) : fromPort + "-" + toPort);
    }

    static List<Permission> all(Graph graph) {
        var permissions = new ArrayList<Permission>();
        for (var rule : graph.all(VPC_SECURITY_GROUP_INGRESS_RULE)) {
            permissions.add(fromVpcRule(rule, true));
        }
        for (var rule : graph.all(VPC_SECURITY_GROUP_EGRESS_RULE)) {
            permissions.add(fromVpcRule(rule, false));
        }
        for (var rule : graph.all(EC2_SECURITY_GROUP_RULE)) {
            permissions.add(new Permission(rule, Inputs.text(rule, "securityGroupId"), "ingress".equals(Inputs.text(rule, "type")),
                    concat(Inputs.texts(rule, "cidrBlocks"), Inputs.texts(rule, "ipv6CidrBlocks")), Inputs.texts(rule, "prefixListIds"),
                    rule.input("sourceSecurityGroupId").map(v -> List.of(String.valueOf(v))).orElse(List.of()),
                    (int) Inputs.number(rule, "fromPort"), (int) Inputs.number(rule, "toPort"), Inputs.text(rule, "protocol"),
                    Inputs.text(rule, "description")));
        }
        for (var group : graph.all(EC2_SECURITY_GROUP)) {
            inline(group, "ingress", true, permissions);
            inline(group, "egress", false, permissions);
        }
        return permissions;
    }

    private static Permission fromVpcRule(PlannedResource rule, boolean ingress) {
        var cidrs = new ArrayList<String>();
        rule.input("cidrIpv4").ifPresent(v -> cidrs.add(String.valueOf(v)));
        rule.input("cidrIpv6").ifPresent(v -> cidrs.add(String.valueOf(v)));
        var protocol = Inputs.text(rule, "ipProtocol");
        return new Permission(rule, Inputs.text(rule, "securityGroupId"), ingress, cidrs,
                rule.input("prefixListId").map(v -> List.of(String.valueOf(v))).orElse(List.of()),
                rule.input("referencedSecurityGroupId").map(v -> List.of(String.valueOf(v))).orElse(List.of()),
                (int) Inputs.number(rule, "fromPort"), (int) Inputs.number(rule, "toPort"), protocol, Inputs.text(rule, "description"));
    }

    private static void inline(PlannedResource group, String direction, boolean ingress, List<Permission> into) {
        for (var block : Inputs.maps(group, direction)) {
            into.add(new Permission(group, group.id(), ingress,
                    concat(strings(block.get("cidrBlocks")), strings(block.get("ipv6CidrBlocks"))), strings(block.get("prefixListIds")),
                    strings(block.get("securityGroups")), port(block.get("fromPort")), port(block.get("toPort")),
                    String.valueOf(block.getOrDefault("protocol", "")), String.valueOf(block.getOrDefault("description", ""))));
        }
    }

    private static int port(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
