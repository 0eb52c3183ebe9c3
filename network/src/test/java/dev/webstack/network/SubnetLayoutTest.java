package dev.webstack.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webstack.settings.net.Cidr;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubnetLayoutTest {

    @ParameterizedTest(name = "{0} over {1} zones")
    @CsvSource(delimiter = '|', value = {
            "10.0.0.0/16    | 2 | 10.0.0.0/20 10.0.16.0/20                                  | 10.0.128.0/20 10.0.144.0/20",
            "10.2.0.0/16    | 3 | 10.2.0.0/20 10.2.16.0/20 10.2.32.0/20                     | 10.2.128.0/20 10.2.144.0/20 10.2.160.0/20",
            "192.168.4.0/22 | 4 | 192.168.4.0/26 192.168.4.64/26 192.168.4.128/26 192.168.4.192/26 | 192.168.6.0/26 192.168.6.64/26 192.168.6.128/26 192.168.6.192/26",
    })
    void placesOneSubnetPerZoneInEachTier(String vpc, int zones, String publicSubnets, String isolatedSubnets) {
        var layout = SubnetLayout.plan(Cidr.of(vpc), zones);
        assertEquals(List.of(publicSubnets.trim().split("\\s+")), layout.publicSubnets().stream().map(Cidr::toString).toList());
        assertEquals(List.of(isolatedSubnets.trim().split("\\s+")), layout.isolatedSubnets().stream().map(Cidr::toString).toList());
    }

    @Test
    void subnetsNeverOverlapAndStayInsideTheVpc() {
        var vpc = Cidr.of("10.0.0.0/16");
        var layout = SubnetLayout.plan(vpc, SubnetLayout.MAX_ZONES);
        var all = new ArrayList<Cidr>(layout.publicSubnets());
        all.addAll(layout.isolatedSubnets());
        for (int i = 0; i < all.size(); i++) {
            assertTrue(vpc.contains(all.get(i)));
            for (int j = i + 1; j < all.size(); j++) {
                assertFalse(all.get(i).overlaps(all.get(j)), all.get(i) + " overlaps " + all.get(j));
            }
        }
    }

    @Test
    void refusesMoreZonesThanTheTiersHold() {
        assertThrows(IllegalArgumentException.class, () -> SubnetLayout.plan(Cidr.of("10.0.0.0/16"), 5));
        assertThrows(IllegalArgumentException.class, () -> SubnetLayout.plan(Cidr.of("10.0.0.0/26"), 2));
    }
}
