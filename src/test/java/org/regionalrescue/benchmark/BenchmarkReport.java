package org.regionalrescue.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * Writes {@code report.json} (every figure of every database plus the summary), {@code report.md} (the five parts side
 * by side for the databases measured, with the targets of issue 8) and {@code chart.png} (throughput, latency, task
 * list and startup).
 */
final class BenchmarkReport {

  /** One row of the summary: a label, how to read it from a database's results, and the target (or null). */
  private record Row(String part, String label, Function<Map<String, Object>, Object> value, String target) {}

  private static final List<Row> ROWS = List.of(
      new Row("1", "whole cases/s, common path", r -> at(r, "wholeCases.common.casesPerSecond"), "≥ 40"),
      new Row("1", "task completion p50 / p95 / p99 ms, common path", r -> triple(r, "wholeCases.common.completion"),
          "p95 ≤ 50"),
      new Row("1", "CPU ms per case, application + database (common path)", r -> at(r,
          "wholeCases.common.cpu.applicationCpuMsPerCase") + " + " + at(r, "wholeCases.common.cpu.databaseCpuMsPerCase"),
          null),
      new Row("1", "cases/s the cores would give alone (CPU-bound estimate, common path)",
          r -> at(r, "wholeCases.common.cpu.casesPerSecondIfCpuBound"), null),
      new Row("1", "whole cases/s, common path, with the open cases of part 4 in the database",
          r -> at(r, "wholeCases.commonWithOpenCases.casesPerSecond"), null),
      new Row("1", "task completion p50 / p95 / p99 ms, common path, with the open cases",
          r -> triple(r, "wholeCases.commonWithOpenCases.completion"), "p95 ≤ 50"),
      new Row("1", "whole cases/s, escalation + cross-province escort",
          r -> at(r, "wholeCases.escalation-escort.casesPerSecond"), null),
      new Row("1", "task completion p50 / p95 / p99 ms, escalation + escort",
          r -> triple(r, "wholeCases.escalation-escort.completion"), null),
      new Row("2", "bare engine cases/s, common shape", r -> at(r, "bareEngine.common.result.casesPerSecond"), null),
      new Row("2", "application ÷ bare engine, common path", r -> ratio(r, "wholeCases.common.casesPerSecond",
          "bareEngine.common.result.casesPerSecond"), "≥ 60 %"),
      new Row("2", "CPU ms per case, application + database (bare engine, common shape)", r -> at(r,
          "bareEngine.common.result.cpu.applicationCpuMsPerCase") + " + "
          + at(r, "bareEngine.common.result.cpu.databaseCpuMsPerCase"), null),
      new Row("2", "application ÷ bare engine by CPU per case, common path", r -> ratio(r,
          "bareEngine.common.result.cpu.cpuMsPerCase", "wholeCases.common.cpu.cpuMsPerCase"), null),
      new Row("2", "bare engine completion p50 / p95 / p99 ms, common shape",
          r -> triple(r, "bareEngine.common.result.completion"), null),
      new Row("2", "bare engine cases/s, escalation + escort shape",
          r -> at(r, "bareEngine.escalation-escort.result.casesPerSecond"), null),
      new Row("2", "application ÷ bare engine, escalation + escort", r -> ratio(r,
          "wholeCases.escalation-escort.casesPerSecond", "bareEngine.escalation-escort.result.casesPerSecond"), null),
      new Row("3", "database ceiling cases/s (JDBC writes of a step's rows)",
          r -> at(r, "ceiling.writes.casesPerSecond"), null),
      new Row("3", "database ceiling cases/s (writes + the step's selects)",
          r -> at(r, "ceiling.writesAndReads.casesPerSecond"), null),
      new Row("3", "ceiling cases/s the cores would give alone (writes + selects, CPU-bound estimate)",
          r -> at(r, "ceiling.writesAndReads.cpu.casesPerSecondIfCpuBound"), null),
      new Row("3", "application ÷ ceiling (writes + selects), common path", r -> ratio(r,
          "wholeCases.common.casesPerSecond", "ceiling.writesAndReads.casesPerSecond"), null),
      new Row("3", "rows written per step (insert / update / delete), selects per step", r -> at(r,
          "profile.common.perStep.insert") + " / " + at(r, "profile.common.perStep.update") + " / "
          + at(r, "profile.common.perStep.delete") + ", " + at(r, "profile.common.perStep.select"), null),
      new Row("4", "open cases loaded (cases/s while loading)", r -> at(r, "taskList.load.openCases") + " ("
          + at(r, "taskList.load.casesPerSecond") + "/s)", null),
      new Row("4", "本站待办 first page (Tasklist, HAL) p50 / p95 ms",
          r -> pair(r, "taskList.agencyTasksTasklist"), "p95 ≤ 50"),
      new Row("4", "本站待办 first page (plain JSON) p50 / p95 ms", r -> pair(r, "taskList.agencyTasksPlainJson"),
          null),
      new Row("4", "本站待办 count p50 / p95 ms", r -> pair(r, "taskList.agencyTasksCount"), null),
      new Row("4", "tasks in qingshan's 本站待办", r -> at(r, "taskList.agencyTasksFilter.tasksInFilter"), null),
      new Row("4", "floor of any REST call (GET /version: login checked, no query) p50 / p95 ms",
          r -> pair(r, "taskList.restFloorVersion"), null),
      new Row("4", "Cockpit instance count, center supervisor p50 / p95 ms",
          r -> pair(r, "taskList.cockpitCountCenterSupervisor"), null),
      new Row("4", "Cockpit instance count, county supervisor p50 / p95 ms",
          r -> pair(r, "taskList.cockpitCountCountySupervisor"), null),
      new Row("5", "ready, first start on an empty database (s)", r -> at(r, "startup.firstStart.readySeconds"),
          "≤ 20"),
      new Row("5", "CPU seconds until ready, first start (application + database)", r -> at(r,
          "startup.firstStart.cpu.applicationCpuSeconds") + " + " + at(r, "startup.firstStart.cpu.databaseCpuSeconds"),
          null),
      new Row("5", "ready, restart with the open cases (s)", r -> at(r, "startup.restartWithOpenCases.readySeconds"),
          "≤ 20"),
      new Row("5", "heap after GC / RSS after startup (MiB)", r -> at(r, "startup.firstStart.memory.heapUsedMiB")
          + " / " + at(r, "startup.firstStart.memory.rssMiB"), null),
      new Row("5", "heap after GC / RSS after loading the open cases (MiB)",
          r -> at(r, "startup.memoryAfterLoad.heapUsedMiB") + " / " + at(r, "startup.memoryAfterLoad.rssMiB"), null),
      new Row("5", "database size after loading (MiB)", r -> at(r, "taskList.databaseSizeMiB"), null));

