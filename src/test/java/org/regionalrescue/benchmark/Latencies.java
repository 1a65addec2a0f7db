package org.regionalrescue.benchmark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Durations recorded by many threads under a name each; summarised as count, mean and percentiles in ms. */
final class Latencies {

  private final Map<String, Samples> byName = new ConcurrentHashMap<>();

  void record(String name, long nanos) {
    byName.computeIfAbsent(name, n -> new Samples()).add(nanos);
  }

  Map<String, Object> summary(String name) {
    Samples samples = byName.get(name);
    return samples == null ? summaryOf(new long[0]) : summaryOf(samples.values());
  }

  /** Every name's summary, sorted by name. */
  Map<String, Map<String, Object>> summaries() {
    Map<String, Map<String, Object>> all = new TreeMap<>();
    byName.forEach((name, samples) -> all.put(name, summaryOf(samples.values())));
    return all;
  }

  static Map<String, Object> summaryOf(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("count", sorted.length);
    if (sorted.length == 0) {
      return summary;
    }
    summary.put("meanMs", round(Arrays.stream(sorted).average().orElse(0) / 1e6));
    summary.put("p50Ms", round(percentile(sorted, 0.50) / 1e6));
    summary.put("p95Ms", round(percentile(sorted, 0.95) / 1e6));
    summary.put("p99Ms", round(percentile(sorted, 0.99) / 1e6));
    summary.put("maxMs", round(sorted[sorted.length - 1] / 1e6));
    return summary;
  }

  /** Nearest-rank percentile. */
  private static long percentile(long[] sorted, double fraction) {
    int rank = (int) Math.ceil(fraction * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static final class Samples {
    private long[] values = new long[256];
    private int size;

    synchronized void add(long nanos) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = nanos;
    }

    synchronized long[] values() {
      return Arrays.copyOf(values, size);
    }
  }
}
