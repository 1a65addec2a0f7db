package org.regionalrescue.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regionalrescue.support.FictionalPeople;
import org.springframework.jdbc.core.JdbcTemplate;

/** Personal data is stored encrypted and authenticated, bound to its case, and survives a key rotation. */
class CaseFileEncryptionTest {

  private static final String OLD_SECRET = "old-test-secret-of-at-least-32-characters";
  private static final String NEW_SECRET = "new-test-secret-of-at-least-32-characters";
  private static final IdNumberLookupKey LOOKUP = new IdNumberLookupKey("test-lookup-key-16+");

  private JdbcDataSource dataSource;
  private JdbcTemplate jdbc;

  @BeforeEach
  void database() {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:casefile-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).table("rescue_schema_history").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
  }

  @Test
  void theStoredDataIsCiphertextAndReadsBackAsWritten() {
    CaseFiles files = files(Map.of("k1", OLD_SECRET), "k1");
    String idNumber = FictionalPeople.idNumber("19900101");
    files.open("baisha-20260302-0001", "baisha");
    files.updatePerson("baisha-20260302-0001", Map.of("name", FictionalPeople.NAME, "idNumber", idNumber));

    String stored = storedData("baisha-20260302-0001");
    assertThat(stored).startsWith("v1:k1:").doesNotContain(FictionalPeople.NAME).doesNotContain(idNumber);
    assertThat(files.person("baisha-20260302-0001")).containsEntry("name", FictionalPeople.NAME)
        .containsEntry("idNumber", idNumber);
  }

  @Test
  void aValueMovedToAnotherCaseOrTamperedWithDoesNotDecrypt() {
    CaseFileCipher cipher = new CaseFileCipher(Map.of("k1", OLD_SECRET), "k1");
    String sealed = cipher.encrypt("{\"name\":\"测试人甲\"}", "qingshan-20260302-0001");

    assertThatThrownBy(() -> cipher.decrypt(sealed, "qingshan-20260302-0002"))
        .hasMessageContaining("authentication failed");
    String tampered = sealed.substring(0, sealed.length() - 6) + (sealed.endsWith("AAAA==") ? "BBBB==" : "AAAA==");
    assertThatThrownBy(() -> cipher.decrypt(tampered, "qingshan-20260302-0001"))
        .hasMessageContaining("authentication failed");
    assertThat(cipher.encrypt("same", "c")).isNotEqualTo(cipher.encrypt("same", "c"));
  }

  @Test
  void aNewKeyEncryptsNewDataTheOldOneStillReadsAndRotationLetsItGo() {
    CaseFiles before = files(Map.of("k1", OLD_SECRET), "k1");
    before.open("linjiang-20260302-0001", "linjiang");
    before.updatePerson("linjiang-20260302-0001", Map.of("name", FictionalPeople.NAME));

    CaseFiles during = files(Map.of("k1", OLD_SECRET, "k2", NEW_SECRET), "k2");
    assertThat(during.person("linjiang-20260302-0001")).containsEntry("name", FictionalPeople.NAME);
    assertThat(during.reencryptWithActiveKey(100)).isEqualTo(1);
    assertThat(during.reencryptWithActiveKey(100)).isZero();
    assertThat(storedData("linjiang-20260302-0001")).startsWith("v1:k2:");

    CaseFiles after = files(Map.of("k2", NEW_SECRET), "k2");
    assertThat(after.person("linjiang-20260302-0001")).containsEntry("name", FictionalPeople.NAME);
    assertThatThrownBy(() -> before.person("linjiang-20260302-0001")).hasMessageContaining("no longer configured");
  }

  @Test
  void weakOrMissingKeysAreRefused() {
    assertThatThrownBy(() -> new CaseFileCipher(Map.of("k1", "short"), "k1")).hasMessageContaining("32 characters");
    assertThatThrownBy(() -> new CaseFileCipher(Map.of("k1", OLD_SECRET), "k9")).hasMessageContaining("active-key");
  }

  private CaseFiles files(Map<String, String> secrets, String active) {
    return new CaseFiles(dataSource, LOOKUP, new CaseFileCipher(secrets, active));
  }

  private String storedData(String caseNumber) {
    return jdbc.queryForObject("SELECT person_data FROM case_file WHERE case_number = ?", String.class, caseNumber);
  }
}
