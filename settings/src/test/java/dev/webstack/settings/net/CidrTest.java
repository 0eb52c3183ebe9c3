package dev.webstack.settings.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CidrTest {

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "10.0.0.0         | is not in CIDR notation",
            "10.0.0/16        | is not in CIDR notation",
            "ten.0.0.0/16     | is not in CIDR notation",
            "10.0.0.256/24    | has an octet above 255 (256)",
            "10.0.0.0/33      | has a prefix length above 32",
            "10.0.0.1/16      | has host bits set; the network is 10.0.0.0/16",
            "10.2.128.0/16    | has host bits set; the network is 10.2.0.0/16",
    })
    void refusesWhatIsNotANetworkAndSaysWhy(String text, String problem) {
        var parsed = Cidr.parse(text);
        assertFalse(parsed.ok());
        assertTrue(parsed.problem().startsWith(problem), parsed.problem());
    }

    @Test
    void parsesAndPrintsANetwork() {
        var cidr = Cidr.of("172.16.32.0/20");
        assertEquals(20, cidr.prefixLength());
        assertEquals(4096, cidr.size());
        assertEquals("172.16.32.0/20", cidr.toString());
    }

    @ParameterizedTest(name = "{0} split by {1} bits, block {2} = {3}")
    @CsvSource({
            "10.0.0.0/16, 4, 0, 10.0.0.0/20",
            "10.0.0.0/16, 4, 1, 10.0.16.0/20",
            "10.0.0.0/16, 4, 8, 10.0.128.0/20",
            "10.0.0.0/16, 4, 15, 10.0.240.0/20",
            "192.168.4.0/22, 4, 9, 192.168.6.64/26",
    })
    void splitsLikeCidrsubnet(String network, int bits, int index, String expected) {
        assertEquals(expected, Cidr.of(network).subnet(bits, index).toString());
    }

    @Test
    void refusesABlockOutsideTheNetwork() {
        var vpc = Cidr.of("10.0.0.0/16");
        assertThrows(IllegalArgumentException.class, () -> vpc.subnet(4, 16));
        assertThrows(IllegalArgumentException.class, () -> vpc.subnet(17, 0));
    }

    @Test
    void knowsContainmentAndPrivateSpace() {
        assertTrue(Cidr.of("10.0.0.0/16").contains(Cidr.of("10.0.16.0/20")));
        assertFalse(Cidr.of("10.0.16.0/20").contains(Cidr.of("10.0.0.0/16")));
        assertTrue(Cidr.of("10.0.0.0/16").overlaps(Cidr.of("10.0.0.0/8")));
        assertFalse(Cidr.of("10.0.0.0/16").overlaps(Cidr.of("10.1.0.0/16")));
        assertTrue(Cidr.of("172.31.0.0/16").isPrivate());
        assertTrue(Cidr.of("192.168.10.0/24").isPrivate());
        assertFalse(Cidr.of("172.32.0.0/16").isPrivate());
        assertFalse(Cidr.of("100.64.0.0/16").isPrivate());
    }
}
