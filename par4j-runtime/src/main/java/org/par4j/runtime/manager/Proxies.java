package org.par4j.runtime.manager;

import java.io.Serializable;
import java.time.Duration;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.par4j.Condition;
import org.par4j.Lock;
import org.par4j.ManagedValue;
import org.par4j.Namespace;
import org.par4j.Queue;
import org.par4j.RemoteException;
import org.par4j.runtime.sync.ConditionForms;

/** The proxies a manager hands out: serializable, each a link to the server and an object id. */
final class Proxies {
    private Proxies() {
    }

    private static long nanos(Duration d) {
        try {
            return Math.max(0, d.toNanos());
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** A {@code Map} on the server; iteration and {@code toString} work on a copy. */
    static final class MapProxy<K, V> extends AbstractMap<K, V> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ManagerLink link;
        private final long id;

        MapProxy(ManagerLink link, long id) {
            this.link = link;
            this.id = id;
        }

        @Override
        @SuppressWarnings("unchecked")
        public V get(Object key) {
            return (V) link.call("map.get", id, key);
        }

        @Override
        @SuppressWarnings("unchecked")
        public V put(K key, V value) {
            return (V) link.call("map.put", id, key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        public V remove(Object key) {
            return (V) link.call("map.remove", id, key);
        }

        @Override
        public boolean containsKey(Object key) {
            return (Boolean) link.call("map.containsKey", id, key);
        }

        @Override
        public int size() {
            return (Integer) link.call("map.size", id);
        }

        @Override
        public void clear() {
            link.call("map.clear", id);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Set<Entry<K, V>> entrySet() {
            return ((Map<K, V>) link.call("map.copy", id)).entrySet();
        }
    }

    /** A {@code List} on the server; iteration works on a copy. */
    static final class ListProxy<T> extends AbstractList<T> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ManagerLink link;
        private final long id;

        ListProxy(ManagerLink link, long id) {
            this.link = link;
            this.id = id;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int index) {
            return (T) link.call("list.get", id, index);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T set(int index, T element) {
            return (T) link.call("list.set", id, index, element);
        }

        @Override
        public void add(int index, T element) {
            link.call("list.add", id, index, element);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T remove(int index) {
            return (T) link.call("list.remove", id, index);
        }

        @Override
        public int size() {
            return (Integer) link.call("list.size", id);
        }

        @Override
        @SuppressWarnings("unchecked")
        public java.util.Iterator<T> iterator() {
            return ((java.util.List<T>) link.call("list.copy", id)).iterator();
        }
    }

    /** An unbounded {@link Queue} on the server. */
    static final class QueueProxy<T> implements Queue<T> {
        private static final long serialVersionUID = 1L;
        private final ManagerLink link;
        private final long id;

        QueueProxy(ManagerLink link, long id) {
            this.link = link;
            this.id = id;
        }

        @Override
        public void put(T item) {
            link.call("queue.put", id, item);
        }

        @Override
        public void put(T item, Duration timeout) {
            put(item);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get() {
            return (T) link.call("queue.get", id, -1L);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(Duration timeout) {
            return (T) link.call("queue.get", id, nanos(timeout));
        }

        @Override
        public int size() {
            return (Integer) link.call("queue.size", id);
        }

        @Override
        public boolean isEmpty() {
            return size() == 0;
        }

        @Override
        public boolean isFull() {
            return false;
        }

        @Override
        public int maxSize() {
            return 0;
        }

        @Override
        public void close() {
            link.disconnect();
        }
    }

    /** A {@link Namespace} on the server. */
    record NamespaceProxy(ManagerLink link, long id) implements Namespace, Serializable {
        @Override
        @SuppressWarnings("unchecked")
        public <T> T get(String name) {
            return (T) link.call("map.get", id, name);
        }

        @Override
        public void set(String name, Object value) {
            link.call("map.put", id, name, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Map<String, Object> toMap() {
            return (Map<String, Object>) link.call("map.copy", id);
        }
    }

    /** A {@link ManagedValue} on the server. */
    record ValueProxy<T>(ManagerLink link, long id) implements ManagedValue<T>, Serializable {
        @Override
        @SuppressWarnings("unchecked")
        public T get() {
            return (T) link.call("value.get", id);
        }

        @Override
        public void set(T value) {
            link.call("value.set", id, value);
        }
    }

    /** A {@link Lock} on the server, owned by the connection of the thread that acquired it. */
    record LockProxy(ManagerLink link, long id) implements Lock {
        @Override
        public void lock() {
            link.call("lock.acquire", id, -1L, ProcessHandle.current().pid());
        }

        @Override
        public void lockInterruptibly() {
            lock();
        }

        @Override
        public boolean tryLock() {
            return tryLock(Duration.ZERO);
        }

        @Override
        public boolean tryLock(Duration timeout) {
            return (Boolean) link.call("lock.acquire", id, nanos(timeout), ProcessHandle.current().pid());
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) {
            return tryLock(Duration.of(time, unit.toChronoUnit()));
        }

        @Override
        public void unlock() {
            link.call("lock.release", id);
        }

        @Override
        public boolean isLocked() {
            return (Boolean) link.call("lock.isLocked", id);
        }

        /** Each client thread has its own connection, hence its own session on the server. */
        @Override
        public boolean isHeldByCurrentThread() {
            return (Boolean) link.call("lock.heldByCaller", id);
        }

        @Override
        public long ownerPid() {
            return (Long) link.call("lock.ownerPid", id);
        }

        @Override
        public Condition newCondition() {
            return new ConditionProxy(link, (Long) link.call("new", "condition", id), this);
        }
    }

    /**
     * A {@link Condition} of a manager's lock, waited on in the server. A wait is not cut short by an
     * interrupt of the client thread (the server holds it), as {@link LockProxy#lockInterruptibly} is not.
     */
    record ConditionProxy(ManagerLink link, long id, LockProxy lock) implements ConditionForms {
        @Override
        public boolean awaitAtMost(Duration timeout, boolean interruptible) {
            return (Boolean) call("condition.await", timeout == null ? -1L : nanos(timeout));
        }

        @Override
        public void signal() {
            call("condition.signal");
        }

        @Override
        public void signalAll() {
            call("condition.signal");
        }

        /** The server's IllegalMonitorStateException (lock not held) is rethrown as one, as Condition says. */
        private Object call(String op, Object... args) {
            Object[] all = new Object[args.length + 1];
            all[0] = id;
            System.arraycopy(args, 0, all, 1, args.length);
            try {
                return link.call(op, all);
            } catch (RemoteException e) {
                if (IllegalMonitorStateException.class.getName().equals(e.remoteClassName())) {
                    throw new IllegalMonitorStateException(e.getMessage());
                }
                throw e;
            }
        }
    }
}
