package org.regionalrescue.support.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * The faults of a cluster run, injected as the work progresses: at a quarter of the tasks one node is killed
 * ({@code kill -9}) at a moment it holds jobs (locked under its name, {@code ACT_RU_JOB.LOCK_OWNER_}); at three
 * quarters the database server is stopped and started again. Both moments fall where the caseworkers complete the
 * steps that create jobs, so jobs are in flight. Watches how long the cluster takes to recover from each.
 */
public final class Faults {

  private static final Duration HOLD_PATIENCE = Duration.ofSeconds(30);
  private static final Duration RECOVERY_PATIENCE = Duration.ofSeconds(120);

  private final EmbeddedDatabase database;
  private final Node victim;
  private final long tasksInAll;
  private final Duration databaseDownTime;

  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
  private Thread injector;
  private volatile List<String> jobsHeldAtKill = List.of();
  private volatile Instant killedAt;
  private volatile Thread killWatch;
  private final AtomicReference<Instant> heldJobsDoneAt = new AtomicReference<>();

  private volatile Instant databaseStoppedAt;
  private volatile Instant databaseBackAt;
  private volatile long jobsAtRestart;
  private volatile long jobsLockedAtStop;
  private volatile long jobFailuresBeforeRestart = -1;
  private volatile Thread restartWatch;
  private volatile boolean committedWorkKept;
  private volatile long[] committedWorkBeforeStop = {0, 0};
  private final AtomicReference<Instant> failedJobsRetriedAt = new AtomicReference<>();

  public Faults(EmbeddedDatabase database, Node victim, long tasksInAll, Duration databaseDownTime) {
    this.database = database;
    this.victim = victim;
    this.tasksInAll = tasksInAll;
    this.databaseDownTime = databaseDownTime;
  }

  /**
   * Starts injecting, on a thread of its own while the work goes on: the kill when {@code completed} reaches a
   * quarter of the tasks, the database restart at three quarters.
   */
  public void start(LongSupplier completed) {
    injector = new Thread(() -> {
      try {
        awaitProgress(completed, 1);
        killWhileHoldingJobs();
        awaitProgress(completed, 3);
        restartDatabase();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        failure.set(e);
      }
    }, "fault-injector");
    injector.setDaemon(true);
    injector.start();
  }

