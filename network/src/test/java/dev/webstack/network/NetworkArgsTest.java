package dev.webstack.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.webstack.kit.naming.Naming;
import dev.webstack.settings.net.Cidr;
import dev.webstack.settings.NetworkSettings.FlowLogTraffic;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkArgsTest {

    @Test
    void namesEveryMissingFieldAtOnce() {
        var error = assertThrows(IllegalArgumentException.class, () -> NetworkArgs.builder().azCount(2).build());
        assertEquals(List.of(
                "NetworkArgs.naming is required",
                "NetworkArgs.cidr is required",
                "NetworkArgs.flowLogRetentionDays is required",
                "NetworkArgs.flowLogTraffic is required",
                "NetworkArgs.appPort is required",
                "NetworkArgs.entryPort is required",
                "NetworkArgs.originLock is required",
                "NetworkArgs.databasePort is required"), error.getMessage().lines().toList());
    }

    @Test
    void namesEachBadValueAndItsFix() {
        var error = assertThrows(IllegalArgumentException.class, () -> NetworkArgs.builder()
                .naming(Naming.withPrefix("t"))
                .cidr(Cidr.of("8.8.0.0/24"))
                .azCount(1)
                .flowLogRetentionDays(10)
                .flowLogTraffic(FlowLogTraffic.ALL)
                .appPort(0)
                .entryPort(8080)
                .originLock(true)
                .databasePort(5432)
                .build());
        assertEquals(List.of(
                "NetworkArgs.cidr: 8.8.0.0/24 is not between /16 and /22; use a /16 to /22 network",
                "NetworkArgs.cidr: 8.8.0.0/24 is not private address space; use RFC 1918 space, e.g. 10.0.0.0/16",
                "NetworkArgs.azCount: 1 is outside 2..4; use 2 (the load balancer and the database need two zones) to 4",
                "NetworkArgs.flowLogRetentionDays: 10 is not a retention CloudWatch Logs accepts; use one of "
                        + "[1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]",
                "NetworkArgs.appPort: 0 is not a TCP port; use 1 to 65535",
                "NetworkArgs.entryPort: 8080 is not a load balancer listener port; use 80 (HTTP origin) or 443 (HTTPS origin with a custom domain)"),
                error.getMessage().lines().toList());
    }
}