  private BenchmarkReport() {}

  static Path write(BenchmarkSettings settings, Map<String, Map<String, Object>> results, List<String> failures)
      throws IOException {
    Files.createDirectories(settings.output());
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("settings", Map.of("scale", settings.scale(), "databases", settings.databases(),
        "threads", settings.threads(), "cases", settings.cases(), "escortCases", settings.escortCases(),
        "warmupCases", settings.warmupCases(), "openCases", settings.openCases(),
        "queryRepeats", settings.queryRepeats(), "ceilingSeconds", settings.ceilingSeconds()));
    report.put("failures", failures);
    Map<String, Object> summary = new LinkedHashMap<>();
    for (Row row : ROWS) {
      Map<String, Object> values = new LinkedHashMap<>();
      results.forEach((db, result) -> values.put(db, String.valueOf(row.value().apply(result))));
      summary.put("part " + row.part() + ": " + row.label(), values);
    }
    report.put("summary", summary);
    report.put("results", results);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(settings.output().resolve("report.json").toFile(), report);
    chart(results, settings.output().resolve("chart.png"));
    Path markdown = settings.output().resolve("report.md");
    Files.writeString(markdown, markdown(settings, results, failures));
    return markdown;
  }

  private static String markdown(BenchmarkSettings settings, Map<String, Map<String, Object>> results,
      List<String> failures) {
    StringBuilder md = new StringBuilder("# Benchmark: whole rescue cases, the bare engine, the database, the task list,"
        + " startup\n\n");
    Map<String, Object> first = results.values().stream().findFirst().orElse(Map.of());
    md.append("Scale `").append(settings.scale()).append("`: ").append(settings.threads())
        .append(" simulated caseworkers, ").append(settings.cases()).append(" common-path cases, ")
        .append(settings.escortCases()).append(" escalation + escort cases (after ").append(settings.warmupCases())
        .append(" warm-up cases each), ").append(settings.openCases()).append(" open cases, ")
        .append(settings.queryRepeats()).append(" timed queries each, ").append(settings.ceilingSeconds())
        .append(" s of ceiling transactions.\n\n");
    md.append("Machine: ").append(at(first, "machine.cores")).append(" cores (").append(at(first, "machine.cpu"))
        .append("), ").append(at(first, "machine.memoryGiB")).append(" GiB, ").append(at(first, "machine.java"))
        .append(", max heap ").append(at(first, "machine.maxHeapMiB")).append(" MiB.\n\n");
    md.append("Load average (1 min) while measuring — other work on the machine: ");
    results.forEach((db, r) -> {
      md.append(db).append(" ");
      if (at(r, "loadAverage") instanceof Map<?, ?> loads) {
        loads.forEach((when, averages) -> md.append(when).append(' ')
            .append(averages instanceof List<?> l && !l.isEmpty() ? l.get(0) : "?").append(", "));
      }
      md.append("; ");
    });
    md.append("\n\n");
    if (!failures.isEmpty()) {
      md.append("**Failed:** ").append(String.join("; ", failures)).append("\n\n");
    }
    md.append("![throughput and latency](chart.png)\n\n");
    md.append("| part | figure |");
    results.keySet().forEach(db -> md.append(' ').append(db).append(" |"));
    md.append(" target (PostgreSQL) |\n|---|---|");
    results.keySet().forEach(db -> md.append("---|"));
    md.append("---|\n");
    for (Row row : ROWS) {
      md.append("| ").append(row.part()).append(" | ").append(row.label()).append(" |");
      results.values().forEach(r -> md.append(' ').append(row.value().apply(r)).append(" |"));
      md.append(' ').append(row.target() == null ? "" : row.target() + verdict(row, results.get("postgres")))
          .append(" |\n");
    }
    md.append("\n## How each part is measured\n\n")
        .append("Login: `").append(settings.login().name().toLowerCase(java.util.Locale.ROOT)).append("`: ")
        .append(settings.login() == RestDriver.Login.TASKLIST
            ? "each user logs in once as Tasklist does and calls the engine API Tasklist uses "
                + "(`/camunda/api/engine/engine/default`, session cookie and CSRF header)."
            : "every call carries HTTP Basic credentials to `/engine-rest`, as a REST client's do.")
        .append(" Paths below are relative to that API.\n\n")
        .append("1. **Whole cases.** The real application (profiles `demo` + `postgres` on an embedded PostgreSQL ")
        .append("server with `synchronous_commit` as configured, or `demo` on an H2 file database; history level, ")
        .append("authorizations and the encrypted case file as configured) on a random port. Each simulated ")
        .append("caseworker (a thread, logged in as `qingshan`/`linjiang`/`baisha.caseworker`; the regional ")
        .append("center's steps as `center.caseworker`/`center.supervisor`) starts a case over REST, ")
        .append("finds each next task by case number and name (`GET /task`, polling every 10 ms while the job ")
        .append("executor moves the case on) and submits its form (`POST /task/{id}/submit-form`). Latencies are ")
        .append("those of the submit-form calls. Throughput counts from the first start until the job executor ")
        .append("has nothing left to do.\n")
        .append("2. **Bare engine.** A generated BPMN per path with the same user tasks (same names, same order) ")
        .append("and as many service tasks (`${true}`), exclusive gateways, call activities (of an empty process) and ")
        .append("asynchronous continuations as the profiled case passed (counted from history); deployed to the ")
        .append("same engine and driven the same way over REST with authorization checks switched off; personal ")
        .append("fields go into plain variables instead of the case file.\n")
        .append("3. **Database ceiling.** Plain JDBC transactions through the application's pool, each of one ")
        .append("step's size as counted while the profiled case ran (rows inserted in one batch, updated, deleted; ")
        .append("and a variant with the step's number of single-row selects), as many threads as caseworkers. ")
        .append("Cases/s = transactions/s ÷ steps per case.\n")
        .append("4. **Task list at scale.** Open `rescue-case` instances started through the Java API (real ")
        .append("instances, 100 per transaction, spread evenly over 青山县, 临江县, 白沙区 and the regional center), ")
        .append("each waiting at 接待登记; then, as `qingshan.caseworker`, the request Tasklist sends for 本站待办 ")
        .append("(`POST /filter/{id}/list?firstResult=0&maxResults=15`, sorted by due date, HAL), and Cockpit's ")
        .append("`GET /process-instance/count` as `center.supervisor` and `qingshan.supervisor`.\n")
        .append("5. **Startup.** `SpringApplication.run` until `/actuator/health/readiness` answers UP; heap after ")
        .append("a full GC and the JVM's resident set (which includes the benchmark's own few MiB).\n\n");
    md.append("## Profile of one case (statements and rows, counted at the JDBC driver)\n\n");
    for (Map.Entry<String, Map<String, Object>> result : results.entrySet()) {
      for (String path : List.of("common", "escalation-escort")) {
        md.append("- ").append(result.getKey()).append(", ").append(path).append(": ")
            .append(at(result.getValue(), "profile." + path + ".steps")).append(" steps, ")
            .append(at(result.getValue(), "profile." + path + ".statementsPerStep")).append(" statements/step, ")
            .append(at(result.getValue(), "profile." + path + ".commits")).append(" commits, rows written ")
            .append(at(result.getValue(), "profile." + path + ".rowsWritten")).append("; bare engine: ")
            .append(at(result.getValue(), "bareEngine." + path + ".profile.statementsPerStep"))
            .append(" statements/step, rows ")
            .append(at(result.getValue(), "bareEngine." + path + ".profile.rowsWritten")).append("\n");
      }
    }
    md.append("\n## Where the time goes: the statements that took longest\n\n");
    for (Map.Entry<String, Map<String, Object>> result : results.entrySet()) {
      for (String[] part : new String[][] {{"whole cases", "wholeCases.slowestStatements"},
          {"whole cases with the open cases", "wholeCases.slowestStatementsWithOpenCases"},
          {"task list queries", "taskList.slowestStatements"}}) {
        if (!(at(result.getValue(), part[1]) instanceof List<?> statements)) {
          continue;
        }
        md.append("**").append(result.getKey()).append(", ").append(part[0]).append("**\n\n")
            .append("| executions | total ms | mean ms | statement |\n|---|---|---|---|\n");
        for (Object entry : statements.subList(0, Math.min(5, statements.size()))) {
          @SuppressWarnings("unchecked")
          Map<String, Object> statement = (Map<String, Object>) entry;
          String sql = String.valueOf(statement.get("sql"));
          md.append("| ").append(statement.get("executions")).append(" | ").append(statement.get("totalMs"))
              .append(" | ").append(statement.get("meanMs")).append(" | `")
              .append((sql.length() > 160 ? sql.substring(0, 160) + " …" : sql).replace("|", "\\|"))
              .append("` |\n");
        }
        md.append("\n");
      }
    }
    md.append("\nEvery figure, per task and per table, is in `report.json` (and `<database>.json`).\n");
    return md.toString();
  }

