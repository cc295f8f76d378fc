package io.envtune.cli;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The allowed values of an integer option, both ends included. {@link CommandArgs} refuses a value outside it and
 * shows it in {@code --help}. A {@code null} (option not given) is not checked: the command's default applies.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Range {

    /** @return the smallest allowed value */
    long min();

    /** @return the largest allowed value */
    long max() default Long.MAX_VALUE;
}
