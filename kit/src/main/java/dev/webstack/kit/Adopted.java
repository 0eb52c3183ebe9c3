package dev.webstack.kit;

import com.pulumi.core.Output;
import com.pulumi.resources.StackReference;
import com.pulumi.resources.StackReferenceArgs;
import java.util.List;

/**
 * Reading another stack's contract back, typed (requirements R1.4). A missing
 * output fails the update naming the stack and the output, rather than passing a null on.
 */
public final class Adopted {

    private Adopted() {
    }

    /** A reference to another stack, e.g. "acme/webstack/production". */
    public static StackReference reference(String logicalName, String stack) {
        return new StackReference(logicalName, StackReferenceArgs.builder().name(stack).build());
    }

    public static Output<String> text(StackReference source, String key) {
        return source.requireOutput(key).applyValue(value -> {
            if (value == null) {
                throw new IllegalStateException("the referenced stack's output " + key + " is empty");
            }
            return String.valueOf(value);
        });
    }

    public static Output<List<String>> texts(StackReference source, String key) {
        return source.requireOutput(key).applyValue(value -> {
            if (!(value instanceof List<?> list)) {
                throw new IllegalStateException("the referenced stack's output " + key + " is not a list: " + value);
            }
            return list.stream().map(String::valueOf).toList();
        });
    }
}
