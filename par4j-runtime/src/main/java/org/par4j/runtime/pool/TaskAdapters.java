package org.par4j.runtime.pool;

import java.util.concurrent.Callable;
import org.par4j.SerializableFunction;

/**
 * Serializable wrappers that turn the ExecutorService's and apply's task shapes into the one shape
 * workers run, a function of one item. They ship to worker JVMs, so they hold only what the user gave.
 */
final class TaskAdapters {
    private TaskAdapters() {
    }

    /** A wrapper that can name what it wraps, for messages. */
    interface Adapter {
        /** @return the user's task */
        Object target();
    }

    /** Runs a {@link Callable}; the item is ignored. */
    record CallableTask(Callable<?> task) implements SerializableFunction<Object, Object>, Adapter {
        @Override
        public Object apply(Object ignored) {
            try {
                return task.call();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new CheckedTaskException(e);
            }
        }

        @Override
        public Object target() {
            return task;
        }
    }

    /** Runs a {@link Runnable} and returns a fixed result; the item is ignored. */
    record RunnableTask(Runnable task, Object result) implements SerializableFunction<Object, Object>, Adapter {
        @Override
        public Object apply(Object ignored) {
            task.run();
            return result;
        }

        @Override
        public Object target() {
            return task;
        }
    }

    /** Carries a checked exception out of a {@link Callable}; unwrapped before the caller sees it. */
    static final class CheckedTaskException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CheckedTaskException(Exception cause) {
            super(cause);
        }
    }
}
