package dev.webstack.offline.aws;

import dev.webstack.offline.catalog.AwsFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DescribeAvailabilityZones as the {@code aws_availability_zones} data source asks it. Without a
 * {@code state} every zone of the region is listed whatever its state; {@code state = available}
 * drops the zones an AZ event has put in another state ({@code information}, {@code impaired},
 * {@code unavailable} or {@code constrained}: "AvailabilityZone", Amazon EC2 API Reference).
 * Availability Zones are always {@code opt-in-not-required}; Local and Wavelength Zones, which
 * this region list does not hold, are {@code opted-in} or {@code not-opted-in} (same page,
 * {@code optInStatus}). {@code exclude_zone_ids} drops zones by id (the provider's
 * {@code aws_availability_zones} data source). A filter the mock does not know fails the run rather
 * than being ignored.
 */
final class AvailabilityZones {

    static final String OPT_IN_NOT_REQUIRED = "opt-in-not-required";

    private AvailabilityZones() {
    }

    static Map<String, Object> answer(Map<String, Object> args, AwsFacts facts) {
        var names = new ArrayList<String>();
        var ids = new ArrayList<String>();
        var all = facts.availabilityZones();
        var excludedIds = args.get("excludeZoneIds") instanceof List<?> list ? list : List.of();
        for (int i = 0; i < all.size(); i++) {
            var zone = all.get(i);
            if (matchesState(args.get("state"), facts.zonesNotAvailable().contains(zone)) && matchesFilters(args.get("filters"))
                    && !excludedIds.contains(facts.availabilityZoneIds().get(i))) {
                names.add(zone);
                ids.add(facts.availabilityZoneIds().get(i));
            }
        }
        var answer = new LinkedHashMap<String, Object>();
        answer.put("id", facts.region());
        answer.put("names", List.copyOf(names));
        answer.put("zoneIds", List.copyOf(ids));
        answer.put("groupNames", names.isEmpty() ? List.of() : List.of(facts.region()));
        if (args.get("state") != null) {
            answer.put("state", args.get("state"));
        }
        return answer;
    }

    private static boolean matchesState(Object state, boolean notAvailable) {
        if (state == null) {
            return true;
        }
        return "available".equals(state) != notAvailable;
    }

    private static boolean matchesFilters(Object filters) {
        if (!(filters instanceof List<?> list)) {
            return true;
        }
        for (var filter : list) {
            var map = (Map<?, ?>) filter;
            var name = String.valueOf(map.get("name"));
            var values = (List<?>) map.get("values");
            if (!"opt-in-status".equals(name)) {
                throw new IllegalArgumentException("getAvailabilityZones: the offline mock does not know the filter " + name);
            }
            if (!values.contains(OPT_IN_NOT_REQUIRED)) {
                return false;
            }
        }
        return true;
    }
}
