package dev.webstack.delivery;

import dev.webstack.kit.Doc;
import dev.webstack.kit.naming.Naming;

/** What a {@link RoleBoundary} is built from. */
public record RoleBoundaryArgs(@Doc("physical names: the boundary is `<app>-<stack>-boundary`") Naming naming) {
}
