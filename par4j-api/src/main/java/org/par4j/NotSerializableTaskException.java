package org.par4j;

/**
 * A task or one of the values it captures cannot be shipped to a worker JVM. Thrown at the call
 * site, before anything is sent; the message names the offending class.
 */
public class NotSerializableTaskException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message names the class that cannot be serialized and how it was reached */
    public NotSerializableTaskException(String message) {
        super(message);
    }

    /**
     * @param message names the class that cannot be serialized
     * @param cause the serializer's own error
     */
    public NotSerializableTaskException(String message, Throwable cause) {
        super(message, cause);
    }
}
