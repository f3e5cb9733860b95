package org.par4j;

import java.io.Serializable;

/**
 * A {@link java.util.function.Supplier} that can be shipped to a worker JVM.
 *
 * <p>A lambda whose target type is this interface is compiled as a serializable lambda. What it
 * captures must be serializable too; otherwise the call that ships it fails before anything is sent
 * with a {@link NotSerializableTaskException} naming the captured class.
 */
@FunctionalInterface
public interface SerializableSupplier<T> extends java.util.function.Supplier<T>, Serializable {
}
