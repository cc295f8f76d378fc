package io.envtune.cli;

/**
 * What a command does once its options are parsed and checked.
 *
 * @param <T> the command's options type
 */
@FunctionalInterface
public interface CommandBody<T> {

    /**
     * @param options the parsed options, never {@code null}
     * @return the command's result (printed by the shell)
     * @throws Exception any failure; the shell prints its message
     */
    Object run(T options) throws Exception;
}
