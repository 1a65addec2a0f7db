package org.regionalrescue.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The written records of a case (不予救助通知书, 自行离站声明书, 交接表 ...). A record is written in the engine's
 * transaction, so a step whose transaction fails (or a job that two nodes ran at once, where one loses) leaves no
 * record; and it is keyed by the step's activity instance, so writing it again for the same step changes nothing,
 * while a step that runs again in a loop (a second extension, a second hospital stay) files a record of its own.
 */
@Component
public class CaseRecords {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcTemplate jdbc;
  private volatile Boolean postgres;

  public CaseRecords(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** Files the record of the step {@code step} is executing, once; returns whether this call wrote it. */
  public boolean record(DelegateExecution step, CaseRecordType type, Map<String, Object> content) {
    Object caseNumber = step.getVariable(CaseFileCapture.CASE_NUMBER);
    if (!(caseNumber instanceof String number) || number.isBlank()) {
      throw new IllegalStateException("process instance " + step.getProcessInstanceId() + " has no caseNumber");
    }
    return record(number, type, number + ":" + step.getActivityInstanceId(), content);
  }

  /**
   * Records once per key; returns whether this call wrote it. Two transactions filing the same key at the same moment
   * (one job run on two nodes) do not fail: the second waits for the first and writes nothing if it commits. On
   * PostgreSQL {@code ON CONFLICT DO NOTHING} keeps the transaction usable (a failed statement would abort it); on H2
   * only the statement fails.
   */
  public boolean record(String caseNumber, CaseRecordType type, String recordKey, Map<String, Object> content) {
    try {
      return jdbc.update("INSERT INTO case_record (case_number, record_type, record_key, recorded_at, content)"
          + " SELECT ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x)"
          + " WHERE NOT EXISTS (SELECT 1 FROM case_record WHERE record_key = ?)"
          + (onPostgres() ? " ON CONFLICT (record_key) DO NOTHING" : ""),
          caseNumber, type.name(), recordKey, new Timestamp(ClockUtil.getCurrentTime().getTime()), write(content),
          recordKey) == 1;
    } catch (DuplicateKeyException writtenMeanwhile) {
      return false;
    }
  }

  public List<CaseRecordType> typesOf(String caseNumber) {
    return jdbc.queryForList("SELECT record_type FROM case_record WHERE case_number = ? ORDER BY id", String.class,
        caseNumber).stream().map(CaseRecordType::valueOf).toList();
  }

  /** The content of the first record of a type in a case (for printing and checks). */
  public Map<String, Object> contentOf(String caseNumber, CaseRecordType type) {
    List<String> contents = jdbc.queryForList("SELECT content FROM case_record WHERE case_number = ? AND record_type = ?"
        + " ORDER BY id", String.class, caseNumber, type.name());
    if (contents.isEmpty()) {
      throw new IllegalArgumentException("no " + type + " in case " + caseNumber);
    }
    try {
      return JSON.readValue(contents.get(0), new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("record content unreadable", e);
    }
  }

  private boolean onPostgres() {
    Boolean known = postgres;
    if (known == null) {
      known = jdbc.execute((ConnectionCallback<Boolean>) connection ->
          "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
      postgres = known;
    }
    return known;
  }

  private static String write(Map<String, Object> content) {
    try {
      return JSON.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("record content is not JSON-serialisable", e);
    }
  }
}
