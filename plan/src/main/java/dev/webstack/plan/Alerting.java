package dev.webstack.plan;

import java.util.List;

/**
 * Who hears of an alarm, through which channel, and what still stands between an alarm and a
 * person: the plan's answer to "does anyone get paged?". The program derives it from the stack's
 * settings, so the text report and the JSON say the same thing.
 *
 * @param channels every channel webstack manages, in the order a notification takes them
 */
public record Alerting(List<Channel> channels) {

    /** A plan that does not record its alerting (one written before the field existed, or a hand-built one). */
    public static final Alerting UNRECORDED = new Alerting(List.of());

    public Alerting {
        channels = List.copyOf(channels);
    }

    /**
     * One way an alarm reaches people.
     *
     * @param channel       {@code email} or {@code discord}
     * @param state         {@code subscribed}, {@code nobody} or {@code opted-out} (email); {@code forwarded} or {@code off} (discord)
     * @param recipients    the addresses subscribed (email); empty for discord, whose webhook is a secret
     * @param undeliverable recipients at domains reserved by RFC 2606 / RFC 6761, which no mail reaches
     * @param detail        the state in a sentence, with what is not yet done
     * @param action        the command that adds or completes the channel
     */
    public record Channel(String channel, String state, List<String> recipients, List<String> undeliverable, String detail,
                          String action) {

        public Channel {
            recipients = List.copyOf(recipients);
            undeliverable = List.copyOf(undeliverable);
        }
    }
}
