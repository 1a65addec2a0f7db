package org.regionalrescue.casefile;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CaseFileConfiguration {

  @Bean
  IdNumberLookupKey idNumberLookupKey(@Value("${rescue.casefile.lookup-key}") String secret) {
    return new IdNumberLookupKey(secret);
  }

  @Bean
  CaseFileCipher caseFileCipher(CaseFileKeys keys) {
    return new CaseFileCipher(keys.keys(), keys.activeKey());
  }
}
