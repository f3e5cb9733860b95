package org.par4j.runtime.queue;

import java.net.SocketAddress;
import org.par4j.Connection;
import org.par4j.Listener;
import org.par4j.Pipe;
import org.par4j.Queue;
import org.par4j.runtime.net.SocketClient;
import org.par4j.runtime.net.SocketListener;
import org.par4j.spi.IpcProvider;

/** The single-host provider: pipes and queues in {@code /dev/shm}, listeners and clients on sockets. */
public final class LocalIpcProvider implements IpcProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public LocalIpcProvider() {
    }

    @Override
    public Pipe newPipe(boolean duplex) {
        return ShmPipeEnd.create(duplex);
    }

    @Override
    public <T> Queue<T> newQueue(int maxSize, boolean joinable) {
        return ShmQueue.create(maxSize, joinable);
    }

    @Override
    public Listener listen(SocketAddress address, byte[] authkey) {
        return SocketListener.bind(address, authkey);
    }

    @Override
    public Connection connect(SocketAddress address, byte[] authkey) {
        return SocketClient.connect(address, authkey);
    }
}
