package dev.webstack.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads recorded values by path: {@code ingress[0].fromPort}, {@code tags.Name}. */
public final class Values {

    private Values() {
    }

    public static Optional<Object> at(Object root, String path) {
        Object current = root;
        for (var segment : path.split("\\.")) {
            var name = segment;
            Integer index = null;
            var bracket = segment.indexOf('[');
            if (bracket >= 0) {
                name = segment.substring(0, bracket);
                index = Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1));
            }
            if (!name.isEmpty()) {
                if (!(current instanceof Map<?, ?> map) || !map.containsKey(name)) {
                    return Optional.empty();
                }
                current = map.get(name);
            }
            if (index != null) {
                if (!(current instanceof List<?> list) || index >= list.size()) {
                    return Optional.empty();
                }
                current = list.get(index);
            }
        }
        return Optional.ofNullable(current);
    }
}
