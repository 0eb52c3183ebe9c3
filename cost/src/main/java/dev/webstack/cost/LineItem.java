package dev.webstack.cost;

import java.util.Optional;

/**
 * One line of the estimate: what is paid for, how much of it, at what price, and for which
 * resources. A line without a price says why: free by nature, within a free tier, or no
 * known price (which the estimate reports, never treating it as zero).
 *
 * @param category   Compute, Network, Load balancing, Database, Edge, Storage, Observability, Security
 * @param what       what is paid for, e.g. "Fargate vCPU"
 * @param resources  the logical names of the resources it is for
 * @param quantity   how many units a month
 * @param price      the unit price, empty for lines without one
 * @param monthlyUsd quantity times price
 * @param note       the assumption or reason behind the line
 * @param kind       priced, free, or unknown
 */
public record LineItem(String category, String what, String resources, double quantity, Optional<Price> price, double monthlyUsd,
                       String note, Kind kind) {

    public enum Kind { PRICED, FREE, UNKNOWN }

    static LineItem priced(String category, String what, String resources, double quantity, Price price, String note) {
        return new LineItem(category, what, resources, quantity, Optional.of(price), quantity * price.usd(), note, Kind.PRICED);
    }

    static LineItem free(String category, String what, String resources, String reason) {
        return new LineItem(category, what, resources, 0, Optional.empty(), 0, reason, Kind.FREE);
    }

    static LineItem unknown(String category, String what, String resources, String reason) {
        return new LineItem(category, what, resources, 0, Optional.empty(), 0, reason, Kind.UNKNOWN);
    }
}
