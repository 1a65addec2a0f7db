package org.regionalrescue.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.regionalrescue.RescueApplication;
import org.regionalrescue.benchmark.CasePaths.CasePath;
import org.regionalrescue.benchmark.CasePaths.Step;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The benchmark on one database, in this JVM: starts the database (embedded PostgreSQL) and the real application
 * (profiles {@code demo} and, for PostgreSQL, {@code postgres}; history, authorizations and the case file as
 * configured), measures the five parts and writes {@code <database>.json}.
 */
final class BenchmarkRun {

  private final BenchmarkSettings settings;
  private final String database;
  private final Map<String, Object> result = new LinkedHashMap<>();
  private final StatementCounter statements = new StatementCounter();
  private final AtomicInteger caseIndexes = new AtomicInteger();
  private EmbeddedPostgres postgres;
  private Path h2Directory;
  private ConfigurableApplicationContext application;
  private ProcessEngine engine;
  private RestDriver rest;
  private CpuMeter cpu = CpuMeter.jvmOnly();

  BenchmarkRun(BenchmarkSettings settings, String database) {
    this.settings = settings;
    this.database = database;
  }

  public static void main(String[] args) throws Exception {
    BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    new BenchmarkRun(settings, settings.databases().get(0)).measure();
    System.exit(0);
  }

  /** Measures everything on this run's database and writes its JSON; returns the results. */
  Map<String, Object> measure() throws Exception {
    result.put("database", database);
    result.put("startedAt", Instant.now().toString());
    result.put("machine", MachineFacts.machine());
    Map<String, Object> load = new LinkedHashMap<>();
    result.put("loadAverage", load);
    load.put("atStart", MachineFacts.loadAverage());
    try {
      Map<String, Object> startup = new LinkedHashMap<>();
      result.put("startup", startup);
      startDatabase(startup);
      startup.put("firstStart", startApplication());
      result.put("engine", engineSettings());

      log("profile: one case of each path, statements counted");
      Map<String, Object> profiles = new LinkedHashMap<>();
      result.put("profile", profiles);
      for (CasePath path : List.of(CasePaths.COMMON, CasePaths.ESCALATION_ESCORT)) {
        profiles.put(path.id(), profile(path, CaseRunner.RESCUE_CASE, true));
      }
      load.put("afterProfile", MachineFacts.loadAverage());

      log("part 1: whole cases over REST");
      statements.resetTimings();
      CaseRunner runner = new CaseRunner(rest, caseIndexes);
      Map<String, Object> wholeCases = new LinkedHashMap<>();
      result.put("wholeCases", wholeCases);
      wholeCases.put(CasePaths.COMMON.id(), measured(runner, "application", CasePaths.COMMON,
          CaseRunner.RESCUE_CASE, settings.cases()));
      wholeCases.put(CasePaths.ESCALATION_ESCORT.id(), measured(runner, "application", CasePaths.ESCALATION_ESCORT,
          CaseRunner.RESCUE_CASE, settings.escortCases()));
      load.put("afterWholeCases", MachineFacts.loadAverage());
      wholeCases.put("slowestStatements", statements.slowestStatements(10));

      log("part 2: the bare engine on the same shape");
      result.put("bareEngine", bareEngine(runner, profiles));
      load.put("afterBareEngine", MachineFacts.loadAverage());

      log("part 3: the database's own ceiling");
      result.put("ceiling", ceiling(profiles));
      load.put("afterCeiling", MachineFacts.loadAverage());

      log("part 4: " + settings.openCases() + " open cases, then the task list");
      TaskListAtScale scale = new TaskListAtScale(rest);
      Map<String, Object> taskList = new LinkedHashMap<>();
      result.put("taskList", taskList);
      CpuMeter.Sample beforeLoad = cpu.sample();
      Map<String, Object> loaded = scale.load(engine.getRuntimeService(),
          application.getBean(PlatformTransactionManager.class), settings.openCases());
      waitForJobs();
      loaded.put("cpu", cpu.sample().since(beforeLoad, settings.openCases(), 0));
      taskList.put("load", loaded);
      startup.put("memoryAfterLoad", MachineFacts.memory());
      holdForDiagnosis();
      statements.resetTimings();
      taskList.putAll(scale.queries(settings.queryRepeats()));
      taskList.put("slowestStatements", statements.slowestStatements(6));
      taskList.put("databaseSizeMiB", databaseSizeMiB());
      log("part 1 again, with the open cases in the database");
      statements.resetTimings();
      wholeCases.put("commonWithOpenCases", measured(runner, "application", CasePaths.COMMON,
          CaseRunner.RESCUE_CASE, Math.max(settings.threads(), settings.cases() / 4)));
      wholeCases.put("slowestStatementsWithOpenCases", statements.slowestStatements(10));
      load.put("afterTaskList", MachineFacts.loadAverage());

      if (settings.restart()) {
        log("part 5: a second start on the loaded database");
        application.close();
        startup.put("restartWithOpenCases", startApplication());
      }
    } finally {
      if (application != null) {
        application.close();
      }
      if (postgres != null) {
        postgres.close();
      }
      load.put("atEnd", MachineFacts.loadAverage());
      result.put("finishedAt", Instant.now().toString());
      write();
    }
    return result;
  }

