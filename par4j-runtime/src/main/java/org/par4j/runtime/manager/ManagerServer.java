package org.par4j.runtime.manager;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.par4j.ChannelClosedException;
import org.par4j.Connection;
import org.par4j.Par4jException;
import org.par4j.runtime.net.SocketListener;

/**
 * A manager's server: the objects, by id, and one thread per authenticated client
 * connection that executes its requests in order. A session that ends (the client closed or died)
 * releases the locks it held. Runs until a {@code shutdown} request.
 */
final class ManagerServer {
    private final Map<Long, Object> objects = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong sessions = new AtomicLong();
    private final SocketListener listener;

    private ManagerServer(SocketListener listener) {
        this.listener = listener;
    }

    /**
     * Serves until shut down; tells {@code ready} the port it listens on first.
     *
     * @param host where to listen
     * @param port the port, 0 for any
     * @param authkey the key
     * @param ready gets the port, as an Integer
     */
    static void serve(String host, int port, byte[] authkey, Connection ready) {
        SocketListener l = SocketListener.bind(new InetSocketAddress(host, port), authkey);
        ready.send(((InetSocketAddress) l.address()).getPort());
        new ManagerServer(l).acceptLoop();
    }

    private void acceptLoop() {
        while (true) {
            Connection c;
            try {
                c = listener.accept();
            } catch (Par4jException e) {
                if (e.getMessage().contains("refused")) {
                    continue;   // a client with a wrong key: keep serving the others
                }
                return;   // the listener was closed by shutdown
            }
            long session = sessions.incrementAndGet();
            // Platform threads: a session waits in Selector.select, which would pin a virtual thread's carrier.
            Thread.ofPlatform().daemon().name("manager-session-" + session).start(() -> session(c, session));
        }
    }

    private void session(Connection c, long session) {
        try (c) {
            while (true) {
                Object[] request = c.recv();
                Object[] reply;
                try {
                    reply = new Object[] {ManagerLink.OK, execute(session, request)};
                } catch (QueueTimeout e) {
                    reply = new Object[] {ManagerLink.EMPTY, null};
                } catch (RuntimeException | InterruptedException e) {
                    reply = new Object[] {ManagerLink.FAILED, new String[] {e.getClass().getName(), e.getMessage()}};
                }
                c.send(reply);
                if ("shutdown".equals(request[0])) {
                    listener.close();
                    return;
                }
            }
        } catch (ChannelClosedException e) {
            // the client closed or died: drop its locks
        } finally {
            for (Object o : objects.values()) {
                if (o instanceof ServerLock lock) {
                    lock.releaseIfOwner(session);
                }
            }
        }
    }

    private ServerLock lockOf(Object id) {
        if (objects.get((Long) id) instanceof ServerLock lock) {
            return lock;
        }
        throw new IllegalArgumentException("no manager lock " + id);
    }

    /** Raised by a timed queue get that found nothing. */
    private static final class QueueTimeout extends RuntimeException {
        private static final long serialVersionUID = 1L;

        QueueTimeout() {
            super(null, null, false, false);
        }
    }

    @SuppressWarnings("unchecked")
    private Object execute(long session, Object[] r) throws InterruptedException {
        String op = (String) r[0];
        if (op.equals("new")) {
            long id = ids.incrementAndGet();
            objects.put(id, switch ((String) r[1]) {
                case "map", "namespace" -> Collections.synchronizedMap(new LinkedHashMap<>());
                case "list" -> Collections.synchronizedList(new ArrayList<>());
                case "queue" -> new LinkedBlockingQueue<Object[]>();
                case "value" -> new AtomicReference<>(r[2]);
                case "lock" -> new ServerLock();
                case "condition" -> new ServerCondition(lockOf(r[2]));
                default -> throw new IllegalArgumentException("unknown kind " + r[1]);
            });
            return id;
        }
        if (op.equals("shutdown") || op.equals("ping")) {
            return null;
        }
        Object target = objects.get((Long) r[1]);
        if (target == null) {
            throw new IllegalArgumentException("no managed object " + r[1]);
        }
        return switch (op) {
            case "map.get" -> ((Map<Object, Object>) target).get(r[2]);
            case "map.put" -> ((Map<Object, Object>) target).put(r[2], r[3]);
            case "map.remove" -> ((Map<Object, Object>) target).remove(r[2]);
            case "map.containsKey" -> ((Map<Object, Object>) target).containsKey(r[2]);
            case "map.size" -> ((Map<Object, Object>) target).size();
            case "map.clear" -> {
                ((Map<Object, Object>) target).clear();
                yield null;
            }
            case "map.copy" -> {
                synchronized (target) {
                    yield new LinkedHashMap<>((Map<Object, Object>) target);
                }
            }
            case "list.get" -> ((List<Object>) target).get((Integer) r[2]);
            case "list.set" -> ((List<Object>) target).set((Integer) r[2], r[3]);
            case "list.add" -> {
                ((List<Object>) target).add((Integer) r[2], r[3]);
                yield null;
            }
            case "list.remove" -> ((List<Object>) target).remove((int) (Integer) r[2]);
            case "list.size" -> ((List<Object>) target).size();
            case "list.copy" -> {
                synchronized (target) {
                    yield new ArrayList<>((List<Object>) target);
                }
            }
            case "queue.put" -> {
                ((LinkedBlockingQueue<Object[]>) target).put(new Object[] {r[2]});
                yield null;
            }
            case "queue.get" -> {
                long timeout = (Long) r[2];
                LinkedBlockingQueue<Object[]> q = (LinkedBlockingQueue<Object[]>) target;
                Object[] box = timeout < 0 ? q.take() : q.poll(timeout, TimeUnit.NANOSECONDS);
                if (box == null) {
                    throw new QueueTimeout();
                }
                yield box[0];
            }
            case "queue.size" -> ((LinkedBlockingQueue<Object[]>) target).size();
            case "value.get" -> ((AtomicReference<Object>) target).get();
            case "value.set" -> {
                ((AtomicReference<Object>) target).set(r[2]);
                yield null;
            }
            case "lock.acquire" -> ((ServerLock) target).acquire(session, (Long) r[3], (Long) r[2]);
            case "lock.release" -> {
                ((ServerLock) target).release(session);
                yield null;
            }
            case "lock.isLocked" -> ((ServerLock) target).isLocked();
            case "lock.ownerPid" -> ((ServerLock) target).ownerPid();
            case "lock.heldByCaller" -> ((ServerLock) target).isHeldBy(session);
            case "condition.await" -> ((ServerCondition) target).await(session, (Long) r[2]);
            case "condition.signal" -> {
                ((ServerCondition) target).signal(session);
                yield null;
            }
            default -> throw new IllegalArgumentException("unknown operation " + op);
        };
    }
}
