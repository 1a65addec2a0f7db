package org.regionalrescue.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.regionalrescue.benchmark.CasePaths.CasePath;
import org.regionalrescue.benchmark.CasePaths.Step;
import org.regionalrescue.benchmark.RestDriver.Answer;
import org.regionalrescue.support.DemoUsers;

/**
 * Simulated caseworkers: each thread works whole cases one after the other over REST, as Tasklist does: start the
 * case, find the next task by case number and name (waiting while the job executor moves the case on), submit its
 * form. Records the latency of every start, lookup and completion.
 */
final class CaseRunner {

  private static final long PATIENCE_NANOS = 120_000_000_000L;
  private static final long POLL_MILLIS = 10;

  private final RestDriver rest;
  private final AtomicInteger caseIndexes;

  /** How a case starts: the real process as the county caseworker, or a generated one by its key. */
  interface Starter {
    /** Starts a case; returns its business key. */
    String start(RestDriver rest, String countyCaseworker, CasePath path, int caseIndex, Latencies latencies);
  }

  static final Starter RESCUE_CASE = (rest, caseworker, path, caseIndex, latencies) -> {
    Answer started = rest.post(caseworker, "/process-definition/key/rescue-case/start",
        Map.of("variables", RestDriver.camundaVariables(path.startVariables())));
    latencies.record("start", started.nanos());
    if (!started.ok()) {
      throw new IllegalStateException("start refused: " + started.status() + " " + started.body());
    }
    return (String) started.object().get("businessKey");
  };

  static Starter byKey(String processKey) {
    return (rest, caseworker, path, caseIndex, latencies) -> {
      String businessKey = processKey + "-" + caseIndex;
      Answer started = rest.post(caseworker, "/process-definition/key/" + processKey + "/start", Map.of(
          "businessKey", businessKey, "variables", RestDriver.camundaVariables(path.startVariables())));
      latencies.record("start", started.nanos());
      if (!started.ok()) {
        throw new IllegalStateException("start refused: " + started.status() + " " + started.body());
      }
      return businessKey;
    };
  }

  /**
   * @param casesPerSecond whole cases finished per second of wall clock, first start to last completion
   * @param completion latency of every task completion (submit-form), all steps together
   * @param byTask completion latency per task name
   * @param lookup latency of every task query, including those that found nothing yet
   * @param emptyLookups task queries that found nothing yet (the case was still with the job executor)
   */
  record Result(String path, String variant, int threads, int cases, int failed, double seconds,
      double casesPerSecond, double completionsPerSecond, Map<String, Object> completion, Map<String, Object> start,
      Map<String, Object> lookup, long emptyLookups, Map<String, Map<String, Object>> byTask, List<String> errors,
      long clientCpuNanos) {

    Map<String, Object> asMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("path", path);
      map.put("variant", variant);
      map.put("threads", threads);
      map.put("cases", cases);
      map.put("failed", failed);
      map.put("seconds", Latencies.round(seconds));
      map.put("casesPerSecond", Latencies.round(casesPerSecond));
      map.put("completionsPerSecond", Latencies.round(completionsPerSecond));
      map.put("completion", completion);
      map.put("start", start);
      map.put("lookup", lookup);
      map.put("emptyLookups", emptyLookups);
      map.put("completionByTask", byTask);
      map.put("errors", errors);
      return map;
    }
  }

  CaseRunner(RestDriver rest, AtomicInteger caseIndexes) {
    this.rest = rest;
    this.caseIndexes = caseIndexes;
  }

  /** Works {@code cases} whole cases with {@code threads} simulated caseworkers; {@code afterwards} waits for the rest. */
  Result run(String variant, CasePath path, Starter starter, int threads, int cases, Runnable afterwards) {
    Latencies latencies = new Latencies();
    AtomicInteger remaining = new AtomicInteger(cases);
    AtomicInteger failed = new AtomicInteger();
    AtomicLong emptyLookups = new AtomicLong();
    AtomicLong clientCpu = new AtomicLong();
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    List<Thread> workers = new ArrayList<>();
    long begin = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      String caseworker = CasePaths.COUNTY_CASEWORKERS.get(t % CasePaths.COUNTY_CASEWORKERS.size());
      workers.add(CaseRunner.thread("caseworker-" + t, () -> {
        while (remaining.getAndDecrement() > 0) {
          int caseIndex = caseIndexes.getAndIncrement();
          try {
            workCase(path, starter, caseworker, caseIndex, latencies, emptyLookups);
          } catch (RuntimeException e) {
            failed.incrementAndGet();
            if (errors.size() < 10) {
              errors.add(e.getMessage());
            }
          }
        }
        clientCpu.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
      }));
    }
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    afterwards.run();
    double seconds = (System.nanoTime() - begin) / 1e9;
    int done = cases - failed.get();
    Map<String, Map<String, Object>> byTask = new LinkedHashMap<>();
    latencies.summaries().forEach((name, summary) -> {
      if (name.startsWith("complete ")) {
        byTask.put(name.substring("complete ".length()), summary);
      }
    });
    Map<String, Object> completion = latencies.summary("complete");
    return new Result(path.id(), variant, threads, cases, failed.get(), seconds, done / seconds,
        ((Number) completion.get("count")).longValue() / seconds, completion, latencies.summary("start"),
        latencies.summary("lookup"), emptyLookups.get(), byTask, errors, clientCpu.get());
  }

  /** One whole case, start to last step; returns its business key. */
  String workCase(CasePath path, Starter starter, String caseworker, int caseIndex, Latencies latencies,
      AtomicLong emptyLookups) {
    String businessKey = starter.start(rest, caseworker, path, caseIndex, latencies);
    for (Step step : path.steps(caseIndex)) {
      String user = step.actor().user(caseworker);
      String taskId = nextTask(user, businessKey, step.taskName(), latencies, emptyLookups);
      Answer completed = rest.post(user, "/task/" + taskId + "/submit-form",
          Map.of("variables", RestDriver.camundaVariables(step.variables())));
      if (!completed.ok()) {
        throw new IllegalStateException(path.id() + " " + businessKey + ": " + step.taskName() + " refused: "
            + completed.status() + " " + completed.body());
      }
      latencies.record("complete", completed.nanos());
      latencies.record("complete " + step.taskName(), completed.nanos());
    }
    return businessKey;
  }

  private String nextTask(String user, String businessKey, String taskName, Latencies latencies,
      AtomicLong emptyLookups) {
    String query = "/task?processInstanceBusinessKey=" + RestDriver.encode(businessKey) + "&name="
        + RestDriver.encode(taskName);
    long giveUp = System.nanoTime() + PATIENCE_NANOS;
    while (System.nanoTime() < giveUp) {
      Answer found = rest.get(user, query);
      latencies.record("lookup", found.nanos());
      if (!found.ok()) {
        throw new IllegalStateException("task query refused: " + found.status() + " " + found.body());
      }
      if (!found.list().isEmpty()) {
        return (String) found.list().get(0).get("id");
      }
      emptyLookups.incrementAndGet();
      pause();
    }
    List<Object> open = rest.get(DemoUsers.ADMIN, "/task?processInstanceBusinessKey=" + RestDriver.encode(businessKey))
        .list().stream().map(task -> task.get("name") + " (" + task.get("taskDefinitionKey") + ")")
        .map(Object.class::cast).toList();
    throw new IllegalStateException(businessKey + ": no task " + taskName + " for " + user + "; open: " + open);
  }

  /** A started platform thread with a name. */
  static Thread thread(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.start();
    return thread;
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
