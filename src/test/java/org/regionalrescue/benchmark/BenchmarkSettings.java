package org.regionalrescue.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark run does, from system properties {@code bench.*} over the defaults of a scale ({@code smoke} or
 * {@code full}). An empty property counts as not given, so a Maven profile can pass every property through.
 *
 * @param databases {@code postgres}, {@code h2} or both, measured one after the other, each in a JVM of its own
 * @param threads simulated caseworkers working cases at the same time (parts 1 and 2)
 * @param cases whole cases measured along the common path (part 1), and cases of the bare engine's shape (part 2)
 * @param escortCases whole cases measured along the escalation and cross-province escort path (part 1)
 * @param warmupCases cases worked before each measurement and not counted
 * @param openCases open cases loaded for the task list at scale (part 4)
 * @param queryRepeats how often each task list and Cockpit query is timed (part 4)
 * @param ceilingSeconds how long the database's own ceiling is measured (part 3)
 * @param restart whether the application is started a second time on the loaded database (part 5)
 * @param fork whether each database is measured in a JVM of its own (a fresh JVM makes startup and memory honest)
 * @param pgSynchronousCommit PostgreSQL {@code synchronous_commit}: {@code on} as in production (the embedded
 *     server's own default is {@code off})
 * @param pgFsync PostgreSQL {@code fsync}: {@code off} is the embedded server's own setting (it starts with
 *     {@code -F}); {@code on} makes every commit wait for the disk as a production server does
 * @param login how the simulated users log in: {@code tasklist} (a session and the API Tasklist uses, as caseworkers
 *     work) or {@code basic} (HTTP Basic on every call to {@code /engine-rest}, as a REST client works)
 * @param appArguments extra arguments for the application, separated by spaces (e.g.
 *     {@code --camunda.bpm.history-level=audit}), for measuring what a setting buys; empty: as configured
 */
record BenchmarkSettings(String scale, List<String> databases, int threads, int cases, int escortCases, int warmupCases,
    int openCases, int queryRepeats, int ceilingSeconds, boolean restart, boolean fork, String pgSynchronousCommit,
    String pgFsync, RestDriver.Login login, String appArguments, Path output) {

  static final String PREFIX = "bench.";

  private static final Map<String, BenchmarkSettings> SCALES = Map.of(
      "smoke", new BenchmarkSettings("smoke", List.of("postgres"), 2, 10, 2, 2, 1_000, 20, 3, false, false, "on", "off", RestDriver.Login.TASKLIST, "",
          Path.of("target", "benchmark")),
      // 100 warm-up cases (1,000 form submissions) before each measurement, so that it starts on compiled code
      "full", new BenchmarkSettings("full", List.of("postgres", "h2"), 8, 200, 40, 100, 100_000, 200, 15, true, true,
          "on", "off", RestDriver.Login.TASKLIST, "", Path.of("target", "benchmark")));

  /** The defaults of a scale, without looking at system properties. */
  static BenchmarkSettings of(String scale) {
    return SCALES.get(scale);
  }

  static BenchmarkSettings fromSystemProperties() {
    BenchmarkSettings defaults = SCALES.get(property("scale", "full"));
    if (defaults == null) {
      throw new IllegalArgumentException("bench.scale must be one of " + SCALES.keySet());
    }
    return new BenchmarkSettings(defaults.scale(),
        Arrays.stream(property("db", String.join(",", defaults.databases())).split(",")).map(String::trim)
            .filter(s -> !s.isEmpty()).toList(),
        number("threads", defaults.threads()), number("cases", defaults.cases()),
        number("escortCases", defaults.escortCases()), number("warmupCases", defaults.warmupCases()),
        number("openCases", defaults.openCases()), number("queryRepeats", defaults.queryRepeats()),
        number("ceilingSeconds", defaults.ceilingSeconds()),
        Boolean.parseBoolean(property("restart", String.valueOf(defaults.restart()))),
        Boolean.parseBoolean(property("fork", String.valueOf(defaults.fork()))),
        property("pgSynchronousCommit", defaults.pgSynchronousCommit()),
        property("pgFsync", defaults.pgFsync()),
        RestDriver.Login.valueOf(property("login", defaults.login().name()).toUpperCase(java.util.Locale.ROOT)),
        property("appArguments", defaults.appArguments()),
        Path.of(property("output", defaults.output().toString())));
  }

  /** The same settings for one database, as system properties for a forked JVM. */
  List<String> asSystemProperties(String database) {
    return List.of("-D" + PREFIX + "scale=" + scale, "-D" + PREFIX + "db=" + database,
        "-D" + PREFIX + "threads=" + threads, "-D" + PREFIX + "cases=" + cases,
        "-D" + PREFIX + "escortCases=" + escortCases, "-D" + PREFIX + "warmupCases=" + warmupCases,
        "-D" + PREFIX + "openCases=" + openCases, "-D" + PREFIX + "queryRepeats=" + queryRepeats,
        "-D" + PREFIX + "ceilingSeconds=" + ceilingSeconds, "-D" + PREFIX + "restart=" + restart,
        "-D" + PREFIX + "fork=false", "-D" + PREFIX + "pgSynchronousCommit=" + pgSynchronousCommit,
        "-D" + PREFIX + "pgFsync=" + pgFsync, "-D" + PREFIX + "login=" + login,
        "-D" + PREFIX + "appArguments=" + appArguments, "-D" + PREFIX + "output=" + output);
  }

  BenchmarkSettings withOutput(Path output) {
    return new BenchmarkSettings(scale, databases, threads, cases, escortCases, warmupCases, openCases, queryRepeats,
        ceilingSeconds, restart, fork, pgSynchronousCommit, pgFsync, login, appArguments, output);
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty(PREFIX + name);
    return value == null || value.isBlank() || value.startsWith("${") ? fallback : value.trim();
  }

  private static int number(String name, int fallback) {
    return Integer.parseInt(property(name, String.valueOf(fallback)).replace("_", "").replace(",", ""));
  }
}
