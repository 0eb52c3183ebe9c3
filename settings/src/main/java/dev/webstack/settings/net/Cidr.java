package dev.webstack.settings.net;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 network in CIDR notation whose host bits are zero ({@code 10.0.0.0/16}).
 * {@link #parse(String)} explains what is wrong with a bad value instead of throwing, so
 * that settings validation can report it next to every other problem.
 */
public record Cidr(long base, int prefixLength) {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");

    public Cidr {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " is outside 0..32");
        }
        if ((base & ~mask(prefixLength)) != 0 || base < 0 || base > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(format(base) + "/" + prefixLength + " has host bits set");
        }
    }

    /** The outcome of parsing: a network, or why the text is not one (and what was probably meant). */
    public record Parsed(Optional<Cidr> cidr, String problem) {
        public boolean ok() {
            return cidr.isPresent();
        }
    }

    public static Parsed parse(String text) {
        var m = SHAPE.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return failure("is not in CIDR notation a.b.c.d/n");
        }
        long address = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(m.group(i));
            if (octet > 255) {
                return failure("has an octet above 255 (" + octet + ")");
            }
            address = (address << 8) | octet;
        }
        int prefix = Integer.parseInt(m.group(5));
        if (prefix > 32) {
            return failure("has a prefix length above 32 (/" + prefix + ")");
        }
        long network = address & mask(prefix);
        if (network != address) {
            return failure("has host bits set; the network is " + format(network) + "/" + prefix);
        }
        return new Parsed(Optional.of(new Cidr(address, prefix)), "");
    }

    /** Parses text that is known to be valid (constants, values validated earlier). */
    public static Cidr of(String text) {
        var parsed = parse(text);
        return parsed.cidr().orElseThrow(() -> new IllegalArgumentException(text + " " + parsed.problem()));
    }

    private static Parsed failure(String problem) {
        return new Parsed(Optional.empty(), problem);
    }

    /**
     * The {@code index}-th network of this one split into networks {@code extraBits} longer,
     * like Terraform's {@code cidrsubnet}.
     */
    public Cidr subnet(int extraBits, int index) {
        int newPrefix = prefixLength + extraBits;
        if (extraBits < 0 || newPrefix > 32) {
            throw new IllegalArgumentException("cannot split /" + prefixLength + " by " + extraBits + " bits");
        }
        long count = 1L << extraBits;
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException(this + " has " + count + " /" + newPrefix + " networks; index " + index + " is outside");
        }
        return new Cidr(base + index * (1L << (32 - newPrefix)), newPrefix);
    }

    public boolean contains(Cidr other) {
        return other.prefixLength >= prefixLength && (other.base & mask(prefixLength)) == base;
    }

    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    public long size() {
        return 1L << (32 - prefixLength);
    }

    /** RFC 1918 private address space: 10/8, 172.16/12, 192.168/16. */
    public boolean isPrivate() {
        return of("10.0.0.0/8").contains(this) || of("172.16.0.0/12").contains(this) || of("192.168.0.0/16").contains(this);
    }

    private static long mask(int prefix) {
        return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    private static String format(long address) {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "." + (address & 255);
    }

    @Override
    public String toString() {
        return format(base) + "/" + prefixLength;
    }
}
