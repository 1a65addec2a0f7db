package org.regionalrescue.support.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A homogeneous cluster on this machine: one {@link EmbeddedDatabase} and identical {@link Node}s of the packaged
 * application sharing it (profiles {@code demo,postgres}, job executors on). The first node creates the schema and
 * deploys; the others start after it is ready, as the README asks of a real cluster. {@link #close()} ends every
 * node and the database, also after a failure, and a shutdown hook does the same if the test JVM is stopped.
 */
public final class Cluster implements AutoCloseable {

  private final EmbeddedDatabase database;
  private final List<Node> nodes = new ArrayList<>();
  private final List<Duration> startupTimes = new ArrayList<>();
  private final Thread shutdownHook = new Thread(this::close, "cluster-shutdown");

  private Cluster(EmbeddedDatabase database) {
    this.database = database;
  }

  /**
   * Starts the database under {@code work/pgdata} and {@code nodeCount} nodes named {@code node-a}, {@code node-b}
   * ..., each with {@code properties} on its command line, logs under {@code work}.
   */
  public static Cluster start(Path work, int nodeCount, List<String> properties, Duration startupPatience) {
    Path jar = packagedApplication();
    Cluster cluster = new Cluster(EmbeddedDatabase.start(work.resolve("pgdata")));
    Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
    try {
      Map<String, String> environment = Map.of("SPRING_PROFILES_ACTIVE", "demo,postgres",
          "RESCUE_DB_URL", cluster.database.jdbcUrl(), "RESCUE_DB_USER", cluster.database.user(),
          "RESCUE_DB_PASSWORD", cluster.database.password());
      for (int i = 0; i < nodeCount; i++) {
        Node node = Node.start("node-" + (char) ('a' + i), jar, work, environment, properties);
        cluster.nodes.add(node);
        cluster.startupTimes.add(node.awaitReady(startupPatience));
      }
      return cluster;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** {@code target/rescue-workflow-*.jar}, built by {@code mvn package} before the integration tests run. */
  static Path packagedApplication() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.getFileName().toString().matches("rescue-workflow-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException(
              "no target/rescue-workflow-*.jar: the cluster tests run after `mvn package` (mvn verify)"));
    } catch (IOException e) {
      throw new UncheckedIOException("no target directory: run the cluster tests with mvn verify", e);
    }
  }

  public EmbeddedDatabase database() {
    return database;
  }

  public Node node(int index) {
    return nodes.get(index);
  }

  /** The nodes still running. */
  public List<Node> alive() {
    return nodes.stream().filter(Node::isAlive).toList();
  }

  /** How long each node took from its start to ready, in the order they started. */
  public List<Duration> startupTimes() {
    return List.copyOf(startupTimes);
  }

  @Override
  public synchronized void close() {
    RuntimeException failure = null;
    for (Node node : nodes) {
      try {
        node.close();
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
    }
    try {
      database.close();
    } catch (RuntimeException e) {
      failure = failure == null ? e : failure;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // called by the hook itself
    }
    if (failure != null) {
      throw failure;
    }
  }
}
