package dev.webstack.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import pulumirpc.AliasOuterClass.Alias;
import pulumirpc.Resource.RegisterResourceRequest;

/**
 * The URNs a registration's aliases stand for. The SDK sends an alias either as a URN or, when the
 * monitor supports alias specs (the mock monitor does), as the parts that changed: name, type,
 * parent, stack, project. A diff compares URNs, so specs are turned into the URN the resource had:
 * {@code urn:pulumi:<stack>::<project>::<parent's qualified type>$<type>::<name>}
 * (https://www.pulumi.com/docs/iac/concepts/resources/names/#urns).
 */
final class AliasUrns {

    private static final String STACK_TYPE = "pulumi:pulumi:Stack";

    private AliasUrns() {
    }

    static List<String> of(RegisterResourceRequest request, String urn) {
        var urns = new LinkedHashSet<>(request.getAliasURNsList());
        for (Alias alias : request.getAliasesList()) {
            urns.add(alias.hasSpec() ? fromSpec(alias.getSpec(), request, urn) : alias.getUrn());
        }
        urns.remove(urn);
        return new ArrayList<>(urns);
    }

    private static String fromSpec(Alias.Spec spec, RegisterResourceRequest request, String urn) {
        var parts = urn.split("::", 4);
        var stack = spec.getStack().isEmpty() ? parts[0].substring("urn:pulumi:".length()) : spec.getStack();
        var project = spec.getProject().isEmpty() ? parts[1] : spec.getProject();
        var type = spec.getType().isEmpty() ? request.getType() : spec.getType();
        var name = spec.getName().isEmpty() ? request.getName() : spec.getName();
        String parent = spec.getNoParent() ? "" : spec.getParentUrn().isEmpty() ? request.getParent() : spec.getParentUrn();
        return "urn:pulumi:" + stack + "::" + project + "::" + qualified(parent, type) + "::" + name;
    }

    /** A child's URN type is its parent's, then '$', then its own; directly under the stack it is its own. */
    private static String qualified(String parentUrn, String type) {
        if (parentUrn.isEmpty()) {
            return type;
        }
        var parentType = parentUrn.split("::", 4)[2];
        return parentType.equals(STACK_TYPE) ? type : parentType + "$" + type;
    }
}