  private static String verdict(Row row, Map<String, Object> postgres) {
    if (postgres == null) {
      return "";
    }
    Object value = row.value().apply(postgres);
    String text = String.valueOf(value);
    try {
      String target = row.target();
      double limit = Double.parseDouble(target.substring(target.indexOf(target.contains("≥") ? '≥' : '≤') + 1)
          .replaceAll("[^0-9.]", ""));
      double measured;
      if (row.target().startsWith("p95")) {
        measured = Double.parseDouble(text.split(" / ")[1]);
      } else {
        measured = Double.parseDouble(text.replace("%", "").trim());
      }
      boolean met = row.target().contains("≥") ? measured >= limit : measured <= limit;
      return met ? " — met" : " — **missed**";
    } catch (RuntimeException e) {
      return "";
    }
  }

  // ---- reading nested results

  @SuppressWarnings("unchecked")
  static Object at(Map<String, Object> map, String path) {
    Object current = map;
    for (String key : path.split("\\.")) {
      if (!(current instanceof Map<?, ?> m)) {
        return "–";
      }
      current = ((Map<String, Object>) m).get(key);
    }
    return current == null ? "–" : current;
  }

  private static double number(Map<String, Object> map, String path) {
    return at(map, path) instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private static String triple(Map<String, Object> r, String path) {
    return at(r, path + ".p50Ms") + " / " + at(r, path + ".p95Ms") + " / " + at(r, path + ".p99Ms");
  }

  private static String pair(Map<String, Object> r, String path) {
    return at(r, path + ".p50Ms") + " / " + at(r, path + ".p95Ms");
  }

  private static String ratio(Map<String, Object> r, String numerator, String denominator) {
    double value = number(r, numerator) / number(r, denominator);
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f %%", value * 100);
  }

  // ---- the chart

  private record Panel(String title, String unit, List<String> labels, List<String> paths, Double target) {}

  private static void chart(Map<String, Map<String, Object>> results, Path file) throws IOException {
    List<Panel> panels = List.of(
        new Panel("Throughput", "cases/s", List.of("common", "bare common", "escort", "bare escort", "DB ceiling"),
            List.of("wholeCases.common.casesPerSecond", "bareEngine.common.result.casesPerSecond",
                "wholeCases.escalation-escort.casesPerSecond",
                "bareEngine.escalation-escort.result.casesPerSecond", "ceiling.writesAndReads.casesPerSecond"),
            40.0),
        new Panel("Task completion (common path)", "ms", List.of("p50", "p95", "p99", "bare p95"),
            List.of("wholeCases.common.completion.p50Ms", "wholeCases.common.completion.p95Ms",
                "wholeCases.common.completion.p99Ms", "bareEngine.common.result.completion.p95Ms"), 50.0),
        new Panel("Task list, open cases loaded", "ms", List.of("agency tasks p50", "agency tasks p95",
            "count p95", "Cockpit p95"), List.of("taskList.agencyTasksTasklist.p50Ms", "taskList.agencyTasksTasklist.p95Ms",
                "taskList.agencyTasksCount.p95Ms", "taskList.cockpitCountCenterSupervisor.p95Ms"), 50.0),
        new Panel("Startup", "s to ready", List.of("first start", "restart (loaded)"),
            List.of("startup.firstStart.readySeconds", "startup.restartWithOpenCases.readySeconds"), 20.0));
    int width = 1600;
    int height = 560;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    List<String> databases = new ArrayList<>(results.keySet());
    Color[] colors = {new Color(0x33, 0x66, 0x99), new Color(0xE0, 0x8A, 0x1E), new Color(0x55, 0x99, 0x55)};
    int panelWidth = width / panels.size();
    for (int p = 0; p < panels.size(); p++) {
      Panel panel = panels.get(p);
      int left = p * panelWidth + 60;
      int right = (p + 1) * panelWidth - 20;
      int top = 70;
      int bottom = height - 90;
      double max = panel.target() == null ? 0 : panel.target() * 1.1;
      for (Map<String, Object> result : results.values()) {
        for (String path : panel.paths()) {
          double v = number(result, path);
          if (!Double.isNaN(v)) {
            max = Math.max(max, v);
          }
        }
      }
      max = max <= 0 ? 1 : max * 1.15;
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
      g.drawString(panel.title(), left, 30);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      g.drawString(panel.unit(), left, 50);
      g.drawLine(left, bottom, right, bottom);
      g.drawLine(left, top, left, bottom);
      for (int tick = 0; tick <= 4; tick++) {
        int y = bottom - (bottom - top) * tick / 4;
        g.drawString(String.format(Locale.ROOT, "%.0f", max * tick / 4), left - 45, y + 4);
      }
      int groups = panel.labels().size();
      int groupWidth = (right - left) / groups;
      int barWidth = Math.max(6, (groupWidth - 16) / Math.max(1, databases.size()));
      for (int i = 0; i < groups; i++) {
        int x = left + i * groupWidth + 8;
        for (int d = 0; d < databases.size(); d++) {
          double v = number(results.get(databases.get(d)), panel.paths().get(i));
          if (Double.isNaN(v)) {
            continue;
          }
          int h = (int) Math.round((bottom - top) * v / max);
          g.setColor(colors[d % colors.length]);
          g.fillRect(x + d * barWidth, bottom - h, barWidth - 2, h);
          g.setColor(Color.DARK_GRAY);
          g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
          g.drawString(String.format(Locale.ROOT, v < 10 ? "%.1f" : "%.0f", v), x + d * barWidth, bottom - h - 3);
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(panel.labels().get(i), x, bottom + 16 + (i % 2) * 14);
      }
      if (panel.target() != null) {
        int y = bottom - (int) Math.round((bottom - top) * panel.target() / max);
        g.setColor(Color.RED);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        g.drawLine(left, y, right, y);
        g.setStroke(new BasicStroke(1));
        g.drawString("target " + panel.target().intValue(), right - 70, y - 4);
      }
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    for (int d = 0; d < databases.size(); d++) {
      g.setColor(colors[d % colors.length]);
      g.fillRect(60 + d * 160, height - 35, 14, 14);
      g.setColor(Color.BLACK);
      g.drawString(databases.get(d), 80 + d * 160, height - 23);
    }
    g.dispose();
    ImageIO.write(image, "png", file.toFile());
  }
}
