package org.regionalrescue.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case file store: one row per case with the person's data as a JSON document, encrypted ({@link
 * CaseFileCipher}). Writes join the engine's transaction, so a refused form or a failed step leaves the file as it
 * was.
 */
@Component
public class CaseFiles {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> DOCUMENT = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final IdNumberLookupKey lookupKey;
  private final CaseFileCipher cipher;

  public CaseFiles(DataSource dataSource, IdNumberLookupKey lookupKey, CaseFileCipher cipher) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.lookupKey = lookupKey;
    this.cipher = cipher;
  }

  /** Creates the file of a newly opened case; a case number used twice fails rather than mixing two people. */
  public void open(String caseNumber, String agencyCode) {
    Timestamp now = now();
    jdbc.update("INSERT INTO case_file (case_number, agency_code, opened_at, updated_at) VALUES (?, ?, ?, ?)",
        caseNumber, agencyCode, now, now);
  }

  public boolean exists(String caseNumber) {
    return !jdbc.queryForList("SELECT 1 FROM case_file WHERE case_number = ?", Integer.class, caseNumber).isEmpty();
  }

  /** The agency that holds a case. */
  public String agencyOf(String caseNumber) {
    return jdbc.queryForObject("SELECT agency_code FROM case_file WHERE case_number = ?", String.class,
        requireExisting(caseNumber));
  }

  /** The person's data of a case, keyed without the {@code person_} prefix; empty when nothing was recorded. */
  public Map<String, Object> person(String caseNumber) {
    List<String> rows = jdbc.queryForList(
        "SELECT person_data FROM case_file WHERE case_number = ?", String.class, requireExisting(caseNumber));
    return Optional.ofNullable(rows.get(0)).map(stored -> read(cipher.decrypt(stored, caseNumber)))
        .orElseGet(LinkedHashMap::new);
  }

  /** Merges fields into the person's data: a given field replaces the recorded one, a blank one is ignored. */
  public void updatePerson(String caseNumber, Map<String, Object> fields) {
    Map<String, Object> person = person(caseNumber);
    fields.forEach((key, value) -> {
      if (value != null && !value.toString().isBlank()) {
        person.put(key, value);
      }
    });
    Object idNumber = person.get(PersonalFields.fileKey(PersonalFields.ID_NUMBER));
    String idNumberHash = idNumber == null ? null : lookupKey.hash(ResidentIdNumber.parse(idNumber.toString()));
    jdbc.update("UPDATE case_file SET person_data = ?, id_number_hash = ?, updated_at = ? WHERE case_number = ?",
        cipher.encrypt(write(person), caseNumber), idNumberHash, now(), caseNumber);
  }

  /**
   * Encrypts again, with the active key, every case file whose data was encrypted with another key; returns how
   * many. Runs in batches, each in the caller's transaction.
   */
  public int reencryptWithActiveKey(int batchSize) {
    List<Map<String, Object>> rows = jdbc.queryForList("SELECT case_number, person_data FROM case_file"
        + " WHERE person_data IS NOT NULL AND person_data NOT LIKE ? ORDER BY case_number",
        "%:" + cipher.activeKeyId() + ":%");
    int done = 0;
    for (Map<String, Object> row : rows.subList(0, Math.min(batchSize, rows.size()))) {
      String caseNumber = (String) row.get("case_number");
      String plaintext = cipher.decrypt((String) row.get("person_data"), caseNumber);
      done += jdbc.update("UPDATE case_file SET person_data = ? WHERE case_number = ?",
          cipher.encrypt(plaintext, caseNumber), caseNumber);
    }
    return done;
  }

  /** Notes when the person left (离站登记); the first departure counts. */
  public void recordDeparture(String caseNumber) {
    Timestamp now = now();
    jdbc.update("UPDATE case_file SET departed_at = ?, updated_at = ? WHERE case_number = ? AND departed_at IS NULL",
        now, now, requireExisting(caseNumber));
  }

  /**
   * Whether the person of this case, known by ID number, left another case since {@code since}. False when the ID
   * number is not known.
   */
  public boolean departedElsewhereSince(String caseNumber, Date since) {
    return !jdbc.queryForList("SELECT other.case_number FROM case_file this_case"
        + " JOIN case_file other ON other.id_number_hash = this_case.id_number_hash"
        + " AND other.case_number <> this_case.case_number"
        + " WHERE this_case.case_number = ? AND other.departed_at >= ?", String.class,
        requireExisting(caseNumber), new Timestamp(since.getTime())).isEmpty();
  }

  private String requireExisting(String caseNumber) {
    if (!exists(caseNumber)) {
      throw new UnknownCaseException(caseNumber);
    }
    return caseNumber;
  }

  private static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }

  private static Map<String, Object> read(String json) {
    try {
      return JSON.readValue(json, DOCUMENT);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("case file document unreadable", e);
    }
  }

  private static String write(Map<String, Object> document) {
    try {
      return JSON.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("case file document not writable", e);
    }
  }
}
