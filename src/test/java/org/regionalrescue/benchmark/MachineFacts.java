package org.regionalrescue.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine the benchmark ran on, its load, and this JVM's memory. */
final class MachineFacts {

  private MachineFacts() {}

  static Map<String, Object> machine() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("cores", Runtime.getRuntime().availableProcessors());
    facts.put("cpu", firstLine(Path.of("/proc/cpuinfo"), "model name"));
    facts.put("memoryGiB", Math.round(kib(Path.of("/proc/meminfo"), "MemTotal:") / 1024.0 / 1024.0));
    facts.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    facts.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / 1024 / 1024);
    facts.put("jvmArguments", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> !a.startsWith("-D" + BenchmarkSettings.PREFIX)).toList());
    return facts;
  }

  /** The 1, 5 and 15 minute load averages: other work on the machine while it was measured. */
  static List<Double> loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return List.of(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** Heap in use after a full collection, and the resident set of this JVM, in MiB. */
  static Map<String, Object> memory() {
    System.gc();
    System.gc();
    Map<String, Object> memory = new LinkedHashMap<>();
    memory.put("heapUsedMiB", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024 / 1024);
    memory.put("heapCommittedMiB",
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / 1024 / 1024);
    memory.put("rssMiB", kib(Path.of("/proc/self/status"), "VmRSS:") / 1024);
    return memory;
  }

  private static long kib(Path file, String key) {
    String line = firstLine(file, key);
    return line.isEmpty() ? -1 : Long.parseLong(line.replaceAll("[^0-9]", ""));
  }

  private static String firstLine(Path file, String key) {
    try {
      return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("");
    } catch (IOException e) {
      return "";
    }
  }
}
