package org.regionalrescue.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.regionalrescue.benchmark.RestDriver.Answer;
import org.regionalrescue.support.DemoUsers;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Part 4: many open cases, then the queries a caseworker's Tasklist and a supervisor's Cockpit send, timed over REST
 * with authorizations on.
 */
final class TaskListAtScale {

  /** The agencies the open cases are spread over, evenly. */
  static final List<String> AGENCIES = List.of("qingshan", "linjiang", "baisha", "donghu-center");

  private static final int BATCH = 100;
  private static final long BUDGET_NANOS = 120_000_000_000L;

  private final RestDriver rest;

  TaskListAtScale(RestDriver rest) {
    this.rest = rest;
  }

  /**
   * Starts {@code count} real {@code rescue-case} instances through the Java API, as a referral with the agency named
   * ({@code caseAgency}), one thread per agency, {@value #BATCH} starts per transaction. Each case opens its number,
   * case file and rights and waits at 接待登记, as a case started in Tasklist does.
   */
  Map<String, Object> load(RuntimeService runtime, PlatformTransactionManager transactions, int count)
      throws InterruptedException {
    TransactionTemplate batch = new TransactionTemplate(transactions);
    AtomicInteger started = new AtomicInteger();
    List<Thread> loaders = new ArrayList<>();
    List<RuntimeException> errors = new ArrayList<>();
    long begin = System.nanoTime();
    for (int a = 0; a < AGENCIES.size(); a++) {
      String agency = AGENCIES.get(a);
      int share = count / AGENCIES.size() + (a < count % AGENCIES.size() ? 1 : 0);
      loaders.add(CaseRunner.thread("loader-" + agency, () -> {
        try {
          for (int done = 0; done < share; done += BATCH) {
            int size = Math.min(BATCH, share - done);
            batch.executeWithoutResult(status -> {
              for (int i = 0; i < size; i++) {
                runtime.startProcessInstanceByKey("rescue-case",
                    Map.of("caseAgency", agency, "arrivalChannel", "walk-in"));
              }
            });
            started.addAndGet(size);
          }
        } catch (RuntimeException e) {
          synchronized (errors) {
            errors.add(e);
          }
        }
      }));
    }
    for (Thread loader : loaders) {
      loader.join();
    }
    if (!errors.isEmpty()) {
      throw new IllegalStateException("loading open cases failed", errors.get(0));
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("openCases", started.get());
    result.put("agencies", AGENCIES);
    result.put("how", "Java API startProcessInstanceByKey(rescue-case, caseAgency), " + BATCH
        + " per transaction, one thread per agency; each waits at 接待登记");
    result.put("seconds", Latencies.round(seconds));
    result.put("casesPerSecond", Latencies.round(started.get() / seconds));
    return result;
  }

  /** The timed queries, each {@code repeats} times after a few untimed ones. */
  Map<String, Object> queries(int repeats) {
    Map<String, Object> result = new LinkedHashMap<>();
    String caseworker = DemoUsers.QINGSHAN_CASEWORKER;
    String filterId = rest.get(caseworker, "/filter?resourceType=Task").list().stream()
        .filter(filter -> "本站待办".equals(filter.get("name"))).map(filter -> (String) filter.get("id"))
        .findFirst().orElseThrow(() -> new IllegalStateException("no 本站待办 filter for " + caseworker));
    Map<String, Object> tasklistBody = new LinkedHashMap<>();
    tasklistBody.put("processVariables", List.of());
    tasklistBody.put("taskVariables", List.of());
    tasklistBody.put("caseInstanceVariables", List.of());
    tasklistBody.put("sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")));
    tasklistBody.put("active", true);
    String page = "/filter/" + filterId + "/list?firstResult=0&maxResults=15";

    Object tasksInFilter;
    try {
      Answer sample = rest.get(caseworker, "/filter/" + filterId + "/count");
      tasksInFilter = sample.ok() ? sample.object().get("count") : "status " + sample.status();
    } catch (java.io.UncheckedIOException e) {
      tasksInFilter = "not counted within " + RestDriver.TIMEOUT.toSeconds() + " s";
    }
    result.put("agencyTasksFilter", Map.of("user", caseworker, "filter", "本站待办 (" + filterId + ")",
        "request", "POST " + rest.login().apiRoot() + page + " Accept: application/hal+json, body as Tasklist sends it",
        "tasksInFilter", tasksInFilter));
    result.put("agencyTasksTasklist", timed(repeats, () -> rest.post(caseworker, page, tasklistBody, RestDriver.HAL)));
    result.put("agencyTasksPlainJson", timed(repeats, () -> rest.post(caseworker, page, tasklistBody)));
    result.put("agencyTasksCount", timed(repeats, () -> rest.get(caseworker, "/filter/" + filterId + "/count")));

    // the floor of any REST call: HTTP Basic checked against the engine (password, groups, tenants), no query
    result.put("restFloorVersion", timed(repeats, () -> rest.get(caseworker, "/version")));

    String count = "/process-instance/count?processDefinitionKey=rescue-case";
    result.put("cockpitCountRequest", "GET " + rest.login().apiRoot() + count);
    result.put("cockpitCountCenterSupervisor", timed(repeats, () -> rest.get(DemoUsers.CENTER_SUPERVISOR, count)));
    result.put("cockpitCountCountySupervisor", timed(repeats, () -> rest.get(DemoUsers.QINGSHAN_SUPERVISOR, count)));
    result.put("casesVisibleToCenterSupervisor", rest.get(DemoUsers.CENTER_SUPERVISOR, count).object().get("count"));
    result.put("casesVisibleToCountySupervisor", rest.get(DemoUsers.QINGSHAN_SUPERVISOR, count).object().get("count"));
    return result;
  }

  /**
   * Times a query {@code repeats} times after a few untimed ones, or for at most {@link #BUDGET_NANOS} (then fewer
   * samples, and {@code budgetSpent} says so). A query slower than the REST client's timeout ends it:
   * {@code timedOut}.
   */
  private static Map<String, Object> timed(int repeats, Supplier<Answer> query) {
    long giveUp = System.nanoTime() + BUDGET_NANOS;
    long[] nanos = new long[repeats];
    int done = 0;
    try {
      for (int i = 0; i < Math.min(5, repeats) && System.nanoTime() < giveUp; i++) {
        check(query.get());
      }
      while (done < repeats && System.nanoTime() < giveUp) {
        Answer answer = query.get();
        check(answer);
        nanos[done++] = answer.nanos();
      }
    } catch (java.io.UncheckedIOException e) {
      Map<String, Object> summary = new LinkedHashMap<>(Latencies.summaryOf(java.util.Arrays.copyOf(nanos, done)));
      summary.put("timedOut", "a single query took longer than " + RestDriver.TIMEOUT.toSeconds() + " s");
      return summary;
    }
    Map<String, Object> summary = new LinkedHashMap<>(Latencies.summaryOf(java.util.Arrays.copyOf(nanos, done)));
    if (done < repeats) {
      summary.put("budgetSpent", done + " of " + repeats + " repeats within " + BUDGET_NANOS / 1_000_000_000L + " s");
    }
    return summary;
  }

  private static void check(Answer answer) {
    if (!answer.ok()) {
      throw new IllegalStateException("query refused: " + answer.status() + " " + answer.body());
    }
  }
}
