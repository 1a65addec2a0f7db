package org.regionalrescue.casefile;

import org.regionalrescue.organisation.IdentitySynchronizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At startup, re-encrypts with the active key every case file still encrypted with an older one, in batches of
 * {@value #BATCH}, each batch in its own transaction. After it has run the old key can be removed.
 */
@Component
@Order(IdentitySynchronizer.ORDER - 5)
class CaseFileKeyRotation implements ApplicationRunner {

  static final int BATCH = 500;
  private static final Logger LOG = LoggerFactory.getLogger(CaseFileKeyRotation.class);

  private final CaseFiles caseFiles;
  private final TransactionTemplate transaction;

  CaseFileKeyRotation(CaseFiles caseFiles, PlatformTransactionManager transactions) {
    this.caseFiles = caseFiles;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Override
  public void run(ApplicationArguments args) {
    int total = 0;
    for (int done = BATCH; done == BATCH; total += done) {
      done = transaction.execute(status -> caseFiles.reencryptWithActiveKey(BATCH));
    }
    if (total > 0) {
      LOG.info("Case files re-encrypted with the active key: {}", total);
    }
  }
}
