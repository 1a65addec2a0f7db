package org.regionalrescue.support.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application node of a cluster test: the packaged application ({@code java -jar target/rescue-workflow-*.jar})
 * in a process of its own, on its own port, its output in a log file. {@link #kill()} is {@code kill -9}: no
 * shutdown hook, no graceful end of requests or jobs, exactly as when the machine fails. Every node started is
 * ended by {@link #close()}, whatever happened.
 */
public final class Node implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;
  private final Instant started;

  private Node(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
    this.started = Instant.now();
  }

  /**
   * Starts {@code jar} as node {@code name} with the given environment and command-line properties; its output goes
   * to {@code <logDirectory>/<name>.log}.
   */
  public static Node start(String name, Path jar, Path logDirectory, Map<String, String> environment,
      List<String> properties) {
    int port = FreePorts.next();
    Path log = logDirectory.resolve(name + ".log");
    // A node lives for a few minutes on a shared 2-core machine: the C1 compiler only and the serial collector cost a
    // third less CPU than the defaults over such a run (C2 compiles more than it pays back); same code, same results.
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms256m", "-Xmx768m",
        "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(),
        "--server.port=" + port, "--rescue.cluster.node-name=" + name));
    command.addAll(properties);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    builder.environment().putAll(environment);
    try {
      Files.createDirectories(logDirectory);
      return new Node(name, port, log, builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException("node " + name + " did not start", e);
    }
  }

  /** Waits until the node answers {@code /actuator/health/readiness} with UP; returns the time since its start. */
  public Duration awaitReady(Duration patience) {
    Instant giveUp = started.plus(patience);
    while (Instant.now().isBefore(giveUp)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("node " + name + " ended during startup (exit " + process.exitValue()
            + "); its log: " + log + "\n" + tail());
      }
      if (isReady()) {
        return Duration.between(started, Instant.now());
      }
      pause(Duration.ofMillis(250));
    }
    throw new IllegalStateException("node " + name + " not ready within " + patience + "; its log: " + log + "\n"
        + tail());
  }

  /** Whether the node answers its readiness probe with UP now. */
  public boolean isReady() {
    try {
      HttpResponse<String> readiness = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
          .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
      return readiness.statusCode() == 200 && readiness.body().contains("UP");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** {@code kill -9}: the process ends at once, without shutdown hooks; returns when it is gone. */
  public void kill() {
    process.destroyForcibly();
    awaitEnd(Duration.ofSeconds(30));
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  /** {@code http://localhost:<port><path>}. */
  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  public Path log() {
    return log;
  }

  /** The last lines of the node's log, to explain a failure. */
  public String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  /** Ends the node: gracefully if it still runs (SIGTERM, 20 s), then forcibly, its child processes too. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        process.waitFor(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    awaitEnd(Duration.ofSeconds(30));
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ", port " + port + ")";
  }

  private void awaitEnd(Duration patience) {
    try {
      if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("node " + name + " (pid " + process.pid() + ") did not end");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String javaExecutable() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
