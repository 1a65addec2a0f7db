package org.regionalrescue.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

final class BenchmarkReport {
  private BenchmarkReport() {}

  static Path write(BenchmarkSettings settings, Map<String, Map<String, Object>> results, List<String> failures)
      throws IOException {
    return settings.output().resolve("report.md");
  }
}
