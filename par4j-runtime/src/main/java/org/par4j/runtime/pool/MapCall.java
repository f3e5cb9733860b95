package org.par4j.runtime.pool;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A {@code map}, {@code starmap} or {@code apply}: all chunks known up front, one result list.
 * Each chunk's results are copied into place before the chunk counter is decremented; the thread
 * that takes the counter to zero sees them all and completes the future.
 */
final class MapCall extends PoolCall {
    private final Object[] results;
    private final AtomicInteger chunksLeft;
    private final PoolFuture<Object> future;
    private final ProgressBar progress;

    MapCall(long id, String kind, Function<Object, Object> fn, byte[] fnBytes, int items, int chunks,
            ProgressBar progress, boolean yielding, Runnable onFinish) {
        super(id, kind, fn, fnBytes);
        this.future = new PoolFuture<>(yielding);
        this.results = new Object[items];
        this.chunksLeft = new AtomicInteger(chunks);
        this.progress = progress;
        future.whenComplete((v, e) -> onFinish.run());
        if (chunks == 0) {
            future.complete(List.of());
        }
    }

    PoolFuture<Object> future() {
        return future;
    }

    @Override
    void succeeded(Chunk chunk, Object[] chunkResults) {
        System.arraycopy(chunkResults, 0, results, (int) chunk.offset, chunk.count);
        if (progress != null) {
            progress.advance(chunk.count);
        }
        if (chunksLeft.decrementAndGet() == 0) {
            if (progress != null) {
                progress.finish();
            }
            future.complete(lone ? results[0] : Arrays.asList(results));
        }
    }

    @Override
    void failed(Chunk chunk, Throwable error) {
        if (progress != null) {
            progress.finish();
        }
        future.completeExceptionally(error);
    }

    @Override
    boolean isFinished() {
        return future.isDone();
    }
}