  private void startDatabase(Map<String, Object> startup) throws IOException, java.sql.SQLException {
    long begin = System.nanoTime();
    if (database.equals("postgres")) {
      postgres = EmbeddedPostgres.builder()
          .setServerConfig("synchronous_commit", settings.pgSynchronousCommit())
          .setServerConfig("fsync", settings.pgFsync())
          .start();
      startup.put("embeddedPostgresSeconds", seconds(begin));
      cpu = CpuMeter.withPostgres(postgres.getPort());
      try (java.sql.Connection connection = postgres.getPostgresDatabase().getConnection()) {
        startup.put("postgresSettings", Map.of("synchronous_commit", settings.pgSynchronousCommit(),
            "fsync", settings.pgFsync(), "server", connection.getMetaData().getDatabaseProductVersion()));
      }
    } else if (database.equals("h2")) {
      h2Directory = settings.output().resolve("h2-data").toAbsolutePath();
      deleteRecursively(h2Directory);
      Files.createDirectories(h2Directory);
    } else {
      throw new IllegalArgumentException("unknown database " + database + " (postgres or h2)");
    }
  }

  /** Starts the application and waits until its readiness probe answers; returns times and memory. */
  private Map<String, Object> startApplication() throws InterruptedException {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("server.port", "0");
    List<String> profiles = new ArrayList<>(List.of("demo"));
    if (postgres != null) {
      profiles.add("postgres");
      properties.put("RESCUE_DB_URL", postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
      properties.put("RESCUE_DB_USER", "postgres");
      properties.put("RESCUE_DB_PASSWORD", "postgres");
    } else {
      properties.put("RESCUE_DATA_DIR", h2Directory.toString());
    }
    CpuMeter.Sample cpuAtBegin = cpu.sample();
    long begin = System.nanoTime();
    long jvmUptimeAtBegin = ManagementFactory.getRuntimeMXBean().getUptime();
    application = new SpringApplicationBuilder(RescueApplication.class)
        .profiles(profiles.toArray(String[]::new))
        .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
          @Override
          public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
            return bean instanceof DataSource dataSource && name.equals("dataSource")
                ? statements.wrap(dataSource) : bean;
          }
        }))
        .run(Stream.concat(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()),
            Stream.of(settings.appArguments().split("\\s+")).filter(a -> !a.isBlank())).toArray(String[]::new));
    double contextSeconds = seconds(begin);
    engine = application.getBean(ProcessEngine.class);
    rest = new RestDriver(Integer.parseInt(application.getEnvironment().getProperty("local.server.port")),
        settings.login());
    while (rest.status("/actuator/health/readiness") != 200) {
      Thread.sleep(20);
    }
    Map<String, Object> start = new LinkedHashMap<>();
    start.put("profiles", profiles);
    start.put("extraArguments", settings.appArguments());
    start.put("readySeconds", seconds(begin));
    start.put("contextSeconds", contextSeconds);
    start.put("jvmUptimeBeforeStartSeconds", Latencies.round(jvmUptimeAtBegin / 1000.0));
    start.put("cpu", cpu.sample().since(cpuAtBegin, 0, 0));
    start.put("memory", MachineFacts.memory());
    log("ready in " + start.get("readySeconds") + " s");
    return start;
  }

  private Map<String, Object> engineSettings() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("historyLevel", configuration.getHistoryLevel().getName());
    facts.put("authorizationEnabled", configuration.isAuthorizationEnabled());
    facts.put("historicInstancePermissions", configuration.isEnableHistoricInstancePermissions());
    facts.put("authorizationCheckRevokes", configuration.getAuthorizationCheckRevokes());
    facts.put("genericPropertyAsSeen", application.getEnvironment()
        .getProperty("camunda.bpm.generic-properties.properties.authorization-check-revokes", "(not set)"));
    facts.put("jdbcBatchProcessing", configuration.isJdbcBatchProcessing());
    facts.put("historyRemovalTimeStrategy", configuration.getHistoryRemovalTimeStrategy());
    facts.put("jobExecutorActivate", configuration.isJobExecutorActivate());
    facts.put("jobExecutor", Map.of(
        "maxJobsPerAcquisition", configuration.getJobExecutor().getMaxJobsPerAcquisition(),
        "waitTimeInMillis", configuration.getJobExecutor().getWaitTimeInMillis(),
        "class", configuration.getJobExecutor().getClass().getSimpleName()));
    facts.put("connectionPool", application.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size",
        "10 (default)"));
    facts.put("jdbcUrl", application.getEnvironment().getProperty("spring.datasource.url", "")
        .replaceAll("password=[^&]*", "password=…"));
    return facts;
  }

  /** One case alone: statements and rows per step, and the shape it passed through (from history). */
  private Map<String, Object> profile(CasePath path, CaseRunner.Starter starter, boolean real) {
    CaseRunner runner = new CaseRunner(rest, caseIndexes);
    waitForJobs();
    StatementCounter.Snapshot before = statements.snapshot();
    int caseIndex = caseIndexes.getAndIncrement();
    Latencies latencies = new Latencies();
    String businessKey = runner.workCase(path, starter, CasePaths.COUNTY_CASEWORKERS.get(0), caseIndex, latencies,
        new AtomicLong());
    waitForJobs();
    StatementCounter.Snapshot during = statements.snapshot().minus(before);
    int steps = path.steps(caseIndex).size() + 1;
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("steps", steps);
    profile.put("statements", during.statements());
    profile.put("statementsPerStep", Latencies.round(during.statementCount() / (double) steps));
    profile.put("commits", during.commits());
    Map<String, Object> perStep = new LinkedHashMap<>();
    for (String kind : List.of("insert", "update", "delete")) {
      perStep.put(kind, Latencies.round(during.rowsWritten(kind) / (double) steps));
    }
    perStep.put("select", Latencies.round(during.statements().getOrDefault("select", 0L) / (double) steps));
    profile.put("perStep", perStep);
    profile.put("rowsWritten", Map.of(
        "history ACT_HI_*", during.rowsInTables("ACT_HI_"),
        "runtime ACT_RU_* (without authorizations)", during.rowsInTables("ACT_RU_") - during.rowsInTables(
            "ACT_RU_AUTHORIZATION"),
        "authorizations ACT_RU_AUTHORIZATION", during.rowsInTables("ACT_RU_AUTHORIZATION"),
        "bytes ACT_GE_BYTEARRAY", during.rowsInTables("ACT_GE_"),
        "our tables", during.rows().entrySet().stream().filter(e -> !e.getKey().contains(" ACT_"))
            .mapToLong(Map.Entry::getValue).sum()));
    profile.put("rowsByTable", during.rows());
    profile.put("stepLatency", latencies.summary("complete"));
    if (real) {
      profile.put("shape", shape(path, caseIndex, businessKey));
    }
    return profile;
  }

  /** What the profiled case passed through, counted from history: the bare engine's model gets the same. */
  private Map<String, Object> shape(CasePath path, int caseIndex, String businessKey) {
    List<HistoricProcessInstance> instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).list();
    Map<String, Long> byType = new TreeMap<>();
    long asyncJobs = 0;
    long timers = 0;
    long variables = 0;
    for (HistoricProcessInstance instance : instances) {
      for (HistoricActivityInstance activity : engine.getHistoryService().createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).list()) {
        byType.merge(activity.getActivityType(), 1L, Long::sum);
      }
      for (HistoricJobLog job : engine.getHistoryService().createHistoricJobLogQuery()
          .processInstanceId(instance.getId()).creationLog().list()) {
        if ("async-continuation".equals(job.getJobDefinitionType())) {
          asyncJobs++;
        } else {
          timers++;
        }
      }
      variables += engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId()).count();
    }
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("processInstances", instances.size());
    shape.put("processes", instances.stream().map(HistoricProcessInstance::getProcessDefinitionKey).sorted().toList());
    shape.put("activitiesByType", byType);
    shape.put("asyncJobs", asyncJobs);
    shape.put("timerJobs", timers);
    shape.put("variables", variables);
    shape.put("userTasks", path.steps(caseIndex).stream().map(Step::taskName).toList());
    return shape;
  }

  private Map<String, Object> measured(CaseRunner runner, String variant, CasePath path, CaseRunner.Starter starter,
      int cases) {
    log(variant + " " + path.id() + ": " + settings.warmupCases() + " warm-up, " + cases + " measured, "
        + settings.threads() + " threads");
    CaseRunner.Result warmup = runner.run(variant, path, starter, settings.threads(), settings.warmupCases(),
        this::waitForJobs);
    if (warmup.failed() > 0) {
      throw new IllegalStateException(path.id() + " warm-up failed: " + warmup.errors());
    }
    StatementCounter.Snapshot before = statements.snapshot();
    CpuMeter.Sample cpuBefore = cpu.sample();
    CaseRunner.Result measured = runner.run(variant, path, starter, settings.threads(), cases, this::waitForJobs);
    CpuMeter.Sample cpuAfter = cpu.sample();
    StatementCounter.Snapshot during = statements.snapshot().minus(before);
    Map<String, Object> map = measured.asMap();
    map.put("cpu", cpuAfter.since(cpuBefore, cases - measured.failed(), measured.clientCpuNanos()));
    map.put("statementsPerCase", Latencies.round(during.statementCount() / (double) Math.max(1, cases)));
    map.put("commitsPerCase", Latencies.round(during.commits() / (double) Math.max(1, cases)));
    log(variant + " " + path.id() + ": " + map.get("casesPerSecond") + " cases/s, completion p95 "
        + measured.completion().get("p95Ms") + " ms, failed " + measured.failed());
    return map;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> bareEngine(CaseRunner runner, Map<String, Object> profiles) {
    Map<String, Object> bare = new LinkedHashMap<>();
    bare.put("how", "generated BPMN (Bpmn.createExecutableProcess) deployed to the same engine; authorization"
        + " checks switched off while it runs; driven over REST exactly like the real cases (same users, same form"
        + " variables, same task lookups)");
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    for (CasePath path : List.of(CasePaths.COMMON, CasePaths.ESCALATION_ESCORT)) {
      Map<String, Object> shape = (Map<String, Object>) ((Map<String, Object>) profiles.get(path.id())).get("shape");
      Map<String, Long> types = (Map<String, Long>) shape.get("activitiesByType");
      long service = count(types, "serviceTask", "businessRuleTask", "sendTask", "scriptTask");
      long gateways = types.entrySet().stream().filter(e -> e.getKey().endsWith("Gateway"))
          .mapToLong(Map.Entry::getValue).sum();
      BareProcess model = new BareProcess("bench-bare-" + path.id(), (List<String>) shape.get("userTasks"),
          (int) service, (int) gateways, (int) count(types, "callActivity"),
          ((Number) shape.get("asyncJobs")).intValue());
      DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(model.key());
      List<BpmnModelInstance> models = model.models();
      deployment.addModelInstance(model.key() + ".bpmn", models.get(0));
      deployment.addModelInstance(BareProcess.CALLED_KEY + ".bpmn", models.get(1));
      deployment.enableDuplicateFiltering(true).deploy();
      CaseRunner.Starter starter = CaseRunner.byKey(model.key());
      CasePath barePath = CasePaths.bare(path);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("model", model.asMap());
      configuration.setAuthorizationEnabled(false);
      try {
        entry.put("profile", profile(barePath, starter, false));
        entry.put("result", measured(runner, "bare-engine", barePath, starter,
            path == CasePaths.COMMON ? settings.cases() : settings.escortCases()));
      } finally {
        configuration.setAuthorizationEnabled(true);
      }
      bare.put(path.id(), entry);
    }
    return bare;
  }

  private static long count(Map<String, Long> types, String... names) {
    return Stream.of(names).mapToLong(n -> types.getOrDefault(n, 0L)).sum();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> ceiling(Map<String, Object> profiles) throws Exception {
    Map<String, Object> common = (Map<String, Object>) profiles.get(CasePaths.COMMON.id());
    Map<String, Object> perStep = (Map<String, Object>) common.get("perStep");
    DatabaseCeiling ceiling = new DatabaseCeiling(rounded(perStep.get("insert")), rounded(perStep.get("update")),
        rounded(perStep.get("delete")), rounded(perStep.get("select")));
    return ceiling.measure(application.getBean(DataSource.class), settings.threads(), settings.ceilingSeconds(),
        ((Number) common.get("steps")).intValue(), cpu);
  }

  private static int rounded(Object value) {
    return (int) Math.round(((Number) value).doubleValue());
  }

  /**
   * With {@code -Dbench.hold=<file>}: waits after loading until that file exists, so that the loaded database can be
   * examined (EXPLAIN of the task list's query); prints where the application and the database listen.
   */
  private void holdForDiagnosis() throws InterruptedException {
    String hold = System.getProperty(BenchmarkSettings.PREFIX + "hold", "");
    if (hold.isBlank()) {
      return;
    }
    log("holding until " + hold + " exists; application port " + application.getEnvironment()
        .getProperty("local.server.port") + (postgres == null ? "" : ", PostgreSQL port " + postgres.getPort()));
    while (!Files.exists(Path.of(hold))) {
      Thread.sleep(1000);
    }
  }

  /** Waits until the job executor has nothing left to do now (timers due later do not count). */
  private void waitForJobs() {
    long giveUp = System.nanoTime() + 600_000_000_000L;
    while (engine.getManagementService().createJobQuery().executable().count() > 0) {
      if (System.nanoTime() > giveUp) {
        throw new IllegalStateException("the job executor did not catch up within 10 minutes");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private Object databaseSizeMiB() {
    if (postgres != null) {
      Long bytes = new org.springframework.jdbc.core.JdbcTemplate(application.getBean(DataSource.class))
          .queryForObject("SELECT pg_database_size(current_database())", Long.class);
      return bytes == null ? null : bytes / 1024 / 1024;
    }
    try (Stream<Path> files = Files.walk(h2Directory)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1024 / 1024;
    } catch (IOException e) {
      return null;
    }
  }

  private void write() throws IOException {
    Files.createDirectories(settings.output());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(settings.output().resolve(database + ".json").toFile(), result);
  }

  private void log(String message) {
    System.out.println("[benchmark " + database + "] " + message);
  }

  private static double seconds(long begin) {
    return Latencies.round((System.nanoTime() - begin) / 1e9);
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
