package dev.webstack.network;

import dev.webstack.kit.ArgsCheck;
import dev.webstack.kit.Doc;
import dev.webstack.kit.naming.Naming;
import dev.webstack.settings.NetworkSettings;

/**
 * What a {@link Network} is built from: its settings section, validated by the settings
 * loader (webstack:network.*, defaults in docs/configuration.md), and the ports the security
 * groups are cut around. What enters the load balancer's group is the edge's (ADR 0014).
 */
public record NetworkArgs(
        @Doc("physical names and Name tags, `<app>-<stack>-...`") Naming naming,
        @Doc("the VPC's range, zones and flow logs (`webstack:network.*`)") NetworkSettings settings,
        @Doc("the only port the load balancer may reach tasks on (`webstack:service.containerPort`)") int appPort,
        @Doc("the only port tasks may reach the database on (5432)") int databasePort) {

    public NetworkArgs {
        var check = ArgsCheck.of(NetworkArgs.class);
        check.required("naming", naming);
        check.required("settings", settings);
        check.orThrow();
    }
}
