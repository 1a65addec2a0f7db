package org.regionalrescue.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time spent by the application's JVM and by the PostgreSQL server (postmaster and backends): on a machine shared
 * with other work the wall clock stretches, CPU time per case hardly does. Divided into the cores it gives what the
 * machine could do alone.
 */
final class CpuMeter {

  private final Optional<ProcessHandle> postmaster;

  private CpuMeter(Optional<ProcessHandle> postmaster) {
    this.postmaster = postmaster;
  }

  /** The JVM only (H2 runs inside it). */
  static CpuMeter jvmOnly() {
    return new CpuMeter(Optional.empty());
  }

  /** The JVM and the PostgreSQL server listening on this port. */
  static CpuMeter withPostgres(int port) {
    String portArgument = "-p " + port;
    return new CpuMeter(ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(portArgument)
            && !c.contains("pg_ctl")).orElse(false))
        .findFirst());
  }

  record Sample(long jvmNanos, long databaseNanos, long wallNanos) {

    Map<String, Object> since(Sample before, int cases, long clientNanos) {
      Map<String, Object> cpu = new LinkedHashMap<>();
      long jvm = jvmNanos - before.jvmNanos;
      long database = databaseNanos - before.databaseNanos;
      long application = jvm - clientNanos;
      long wall = wallNanos - before.wallNanos;
      cpu.put("applicationCpuSeconds", Latencies.round(application / 1e9));
      cpu.put("clientCpuSeconds", Latencies.round(clientNanos / 1e9));
      cpu.put("databaseCpuSeconds", Latencies.round(database / 1e9));
      cpu.put("wallSeconds", Latencies.round(wall / 1e9));
      if (cases > 0) {
        double perCase = (application + database) / 1e9 / cases;
        cpu.put("cpuMsPerCase", Latencies.round(perCase * 1000));
        cpu.put("applicationCpuMsPerCase", Latencies.round(application / 1e6 / cases));
        cpu.put("databaseCpuMsPerCase", Latencies.round(database / 1e6 / cases));
        cpu.put("casesPerSecondIfCpuBound", Latencies.round(Runtime.getRuntime().availableProcessors() / perCase));
      }
      return cpu;
    }
  }

  Sample sample() {
    long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    long database = postmaster.map(p -> cpu(p) + p.children().mapToLong(CpuMeter::cpu).sum()).orElse(0L);
    return new Sample(jvm, database, System.nanoTime());
  }

  boolean measuresDatabase() {
    return postmaster.isPresent();
  }

  private static long cpu(ProcessHandle process) {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }
}
