package org.regionalrescue.rest;

import java.util.Map;
import org.regionalrescue.casefile.CaseFileReader;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/{caseNumber}/person?reason=...}: a case's personal data in clear, for staff who may read
 * the case, logged with the reason. Tasklist and Cockpit show only the masked values.
 */
@RestController
class CaseFileController {

  private final CaseFileReader reader;

  CaseFileController(CaseFileReader reader) {
    this.reader = reader;
  }

  @GetMapping("/api/cases/{caseNumber}/person")
  Map<String, Object> person(@PathVariable String caseNumber, @RequestParam(required = false) String reason,
      Authentication user) {
    return reader.readUnmasked(caseNumber, user.getName(),
        user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList(), reason);
  }
}
