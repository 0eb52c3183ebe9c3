package dev.webstack.settings.net;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as the alarm topic's subscriptions need it: syntax checked before anything
 * is planned, and the domains that can never receive a person's mail recognised, so that a
 * placeholder such as {@code oncall@example.com} is named instead of silently subscribed.
 */
public final class EmailAddress {

    /*
     * The practical subset of RFC 5322's dot-atom that mail providers hand out: letters, digits
     * and . _ % + - in the local part (no leading, trailing or doubled dot), host-name labels in
     * the domain (RFC 1035 letters, digits, inner hyphens) and a top-level label of letters.
     * Quoted local parts and address literals are valid mail syntax but no team's on-call
     * address uses them, and SNS would have to accept them too; refusing them costs nothing.
     */
    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9_%+-]+(\\.[A-Za-z0-9_%+-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    /** RFC 5321 section 4.5.3.1: a local part of at most 64 octets, a path of 256, so an address of 254. */
    private static final int MAX_LOCAL = 64;
    private static final int MAX_ADDRESS = 254;

    /**
     * Names no one can register, so no team reads mail there. RFC 2606 (Reserved Top Level DNS
     * Names, sections 2 and 3) set them aside; RFC 6761 (Special-Use Domain Names, section 6)
     * keeps them reserved: .test (6.2), .localhost (6.3), .invalid (6.4), .example and
     * example.com/.net/.org (6.5). https://www.rfc-editor.org/rfc/rfc2606, https://www.rfc-editor.org/rfc/rfc6761
     */
    private static final List<Reserved> RESERVED = List.of(
            new Reserved("example.com", "RFC 2606 section 3, RFC 6761 section 6.5"),
            new Reserved("example.net", "RFC 2606 section 3, RFC 6761 section 6.5"),
            new Reserved("example.org", "RFC 2606 section 3, RFC 6761 section 6.5"),
            new Reserved("example", "RFC 2606 section 2, RFC 6761 section 6.5"),
            new Reserved("test", "RFC 2606 section 2, RFC 6761 section 6.2"),
            new Reserved("invalid", "RFC 2606 section 2, RFC 6761 section 6.4"),
            new Reserved("localhost", "RFC 2606 section 2, RFC 6761 section 6.3"));

    /** A reserved name and where it is reserved. */
    public record Reserved(String domain, String rfcSections) {
    }

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        var at = address.lastIndexOf('@');
        return at > 0 && at <= MAX_LOCAL && address.length() <= MAX_ADDRESS && SHAPE.matcher(address).matches();
    }

    /** The domain of a valid address, lower case. */
    public static String domain(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /** The reserved name the address's domain is, or falls within; empty for a domain anyone may own. */
    public static Optional<Reserved> reservedDomain(String address) {
        var domain = domain(address);
        return RESERVED.stream().filter(r -> domain.equals(r.domain()) || domain.endsWith("." + r.domain())).findFirst();
    }
}
