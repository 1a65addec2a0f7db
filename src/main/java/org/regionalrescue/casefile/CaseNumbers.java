package org.regionalrescue.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues case numbers: agency code + date + a sequence per agency and day, e.g. {@code qingshan-20261128-0001}.
 * The counter row of the day is locked by the update inside the caller's transaction, so two nodes never issue the
 * same number (not even when their clocks disagree about the day), and a rolled-back case gives its number back.
 */
@Component
public class CaseNumbers {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;

  public CaseNumbers(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.separateTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public String next(String agencyCode, LocalDate day) {
    if (advance(agencyCode, day) == 0) {
      createCounter(agencyCode, day);
      advance(agencyCode, day);
    }
    Integer value = jdbc.queryForObject("SELECT last_value FROM case_number_counter"
        + " WHERE agency_code = ? AND issue_date = ?", Integer.class, agencyCode, day);
    return "%s-%s-%04d".formatted(agencyCode, DAY.format(day), value);
  }

  private int advance(String agencyCode, LocalDate day) {
    return jdbc.update("UPDATE case_number_counter SET last_value = last_value + 1"
        + " WHERE agency_code = ? AND issue_date = ?", agencyCode, day);
  }

  /** In a transaction of its own, so that losing a race with another node does not spoil the caller's. */
  private void createCounter(String agencyCode, LocalDate day) {
    try {
      separateTransaction.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO case_number_counter (agency_code, issue_date, last_value) VALUES (?, ?, 0)", agencyCode, day));
    } catch (DuplicateKeyException anotherNodeWasFirst) {
      // the row exists now, which is all we need
    }
  }
}
