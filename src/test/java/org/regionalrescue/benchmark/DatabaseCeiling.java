package org.regionalrescue.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The database's own ceiling: plain JDBC transactions of the size of one case step (the rows a step inserts, updates
 * and deletes, as counted while a case ran), committed by as many threads as simulated caseworkers, against the same
 * database through the application's own connection pool. Inserts are batched, as the engine batches them. A
 * second variant adds as many single-row reads by primary key as the step's selects.
 *
 * @param inserts rows inserted per step
 * @param updates rows updated per step
 * @param deletes rows deleted per step
 * @param selects select statements per step (second variant only)
 */
record DatabaseCeiling(int inserts, int updates, int deletes, int selects) {

  private static final String TABLE = "bench_ceiling";

  Map<String, Object> measure(DataSource dataSource, int threads, int seconds, int stepsPerCase, CpuMeter cpu)
      throws Exception {
    create(dataSource);
    try {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("rowsPerStep", Map.of("insert", inserts, "update", updates, "delete", deletes));
      result.put("selectsPerStep", selects);
      result.put("stepsPerCase", stepsPerCase);
      result.put("threads", threads);
      result.put("writes", run(dataSource, threads, seconds, false, stepsPerCase, cpu));
      result.put("writesAndReads", run(dataSource, threads, seconds, true, stepsPerCase, cpu));
      return result;
    } finally {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("DROP TABLE " + TABLE);
      }
    }
  }

  private Map<String, Object> run(DataSource dataSource, int threads, int seconds, boolean reads, int stepsPerCase,
      CpuMeter cpu) throws InterruptedException {
    CpuMeter.Sample cpuBefore = cpu.sample();
    AtomicLong transactions = new AtomicLong();
    Latencies latencies = new Latencies();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> workers = new ArrayList<>();
    List<Exception> errors = new ArrayList<>();
    long begin = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      workers.add(CaseRunner.thread("ceiling-" + t, () -> {
        Deque<String> written = new ArrayDeque<>();
        try (Connection connection = dataSource.getConnection()) {
          connection.setAutoCommit(false);
          while (System.nanoTime() < end) {
            long start = System.nanoTime();
            step(connection, written, reads);
            connection.commit();
            latencies.record("transaction", System.nanoTime() - start);
            transactions.incrementAndGet();
          }
          connection.setAutoCommit(true);
        } catch (SQLException e) {
          synchronized (errors) {
            errors.add(e);
          }
        }
      }));
    }
    for (Thread worker : workers) {
      worker.join();
    }
    double elapsed = (System.nanoTime() - begin) / 1e9;
    if (!errors.isEmpty()) {
      throw new IllegalStateException("ceiling transactions failed", errors.get(0));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("transactions", transactions.get());
    result.put("seconds", Latencies.round(elapsed));
    result.put("stepsPerSecond", Latencies.round(transactions.get() / elapsed));
    result.put("casesPerSecond", Latencies.round(transactions.get() / elapsed / stepsPerCase));
    result.put("transaction", latencies.summary("transaction"));
    result.put("cpu", cpu.sample().since(cpuBefore, (int) (transactions.get() / stepsPerCase), 0));
    return result;
  }

  /** One step: insert new rows, update rows of the previous steps, delete older ones, read some back. */
  private void step(Connection connection, Deque<String> written, boolean reads) throws SQLException {
    Timestamp now = new Timestamp(System.currentTimeMillis());
    List<String> inserted = new ArrayList<>();
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
        + " (id, rev, proc_inst_id, name, text_value, created) VALUES (?, ?, ?, ?, ?, ?)")) {
      String instance = UUID.randomUUID().toString();
      for (int i = 0; i < inserts; i++) {
        String id = UUID.randomUUID().toString();
        insert.setString(1, id);
        insert.setInt(2, 1);
        insert.setString(3, instance);
        insert.setString(4, "Task_Bench_" + i);
        insert.setString(5, "基准数据 benchmark row " + i);
        insert.setTimestamp(6, now);
        insert.addBatch();
        inserted.add(id);
      }
      insert.executeBatch();
    }
    if (updates > 0) {
      try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE
          + " SET rev = rev + 1, text_value = ? WHERE id = ?")) {
        int n = 0;
        for (String id : written) {
          if (n++ == updates) {
            break;
          }
          update.setString(1, "更新 updated");
          update.setString(2, id);
          update.addBatch();
        }
        update.executeBatch();
      }
    }
    if (deletes > 0 && written.size() > deletes + updates) {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE id = ?")) {
        for (int i = 0; i < deletes; i++) {
          delete.setString(1, written.pollLast());
          delete.addBatch();
        }
        delete.executeBatch();
      }
    }
    if (reads && selects > 0) {
      try (PreparedStatement select = connection.prepareStatement("SELECT id, rev, name, text_value FROM " + TABLE
          + " WHERE id = ?")) {
        for (int i = 0; i < selects; i++) {
          select.setString(1, inserted.get(i % Math.max(1, inserted.size())));
          try (ResultSet rows = select.executeQuery()) {
            rows.next();
          }
        }
      }
    }
    inserted.forEach(written::addFirst);
    while (written.size() > 10_000) {
      written.pollLast();
    }
  }

  private static void create(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE " + TABLE + " (id VARCHAR(64) PRIMARY KEY, rev INTEGER,"
          + " proc_inst_id VARCHAR(64), name VARCHAR(255), text_value VARCHAR(4000), created TIMESTAMP)");
      statement.execute("CREATE INDEX " + TABLE + "_proc ON " + TABLE + " (proc_inst_id)");
      statement.execute("CREATE INDEX " + TABLE + "_name ON " + TABLE + " (name, created)");
    }
  }
}
