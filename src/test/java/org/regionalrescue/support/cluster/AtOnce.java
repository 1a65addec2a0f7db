package org.regionalrescue.support.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs calls at the same moment: each on a thread of its own, all released together once every thread waits. */
public final class AtOnce {

  private AtOnce() {}

  public static <T> List<T> run(List<Callable<T>> calls) {
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    CountDownLatch ready = new CountDownLatch(calls.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<T>> results = new ArrayList<>();
      for (Callable<T> call : calls) {
        results.add(threads.submit(() -> {
          ready.countDown();
          go.await();
          return call.call();
        }));
      }
      ready.await(30, TimeUnit.SECONDS);
      go.countDown();
      List<T> answers = new ArrayList<>();
      for (Future<T> result : results) {
        answers.add(result.get(120, TimeUnit.SECONDS));
      }
      return answers;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("a simultaneous call failed", e);
    } finally {
      threads.shutdownNow();
    }
  }
}
