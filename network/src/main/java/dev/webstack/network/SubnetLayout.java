package dev.webstack.network;

import dev.webstack.settings.net.Cidr;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where each subnet goes. The VPC is cut into sixteen equal blocks (a /16 gives /20s); the
 * public tier takes blocks 0-3, the isolated tier blocks 8-11, one per availability zone.
 * Blocks 4-7 and 12-15 stay free for a tier added later (e.g. private subnets behind a NAT)
 * without renumbering anything that exists.
 *
 * @param publicSubnets   one per zone, in zone order
 * @param isolatedSubnets one per zone, in zone order
 */
public record SubnetLayout(List<Cidr> publicSubnets, List<Cidr> isolatedSubnets) {

    /** Sixteen blocks. */
    public static final int EXTRA_BITS = 4;
    public static final int MAX_ZONES = 4;
    static final int PUBLIC_TIER_START = 0;
    static final int ISOLATED_TIER_START = 8;

    public static SubnetLayout plan(Cidr vpc, int zones) {
        if (zones < 1 || zones > MAX_ZONES) {
            throw new IllegalArgumentException("a layout spans 1 to " + MAX_ZONES + " zones, not " + zones);
        }
        if (vpc.prefixLength() + EXTRA_BITS > 28) {
            throw new IllegalArgumentException(vpc + " is too small to cut into sixteen subnets AWS accepts (/28 at most)");
        }
        return new SubnetLayout(tier(vpc, PUBLIC_TIER_START, zones), tier(vpc, ISOLATED_TIER_START, zones));
    }

    private static List<Cidr> tier(Cidr vpc, int start, int zones) {
        return IntStream.range(0, zones).mapToObj(i -> vpc.subnet(EXTRA_BITS, start + i)).toList();
    }
}
