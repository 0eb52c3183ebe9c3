package dev.webstack.cli;

import com.pulumi.resources.ComponentResourceOptions;
import dev.webstack.compute.OffHoursSchedules;
import dev.webstack.compute.Registry;
import dev.webstack.compute.Service;
import dev.webstack.data.ApplicationParameters;
import dev.webstack.data.ApplicationSecrets;
import dev.webstack.data.Database;
import dev.webstack.data.DocumentStore;
import dev.webstack.delivery.DeployIdentity;
import dev.webstack.delivery.ReleaseIdentity;
import dev.webstack.delivery.RoleBoundary;
import dev.webstack.edge.Edge;
import dev.webstack.kit.Doc;
import dev.webstack.network.Network;
import dev.webstack.network.StackGroups;
import dev.webstack.observability.Alarms;
import dev.webstack.observability.AuditTrail;
import dev.webstack.observability.SpendBudget;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A component's Inputs and Outputs tables in its module's README, generated from the code: its
 * args (the constructor's second parameter) and its contract (what {@code contract()} returns),
 * one row per field, described by the field's {@link Doc}.
 *
 * @param readme    the module's README, relative to the project directory
 * @param component the component class, constructed as (name, args, options)
 */
record ComponentTables(String readme, Class<?> component) {

    /** Every component, in the order its README describes them. */
    static final List<ComponentTables> ALL = List.of(
            new ComponentTables("network/README.md", Network.class),
            new ComponentTables("data/README.md", Database.class),
            new ComponentTables("data/README.md", DocumentStore.class),
            new ComponentTables("data/README.md", ApplicationSecrets.class),
            new ComponentTables("compute/README.md", Registry.class),
            new ComponentTables("compute/README.md", Service.class),
            new ComponentTables("compute/README.md", OffHoursSchedules.class),
            new ComponentTables("edge/README.md", Edge.class),
            new ComponentTables("observability/README.md", Alarms.class),
            new ComponentTables("observability/README.md", AuditTrail.class),
            new ComponentTables("observability/README.md", SpendBudget.class),
            new ComponentTables("delivery/README.md", DeployIdentity.class),
            new ComponentTables("delivery/README.md", ReleaseIdentity.class),
            new ComponentTables("data/README.md", ApplicationParameters.class),
            new ComponentTables("delivery/README.md", RoleBoundary.class),
            new ComponentTables("network/README.md", StackGroups.class));

    MarkedSection inputsSection() {
        return new MarkedSection(component.getSimpleName() + ".inputs");
    }

    MarkedSection outputsSection() {
        return new MarkedSection(component.getSimpleName() + ".outputs");
    }

    String inputs() {
        var args = argsType();
        var argsClass = (Class<?>) (args instanceof ParameterizedType p ? p.getRawType() : args);
        var bindings = typeBindings(args, argsClass);
        return table("input", fields(argsClass), bindings);
    }

    String outputs() {
        var contract = contractClass();
        var exported = Arrays.stream(contract.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && f.getType() == String.class)
                .map(ComponentTables::constant)
                .map(name -> "`" + name + "`")
                .collect(Collectors.joining(", "));
        return table("output", fields(contract), Map.of())
                + "\n`" + contract.getSimpleName() + ".exportTo(context)` exports " + exported + ".\n";
    }

    private Type argsType() {
        var constructor = Arrays.stream(component.getConstructors())
                .filter(c -> c.getParameterCount() == 3 && c.getParameterTypes()[0] == String.class
                        && c.getParameterTypes()[2] == ComponentResourceOptions.class)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(component.getSimpleName()
                        + " has no (String name, Args args, ComponentResourceOptions options) constructor"));
        return constructor.getGenericParameterTypes()[1];
    }

    private Class<?> contractClass() {
        try {
            return component.getMethod("contract").getReturnType();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(component.getSimpleName() + " has no contract()", e);
        }
    }

    /** Record components in order; for a builder-made args class, its instance fields in declaration order. */
    private static List<Field> fields(Class<?> type) {
        var names = type.isRecord()
                ? Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList()
                : Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName).toList();
        var fields = new ArrayList<Field>();
        for (var name : names) {
            try {
                fields.add(type.getDeclaredField(name));
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(type.getSimpleName() + " lost its field " + name, e);
            }
        }
        return fields;
    }

    private static String table(String column, List<Field> fields, Map<String, String> bindings) {
        var rows = new StringBuilder("| " + column + " | type | |\n|---|---|---|\n");
        var undocumented = new ArrayList<String>();
        for (var field : fields) {
            var doc = field.getAnnotation(Doc.class);
            if (doc == null) {
                undocumented.add(field.getDeclaringClass().getSimpleName() + "." + field.getName());
                continue;
            }
            rows.append("| `").append(field.getName()).append("` | `").append(typeName(publicType(field), bindings))
                    .append("` | ").append(doc.value()).append(" |\n");
        }
        if (!undocumented.isEmpty()) {
            throw new IllegalStateException("no @Doc on " + String.join(", ", undocumented) + ": say in one line what each is");
        }
        return rows.toString();
    }

    /** What the field's accessor returns: a builder-made args class may hold it boxed or nullable. */
    private static Type publicType(Field field) {
        try {
            return field.getDeclaringClass().getMethod(field.getName()).getGenericReturnType();
        } catch (NoSuchMethodException e) {
            return field.getGenericType();
        }
    }

    /** The type as the code spells it: simple names, nested types with their outer type. */
    static String typeName(Type type, Map<String, String> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            return bindings.getOrDefault(variable.getName(), variable.getName());
        }
        if (type instanceof ParameterizedType parameterized) {
            return typeName(parameterized.getRawType(), bindings) + Arrays.stream(parameterized.getActualTypeArguments())
                    .map(argument -> typeName(argument, bindings))
                    .collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof Class<?> c) {
            return c.getEnclosingClass() == null ? c.getSimpleName() : typeName(c.getEnclosingClass(), bindings) + "." + c.getSimpleName();
        }
        return type.getTypeName();
    }

    private static Map<String, String> typeBindings(Type args, Class<?> argsClass) {
        if (!(args instanceof ParameterizedType parameterized)) {
            return Map.of();
        }
        var variables = argsClass.getTypeParameters();
        var actual = parameterized.getActualTypeArguments();
        return IntStream.range(0, variables.length).boxed()
                .collect(Collectors.toMap(i -> variables[i].getName(), i -> typeName(actual[i], Map.of())));
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(field + " is public yet unreadable", e);
        }
    }
}
