package org.par4j.runtime.pool;

import org.par4j.runtime.wire.Codecs;
import org.par4j.runtime.wire.WireOutput;

/**
 * Encodes functions and items on the calling thread, so that what cannot be sent fails at the call
 * site; one reusable buffer per thread.
 */
final class CallerEncoding {
    private static final ThreadLocal<WireOutput> BUFFERS = ThreadLocal.withInitial(() -> new WireOutput(256));

    private CallerEncoding() {
    }

    /**
     * @param value anything the object codec takes
     * @return its bytes
     * @throws org.par4j.NotSerializableTaskException if it cannot be encoded
     */
    static byte[] encode(Object value) {
        WireOutput out = BUFFERS.get();
        out.reset();
        Codecs.objects().encode(value, out);
        byte[] bytes = out.toByteArray();
        if (out.array().length > 1 << 20) {
            // do not keep a huge buffer per thread after one big call
            BUFFERS.remove();
        }
        return bytes;
    }
}
