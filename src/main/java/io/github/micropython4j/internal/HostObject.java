package io.github.micropython4j.internal;

import io.github.micropython4j.HostFunction;
import io.github.micropython4j.PythonCallable;
import io.github.micropython4j.PythonException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed host object: the public methods of one Java object annotated {@link PythonCallable},
 * each made a {@link HostFunction} that binds Python's positional and keyword arguments to the
 * method's parameters and converts them, through {@link Conversions}, to the declared types.
 */
public final class HostObject {
    private final Object target;
    private final List<Callable> methods;

    private HostObject(Object target, List<Callable> methods) {
        this.target = target;
        this.methods = methods;
    }

    /**
     * Finds the annotated methods of {@code target}.
     *
     * @throws IllegalArgumentException if it has none, two share a Python name, an annotation
     *     names the wrong number of parameters, or a method cannot be called from here
     */
    public static HostObject of(Object target) {
        Objects.requireNonNull(target, "target");
        Class<?> type = target.getClass();
        List<Callable> methods = new ArrayList<>();
        Method[] candidates = type.getMethods();
        Arrays.sort(candidates, Comparator.comparing(Method::getName));
        for (Method method : candidates) {
            PythonCallable annotation = method.getAnnotation(PythonCallable.class);
            if (annotation == null || method.isBridge()) {
                continue;
            }
            String name = annotation.value().isEmpty() ? method.getName() : annotation.value();
            for (Callable existing : methods) {
                if (existing.name.equals(name)) {
                    throw new IllegalArgumentException("two methods of " + type.getName()
                            + " are callable from Python as '" + name + "'");
                }
            }
            Object receiver = Modifier.isStatic(method.getModifiers()) ? null : target;
            if (!method.canAccess(receiver) && !method.trySetAccessible()) {
                throw new IllegalArgumentException("cannot call " + type.getName() + "." + method.getName()
                        + ": make the class public or open its package to io.github.micropython4j");
            }
            methods.add(new Callable(name, method, parameterNames(method, annotation)));
        }
        if (methods.isEmpty()) {
            throw new IllegalArgumentException(type.getName() + " has no public method annotated @PythonCallable");
        }
        return new HostObject(target, List.copyOf(methods));
    }

    /** The Python names of the methods, in alphabetical order of the Java names. */
    public List<String> names() {
        return methods.stream().map(callable -> callable.name).toList();
    }

    /** Each method as a host function, converting through {@code conversions}. */
    public Map<String, HostFunction> functions(Conversions conversions) {
        Map<String, HostFunction> functions = new LinkedHashMap<>();
        for (Callable callable : methods) {
            functions.put(callable.name, (args, kwargs) -> callable.call(target, conversions, args, kwargs));
        }
        return functions;
    }

    private static Parameters parameterNames(Method method, PythonCallable annotation) {
        Parameter[] parameters = method.getParameters();
        if (annotation.parameters().length > 0) {
            if (annotation.parameters().length != parameters.length) {
                throw new IllegalArgumentException("@PythonCallable of " + method.getDeclaringClass().getName() + "."
                        + method.getName() + " names " + annotation.parameters().length + " parameters; it has "
                        + parameters.length);
            }
            return new Parameters(List.of(annotation.parameters()), true);
        }
        boolean compiled = Arrays.stream(parameters).allMatch(Parameter::isNamePresent);
        return new Parameters(Arrays.stream(parameters).map(Parameter::getName).toList(), compiled);
    }

    /**
     * @param names the parameters' Python names
     * @param real whether they are the real names (annotation or {@code -parameters}), not {@code argN}
     */
    private record Parameters(List<String> names, boolean real) {}

    /** One annotated method. */
    private static final class Callable {
        final String name;
        final Method method;
        final Parameters parameters;

        Callable(String name, Method method, Parameters parameters) {
            this.name = name;
            this.method = method;
            this.parameters = parameters;
        }

        Object call(Object target, Conversions conversions, List<Object> args, Map<String, Object> kwargs)
                throws Exception {
            Object[] values = convert(conversions, bind(args, kwargs));
            Object result;
            try {
                result = method.invoke(Modifier.isStatic(method.getModifiers()) ? null : target, values);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception) {
                    throw (Exception) cause;
                }
                throw (Error) cause;
            }
            return result instanceof Optional ? ((Optional<?>) result).orElse(null) : result;
        }

        /** Python's argument binding: positional first, then keywords by name; unset slots are missing. */
        private Object[] bind(List<Object> args, Map<String, Object> kwargs) {
            List<String> names = parameters.names();
            if (args.size() > names.size()) {
                throw typeError(name + "() takes " + names.size() + " positional argument"
                        + (names.size() == 1 ? "" : "s") + " but " + args.size() + " were given");
            }
            Object[] values = new Object[names.size()];
            boolean[] given = new boolean[names.size()];
            for (int i = 0; i < args.size(); i++) {
                values[i] = args.get(i);
                given[i] = true;
            }
            for (Map.Entry<String, Object> keyword : kwargs.entrySet()) {
                int index = names.indexOf(keyword.getKey());
                if (index < 0) {
                    throw typeError(name + "() got an unexpected keyword argument '" + keyword.getKey() + "'"
                            + (parameters.real() ? "" : " (its Java class was compiled without -parameters:"
                                    + " its parameters are " + String.join(", ", names) + ")"));
                }
                if (given[index]) {
                    throw typeError(name + "() got multiple values for argument '" + keyword.getKey() + "'");
                }
                values[index] = keyword.getValue();
                given[index] = true;
            }
            Class<?>[] types = method.getParameterTypes();
            for (int i = 0; i < values.length; i++) {
                if (!given[i] && types[i] != Optional.class) {
                    throw typeError(name + "() missing required argument: '" + names.get(i) + "'");
                }
            }
            return values;
        }

        private Object[] convert(Conversions conversions, Object[] plain) {
            java.lang.reflect.Type[] types = method.getGenericParameterTypes();
            Object[] converted = new Object[plain.length];
            for (int i = 0; i < plain.length; i++) {
                var type = conversions.type(types[i]);
                boolean optional = type.getRawClass() == Optional.class;
                var target = optional ? type.containedTypeOrUnknown(0) : type;
                if (plain[i] == null && target.isPrimitive()) {
                    throw typeError(name + "() argument '" + parameters.names().get(i) + "' must be "
                            + target.getRawClass().getName() + ", not None");
                }
                try {
                    Object value = conversions.convert(plain[i], target);
                    converted[i] = optional ? Optional.ofNullable(value) : value;
                } catch (IllegalArgumentException e) {
                    throw typeError(name + "() argument '" + parameters.names().get(i) + "' cannot be "
                            + target.getRawClass().getSimpleName() + ": " + e.getMessage());
                }
            }
            return converted;
        }

        private static PythonException typeError(String message) {
            return new PythonException("TypeError", message);
        }
    }
}
