package org.regionalrescue.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benchmark at a tiny scale on PostgreSQL (10 cases, 2 caseworkers, 1,000 open cases), so that it keeps working:
 * the report is written with all five parts. No timing is asserted; the figures are the benchmark's business.
 */
class BenchmarkSmokeIT {

  @Test
  void theSmokeRunWritesAReportWithAllFiveParts() throws Exception {
    Path output = Path.of("target", "benchmark-smoke");
    Path report = Benchmark.run(BenchmarkSettings.of("smoke").withOutput(output));

    assertThat(report).exists();
    assertThat(output.resolve("chart.png")).exists();
    @SuppressWarnings("unchecked")
    Map<String, Object> json = new ObjectMapper().readValue(output.resolve("report.json").toFile(), Map.class);
    assertThat((Iterable<?>) json.get("failures")).isEmpty();
    @SuppressWarnings("unchecked")
    Map<String, Object> postgres = (Map<String, Object>) ((Map<String, Object>) json.get("results")).get("postgres");
    assertThat(postgres).containsKeys("wholeCases", "bareEngine", "ceiling", "taskList", "startup", "profile");
    assertThat(BenchmarkReport.at(postgres, "wholeCases.common.cases")).isEqualTo(10);
    assertThat(BenchmarkReport.at(postgres, "wholeCases.common.failed")).isEqualTo(0);
    assertThat(BenchmarkReport.at(postgres, "wholeCases.escalation-escort.failed")).isEqualTo(0);
    assertThat(BenchmarkReport.at(postgres, "bareEngine.common.result.failed")).isEqualTo(0);
    assertThat(BenchmarkReport.at(postgres, "ceiling.writes.transactions")).isInstanceOf(Number.class);
    assertThat(BenchmarkReport.at(postgres, "taskList.load.openCases")).isEqualTo(1_000);
    assertThat(BenchmarkReport.at(postgres, "taskList.agencyTasksTasklist.count")).isEqualTo(20);
    assertThat(BenchmarkReport.at(postgres, "startup.firstStart.readySeconds")).isInstanceOf(Number.class);
    assertThat(Files.readString(report)).contains("本站待办", "bare engine", "ceiling", "ready");
  }
}
