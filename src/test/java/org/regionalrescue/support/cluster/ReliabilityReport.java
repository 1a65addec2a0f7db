package org.regionalrescue.support.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a cluster test did and what held, as Markdown ({@code target/reliability/report.md}): one table per scenario
 * (what was done, faults injected, what was counted afterwards), written even when a scenario failed.
 */
public final class ReliabilityReport {

  private final Map<String, List<String[]>> scenarios = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  /** Adds a figure to a scenario's table. */
  public synchronized void figure(String scenario, String what, Object value) {
    scenarios.computeIfAbsent(scenario, s -> new ArrayList<>()).add(new String[] {what, String.valueOf(value)});
  }

  /** A line under the tables (the setup, a failure). */
  public synchronized void note(String text) {
    notes.add(text);
  }

  public synchronized void write(Path file) {
    StringBuilder markdown = new StringBuilder("# Cluster reliability\n\n")
        .append("Written by `ClusterReliabilityIT` on ")
        .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append(" (")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores).\n\n");
    scenarios.forEach((scenario, rows) -> {
      markdown.append("## ").append(scenario).append("\n\n| what | figure |\n|---|---|\n");
      rows.forEach(row -> markdown.append("| ").append(row[0]).append(" | ").append(row[1]).append(" |\n"));
      markdown.append('\n');
    });
    notes.forEach(note -> markdown.append("- ").append(note).append('\n'));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The machine's load average (1, 5, 15 minutes) from {@code /proc/loadavg}: other work competing for the CPU. */
  public static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** A duration as seconds with one decimal, e.g. {@code 12.3 s}. */
  public static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
