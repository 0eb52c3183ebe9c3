package dev.webstack.cost;

import dev.webstack.plan.PlannedResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The estimate's lines as they are written, and which resources they have accounted for. */
final class Lines {

    private final PriceTable prices;
    private final List<LineItem> items;
    private final Set<String> accounted;

    Lines(PriceTable prices) {
        this(prices, new ArrayList<>(), new HashSet<>());
    }

    private Lines(PriceTable prices, List<LineItem> items, Set<String> accounted) {
        this.prices = prices;
        this.items = items;
        this.accounted = accounted;
    }

    /** The same estimate, priced from another region's table: for resources that live in that region. */
    Lines pricedIn(PriceTable other) {
        return new Lines(other, items, accounted);
    }

    /** A priced line, or an "unknown" line naming the missing price. */
    void add(String category, String what, List<PlannedResource> resources, double quantity, String priceKey, String note) {
        resources.forEach(r -> accounted.add(r.urn()));
        var names = names(resources);
        prices.price(priceKey).ifPresentOrElse(
                price -> items.add(LineItem.priced(category, what, names, quantity, price, note)),
                () -> items.add(LineItem.unknown(category, what, names, "no price " + priceKey + " in the " + prices.region() + " table")));
    }

    void free(String category, String what, List<PlannedResource> resources, String reason) {
        resources.forEach(r -> accounted.add(r.urn()));
        items.add(LineItem.free(category, what, names(resources), reason));
    }

    void unknown(String category, String what, List<PlannedResource> resources, String reason) {
        resources.forEach(r -> accounted.add(r.urn()));
        items.add(LineItem.unknown(category, what, names(resources), reason));
    }

    void account(List<PlannedResource> resources) {
        resources.forEach(r -> accounted.add(r.urn()));
    }

    boolean isAccounted(PlannedResource resource) {
        return accounted.contains(resource.urn());
    }

    List<LineItem> items() {
        return List.copyOf(items);
    }

    PriceTable prices() {
        return prices;
    }

    private static String names(List<PlannedResource> resources) {
        return String.join(", ", resources.stream().map(PlannedResource::name).distinct().toList());
    }
}
