package org.apogate.report;

import java.io.IOException;

/** Like {@link java.util.function.Consumer} but allowed to throw {@link IOException}. */
@FunctionalInterface
public interface IOConsumer<T> {
    void accept(T value) throws IOException;
}
