package org.regionalrescue.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the application sends to its database: statements (round trips) by kind, rows written by table, and
 * commits. Wraps the application's {@link DataSource}; counting costs a few atomic additions per statement.
 */
final class StatementCounter {

  private static final Pattern WRITE = Pattern.compile(
      "^\\s*(insert\\s+into|update|delete\\s+from)\\s+([A-Za-z0-9_.\"]+)", Pattern.CASE_INSENSITIVE);

  private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> rowsByTable = new ConcurrentHashMap<>();
  private final LongAdder commits = new LongAdder();
  private final Map<String, long[]> timings = new ConcurrentHashMap<>();

  DataSource wrap(DataSource target) {
    return new DelegatingDataSource(target) {
      @Override
      public Connection getConnection() throws SQLException {
        return connection(super.getConnection());
      }

      @Override
      public Connection getConnection(String username, String password) throws SQLException {
        return connection(super.getConnection(username, password));
      }
    };
  }

  /** Everything counted so far; subtract two snapshots to get what happened in between. */
  Snapshot snapshot() {
    Map<String, Long> kinds = new TreeMap<>();
    statements.forEach((k, v) -> kinds.put(k, v.sum()));
    Map<String, Long> rows = new TreeMap<>();
    rowsByTable.forEach((k, v) -> rows.put(k, v.sum()));
    return new Snapshot(kinds, rows, commits.sum());
  }

  /**
   * @param statements round trips by kind (select, insert, update, delete, batch, other)
   * @param rows rows written by {@code kind table}, e.g. {@code insert ACT_HI_ACTINST}
   */
  record Snapshot(Map<String, Long> statements, Map<String, Long> rows, long commits) {

    Snapshot minus(Snapshot before) {
      return new Snapshot(difference(statements, before.statements), difference(rows, before.rows),
          commits - before.commits);
    }

    long statementCount() {
      return statements.values().stream().mapToLong(Long::longValue).sum();
    }

    long rowsWritten(String kind) {
      return rows.entrySet().stream().filter(e -> e.getKey().startsWith(kind + " "))
          .mapToLong(Map.Entry::getValue).sum();
    }

    /** Rows written to tables whose name starts with the prefix (any kind). */
    long rowsInTables(String tablePrefix) {
      return rows.entrySet().stream()
          .filter(e -> e.getKey().substring(e.getKey().indexOf(' ') + 1).startsWith(tablePrefix))
          .mapToLong(Map.Entry::getValue).sum();
    }

    private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
      Map<String, Long> result = new LinkedHashMap<>();
      after.forEach((k, v) -> {
        long d = v - before.getOrDefault(k, 0L);
        if (d != 0) {
          result.put(k, d);
        }
      });
      return result;
    }
  }

  private Connection connection(Connection target) {
    return proxy(Connection.class, target, (method, args) -> {
      Object result = invoke(target, method, args);
      String name = method.getName();
      if (name.equals("commit")) {
        commits.increment();
      } else if (result instanceof Statement statement && !(result instanceof Connection)) {
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
        Class<? extends Statement> type = name.equals("prepareCall") ? java.sql.CallableStatement.class
            : name.equals("prepareStatement") ? java.sql.PreparedStatement.class : Statement.class;
        return statement(type, statement, sql);
      }
      return result;
    });
  }

  private Object statement(Class<? extends Statement> type, Statement target, String preparedSql) {
    int[] batchedRows = {0};
    String[] batchSql = {preparedSql};
    return proxy(type, target, (method, args) -> {
      String name = method.getName();
      String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
      switch (name) {
        case "addBatch" -> {
          batchedRows[0]++;
          if (sql != null) {
            batchSql[0] = sql;
          }
          return invoke(target, method, args);
        }
        case "executeBatch", "executeLargeBatch" -> {
          count("batch");
          countRows(batchSql[0], batchedRows[0]);
          batchedRows[0] = 0;
          long start = System.nanoTime();
          Object result = invoke(target, method, args);
          time(batchSql[0], System.nanoTime() - start);
          return result;
        }
        case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" -> {
          long start = System.nanoTime();
          Object result = invoke(target, method, args);
          time(sql, System.nanoTime() - start);
          count(kindOf(sql));
          if (result instanceof Integer n && n > 0) {
            countRows(sql, n);
          } else if (result instanceof Long n && n > 0) {
            countRows(sql, n);
          } else if (result instanceof Boolean && !(Boolean) result) {
            countRows(sql, Math.max(0, target.getUpdateCount()));
          }
          return result;
        }
        default -> {
          return invoke(target, method, args);
        }
      }
    });
  }

  private void time(String sql, long nanos) {
    if (sql == null) {
      return;
    }
    long[] timing = timings.computeIfAbsent(sql.replaceAll("\\s+", " ").trim(), k -> new long[3]);
    synchronized (timing) {
      timing[0]++;
      timing[1] += nanos;
      timing[2] = Math.max(timing[2], nanos);
    }
  }

  /** Forgets the statement timings so far. */
  void resetTimings() {
    timings.clear();
  }

  /** The statements that took the most time since the last reset, slowest first (SQL shortened to 3,000 chars). */
  java.util.List<Map<String, Object>> slowestStatements(int limit) {
    return timings.entrySet().stream()
        .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
        .limit(limit)
        .map(e -> {
          Map<String, Object> statement = new LinkedHashMap<>();
          long[] t = e.getValue();
          statement.put("executions", t[0]);
          statement.put("totalMs", Latencies.round(t[1] / 1e6));
          statement.put("meanMs", Latencies.round(t[1] / 1e6 / Math.max(1, t[0])));
          statement.put("maxMs", Latencies.round(t[2] / 1e6));
          statement.put("sql", e.getKey().length() > 3000 ? e.getKey().substring(0, 3000) + " …" : e.getKey());
          return statement;
        })
        .toList();
  }

  private void count(String kind) {
    statements.computeIfAbsent(kind, k -> new LongAdder()).increment();
  }

  private void countRows(String sql, long rows) {
    if (sql == null || rows <= 0) {
      return;
    }
    Matcher write = WRITE.matcher(sql);
    if (write.find()) {
      String kind = write.group(1).toLowerCase(Locale.ROOT).split("\\s+")[0];
      String table = write.group(2).replace("\"", "").toUpperCase(Locale.ROOT);
      rowsByTable.computeIfAbsent(kind + " " + table, k -> new LongAdder()).add(rows);
    }
  }

  private static String kindOf(String sql) {
    if (sql == null) {
      return "other";
    }
    String start = sql.stripLeading().toLowerCase(Locale.ROOT);
    for (String kind : new String[] {"select", "insert", "update", "delete", "with"}) {
      if (start.startsWith(kind)) {
        return kind.equals("with") ? "select" : kind;
      }
    }
    return "other";
  }

  private interface Call {
    Object handle(Method method, Object[] args) throws Throwable;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Object target, Call call) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
          && wanted.isInstance(proxy)) {
        return proxy;
      }
      return call.handle(method, args);
    };
    return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