  /** After the run: waits for the injector, gives the watches a last look, then ends them. */
  public void finish() throws InterruptedException {
    if (injector != null) {
      injector.join(RECOVERY_PATIENCE.toMillis());
      injector.interrupt();
    }
    for (Thread watch : new Thread[] {killWatch, restartWatch}) {
      if (watch != null) {
        watch.join(2000);
        watch.interrupt();
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a fault could not be injected", failure.get());
    }
  }

  private void awaitProgress(LongSupplier completed, int quarters) throws InterruptedException {
    while (completed.getAsLong() * 4 < quarters * tasksInAll) {
      Thread.sleep(20);
    }
  }

  public boolean nodeKilled() {
    return killedAt != null;
  }

  public boolean databaseRestarted() {
    return databaseBackAt != null;
  }

  public Instant databaseBackAt() {
    return databaseBackAt;
  }

  /** The jobs the killed node held when it was killed. */
  public List<String> jobsHeldAtKill() {
    return jobsHeldAtKill;
  }

  /** Job failures recorded from the database stop on (their retries were counted down). */
  public long jobFailuresDuringRestart() {
    return jobFailuresBeforeRestart < 0 ? 0 : failedJobLogEntries() - jobFailuresBeforeRestart;
  }

  public void report(ReliabilityReport report, String scenario) {
    report.figure(scenario, "node killed (kill -9)", killedAt == null ? "no"
        : victim.name() + " after a quarter of the tasks, holding " + jobsHeldAtKill.size() + " locked jobs");
    report.figure(scenario, "its locked jobs done by the surviving node after (lock time)",
        heldJobsDoneAt.get() == null ? "not observed" : ReliabilityReport.seconds(
            Duration.between(killedAt, heldJobsDoneAt.get())));
    report.figure(scenario, "database restarted", databaseBackAt == null ? "no" : "after three quarters of the tasks,"
        + " unreachable for " + ReliabilityReport.seconds(Duration.between(databaseStoppedAt, databaseBackAt))
        + ", stopped while " + jobsLockedAtStop + " of " + jobsAtRestart + " jobs were locked by a node");
    report.figure(scenario, "committed before the stop and there after the start", committedWorkBeforeStop[0]
        + " written records, " + committedWorkBeforeStop[1] + " completed tasks: "
        + (committedWorkKept ? "all" : "NOT all"));
    report.figure(scenario, "job failures recorded during the restart (then retried)", jobFailuresDuringRestart());
    report.figure(scenario, "every failed job retried and done after the database was back",
        jobFailuresDuringRestart() == 0 ? "no job failed" : failedJobsRetriedAt.get() == null ? "not observed"
            : ReliabilityReport.seconds(Duration.between(databaseBackAt, failedJobsRetriedAt.get())));
  }

  /** When every job the killed node held had been done by another node, if observed. */
  public Instant heldJobsDoneAt() {
    return heldJobsDoneAt.get();
  }

  /** When no job was left with a failure after the database came back, if observed. */
  public Instant failedJobsRetriedAt() {
    return failedJobsRetriedAt.get();
  }

  private void killWhileHoldingJobs() throws InterruptedException {
    Instant giveUp = Instant.now().plus(HOLD_PATIENCE);
    List<String> held = heldBy(victim.name());
    while (held.isEmpty() && Instant.now().isBefore(giveUp)) {
      Thread.sleep(5);
      held = heldBy(victim.name());
    }
    victim.kill();
    killedAt = Instant.now();
    jobsHeldAtKill = held;
    List<String> watched = held;
    killWatch = watch(() -> database.number("SELECT COUNT(*) FROM act_ru_job WHERE id_ = ANY (?)",
        (Object) watched.toArray(String[]::new)) == 0, heldJobsDoneAt);
  }

  private void restartDatabase() throws InterruptedException {
    jobFailuresBeforeRestart = failedJobLogEntries();
    long[] committedBefore = committedWork();
    // stop while a node holds jobs, so that some are caught in the middle of a step
    Instant giveUp = Instant.now().plus(HOLD_PATIENCE);
    long[] jobs = jobs();
    while (jobs[1] == 0 && Instant.now().isBefore(giveUp)) {
      Thread.sleep(5);
      jobs = jobs();
    }
    databaseStoppedAt = Instant.now();
    jobsAtRestart = jobs[0];
    jobsLockedAtStop = jobs[1];
    database.restart(databaseDownTime);
    databaseBackAt = Instant.now();
    long[] committedAfter = committedWork();
    committedWorkKept = committedAfter[0] >= committedBefore[0] && committedAfter[1] >= committedBefore[1];
    committedWorkBeforeStop = committedBefore;
    restartWatch = watch(() -> failedJobLogEntries() > jobFailuresBeforeRestart
        && database.number("SELECT COUNT(*) FROM act_ru_job WHERE exception_msg_ IS NOT NULL") == 0,
        failedJobsRetriedAt);
  }

  /** Written records and completed tasks, as committed. */
  private long[] committedWork() {
    return new long[] {database.number("SELECT COUNT(*) FROM case_record"),
        database.number("SELECT COUNT(*) FROM act_hi_taskinst WHERE end_time_ IS NOT NULL")};
  }

  /** Whether everything committed before the database stopped was there after it started again. */
  public boolean committedWorkKept() {
    return committedWorkKept;
  }

  /** Jobs in all, and those locked by a node. */
  private long[] jobs() {
    Map<String, Object> row = database.rows("SELECT COUNT(*) AS jobs, COUNT(lock_owner_) AS locked FROM act_ru_job")
        .get(0);
    return new long[] {((Number) row.get("jobs")).longValue(), ((Number) row.get("locked")).longValue()};
  }

  private long failedJobLogEntries() {
    return database.number("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 1");
  }

  private List<String> heldBy(String lockOwner) {
    return database.rows("SELECT id_ FROM act_ru_job WHERE lock_owner_ = ?", lockOwner).stream()
        .map(row -> row.get("id_").toString()).toList();
  }

  private static Thread watch(java.util.function.BooleanSupplier done, AtomicReference<Instant> at) {
    Thread watch = new Thread(() -> {
      Instant giveUp = Instant.now().plus(RECOVERY_PATIENCE);
      while (Instant.now().isBefore(giveUp)) {
        try {
          if (done.getAsBoolean()) {
            at.set(Instant.now());
            return;
          }
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        } catch (RuntimeException databaseAway) {
          // asked again
        }
      }
    }, "fault-watch");
    watch.setDaemon(true);
    watch.start();
    return watch;
  }
}
