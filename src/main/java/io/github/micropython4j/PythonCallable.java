package io.github.micropython4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method of a typed host object as callable from Python; give the object to
 * {@link MicroPythonSession.Builder#hostObject(Object)}. The method becomes a Python builtin (and
 * {@code host.name}), called with positional and keyword arguments; Jackson converts each
 * argument to the parameter's declared type (records, enums, {@code List<Record>}, {@code Map},
 * {@code java.time} types from ISO-8601 strings, ...; a top-level {@code Optional} parameter may
 * be left out) and the return value back to Python. An argument that does not fit raises
 * {@code TypeError} naming the parameter, and the method is not called.
 *
 * <pre>{@code
 * public final class Orders {
 *     public record Line(String sku, int quantity) {}
 *
 *     @PythonCallable
 *     public double total(List<Line> lines, Optional<String> coupon) { ... }
 *
 *     @PythonCallable(value = "ship_by", parameters = {"order_id", "day"})
 *     public boolean shipBy(long orderId, LocalDate day) { ... }
 * }
 *
 * MicroPythonSession session = MicroPythonSession.builder().hostObject(new Orders()).build();
 * session.run("total([{'sku': 'tea', 'quantity': 2}], coupon='SPRING')");
 * session.run("ship_by(42, day='2025-06-01')");
 * }</pre>
 *
 * <p>Keyword arguments are matched by parameter name: compile with {@code -parameters} (javac,
 * or {@code <parameters>true</parameters>} in Maven's compiler plugin), or list the names in
 * {@link #parameters()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PythonCallable {

    /**
     * The Python name, e.g. {@code @PythonCallable("ship_by")}; by default the method's name. A
     * Python identifier that does not start with {@code _} and is not {@code call}.
     */
    String value() default "";

    /**
     * The parameters' names for keyword arguments, one per parameter in order, e.g.
     * {@code @PythonCallable(parameters = {"order_id", "day"})}; by default the names compiled
     * into the class file ({@code -parameters}), else {@code arg0}, {@code arg1}, ...
     */
    String[] parameters() default {};
}
