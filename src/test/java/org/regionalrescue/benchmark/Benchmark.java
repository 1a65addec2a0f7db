package org.regionalrescue.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark (issue 8): {@code mvn -B verify -Pbenchmark} (full scale) or with {@code -Dbench.scale=smoke}. Measures
 * every database of {@code bench.db} one after the other, each in a JVM of its own ({@code BenchmarkRun}), then
 * writes {@code report.md}, {@code report.json} and {@code chart.png} under {@code bench.output}
 * ({@code target/benchmark}). Settings: {@link BenchmarkSettings}.
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Path report = run(BenchmarkSettings.fromSystemProperties());
    System.out.println("[benchmark] report: " + report.toAbsolutePath());
    System.exit(0);
  }

  /** Runs every database's measurement and writes the report; returns the Markdown report's path. */
  @SuppressWarnings("unchecked")
  static Path run(BenchmarkSettings settings) throws Exception {
    Files.createDirectories(settings.output());
    Map<String, Map<String, Object>> results = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    for (String database : settings.databases()) {
      Files.deleteIfExists(settings.output().resolve(database + ".json"));
      if (settings.fork()) {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8"));
        command.addAll(settings.asSystemProperties(database));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchmarkRun.class.getName()));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
          failures.add(database + ": exit code " + exit);
        }
      } else {
        try {
          new BenchmarkRun(settings, database).measure();
        } catch (Exception e) {
          failures.add(database + ": " + e);
          e.printStackTrace();
        }
      }
      Path json = settings.output().resolve(database + ".json");
      if (Files.exists(json)) {
        results.put(database, new ObjectMapper().readValue(json.toFile(), Map.class));
      }
    }
    Path report = BenchmarkReport.write(settings, results, failures);
    if (!failures.isEmpty()) {
      throw new IllegalStateException("benchmark failed: " + failures);
    }
    return report;
  }
}
