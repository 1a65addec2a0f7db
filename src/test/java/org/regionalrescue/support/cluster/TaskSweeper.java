package org.regionalrescue.support.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Caseworkers working through their open tasks on a cluster, the way a load balancer spreads them: each pass lists
 * the open tasks once and submits every form on the next running node in turn, from several threads. A node that
 * dies during a call, or a database that is away, is what a real client sees: the call is repeated on a running node
 * once the task is known to be still open ({@code GET /task/{id}}: a 404 means the first call went through).
 */
public final class TaskSweeper implements AutoCloseable {

  private static final Duration GIVE_UP = Duration.ofSeconds(120);

  private final Cluster cluster;
  private final String user;
  private final String taskQuery;
  private final Function<JsonNode, Map<String, Object>> answers;
  private final ExecutorService threads;
  private final AtomicInteger turn = new AtomicInteger();
  private final AtomicLong completed = new AtomicLong();
  private final AtomicLong doneBeforeRepeat = new AtomicLong();
  private final AtomicLong callsLostWithNode = new AtomicLong();
  private final AtomicLong serverErrors = new AtomicLong();
  private final ConcurrentSkipListSet<Instant> completions = new ConcurrentSkipListSet<>();

  /**
   * @param taskQuery the query string of {@code GET /task} that lists the tasks to work
   * @param answers the form answers for a task (its JSON as the REST API lists it)
   */
  public TaskSweeper(Cluster cluster, String user, String taskQuery, Function<JsonNode, Map<String, Object>> answers,
      int threadCount) {
    this.cluster = cluster;
    this.user = user;
    this.taskQuery = taskQuery;
    this.answers = answers;
    this.threads = Executors.newFixedThreadPool(threadCount);
  }

  /** One pass over the open tasks; returns how many this pass completed. */
  public int sweep() {
    JsonNode tasks = listTasks();
    List<Future<Boolean>> submissions = new ArrayList<>();
    tasks.forEach(task -> submissions.add(threads.submit(() -> complete(task))));
    int done = 0;
    for (Future<Boolean> submission : submissions) {
      try {
        done += submission.get() ? 1 : 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("a caseworker could not complete a task", e.getCause());
      }
    }
    return done;
  }

  /** Forms submitted and accepted. */
  public long completed() {
    return completed.get();
  }

  /** Calls repeated because the first one's answer was lost, whose task turned out to be done already. */
  public long doneBeforeRepeat() {
    return doneBeforeRepeat.get();
  }

  /** Calls that got no answer because their node died (and were repeated on a running node). */
  public long callsLostWithNode() {
    return callsLostWithNode.get();
  }

  /** Answers 5xx or 401 (while the database was away), repeated after a pause. */
  public long serverErrors() {
    return serverErrors.get();
  }

  /** When the first form after {@code moment} was accepted; null when none was, or {@code moment} is null. */
  public Instant firstCompletionAfter(Instant moment) {
    return moment == null ? null : completions.higher(moment);
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }

  private JsonNode listTasks() {
    Instant giveUp = Instant.now().plus(GIVE_UP);
    while (true) {
      Node node = nextNode();
      try {
        Rest.Answer answer = Rest.as(node, user).get("/task?" + taskQuery);
        if (answer.ok()) {
          return answer.body();
        }
        serverErrors.incrementAndGet();
      } catch (IOException e) {
        callsLostWithNode.incrementAndGet();
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new IllegalStateException("no node listed the open tasks within " + GIVE_UP);
      }
      pause(Duration.ofMillis(500));
    }
  }

  private boolean complete(JsonNode task) {
    String taskId = task.path("id").asText();
    Map<String, Object> form = answers.apply(task);
    Instant giveUp = Instant.now().plus(GIVE_UP);
    boolean repeat = false;
    while (true) {
      Rest caseworker = Rest.as(nextNode(), user);
      try {
        if (repeat) {
          Rest.Answer stillOpen = caseworker.get("/task/" + taskId);
          if (stillOpen.status() == 404) {
            doneBeforeRepeat.incrementAndGet();
            return false;
          }
          if (!stillOpen.ok()) {
            serverErrors.incrementAndGet();
            pause(Duration.ofMillis(500));
            continue;
          }
        }
        Rest.Answer answer = caseworker.submitForm(taskId, form);
        if (answer.ok()) {
          completed.incrementAndGet();
          completions.add(Instant.now());
          return true;
        }
        // 401: the password could not be checked while the database was away
        if (answer.status() < 500 && answer.status() != 401) {
          throw new IllegalStateException(task.path("name").asText() + " refused on " + caseworker.node().name()
              + ": " + answer);
        }
        serverErrors.incrementAndGet();
        pause(Duration.ofMillis(500));
      } catch (IOException e) {
        callsLostWithNode.incrementAndGet();
        pause(Duration.ofMillis(200));
      }
      repeat = true;
      if (Instant.now().isAfter(giveUp)) {
        throw new IllegalStateException("task " + taskId + " not completed within " + GIVE_UP);
      }
    }
  }

  private Node nextNode() {
    List<Node> alive = cluster.alive();
    if (alive.isEmpty()) {
      throw new IllegalStateException("no node is running");
    }
    return alive.get(Math.floorMod(turn.getAndIncrement(), alive.size()));
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
