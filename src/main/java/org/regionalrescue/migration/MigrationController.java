package org.regionalrescue.migration;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.regionalrescue.organisation.SystemGroup;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/migrations/{processKey}?dryRun=true|false[&targetVersion=n]}: moves the running cases of a
 * process to its latest (or the given) version, for policy staff (see {@link CaseMigrations}). A dry run, the
 * default, only reports; {@code dryRun=false} starts the batches. The command {@code bin/migrate-cases} calls it.
 */
@RestController
class MigrationController {

  private final CaseMigrations migrations;

  MigrationController(CaseMigrations migrations) {
    this.migrations = migrations;
  }

  @PostMapping("/api/migrations/{processKey}")
  ResponseEntity<MigrationReport> migrate(@PathVariable String processKey,
      @RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(required = false) Integer targetVersion,
      Authentication user) {
    List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    if (!groups.contains(SystemGroup.POLICY_STAFF) && !groups.contains(SystemGroup.CAMUNDA_ADMIN)) {
      throw new AuthorizationException("只有政策与流程管理人员可以迁移在办个案。");
    }
    MigrationReport report = dryRun ? migrations.dryRun(processKey, targetVersion, user.getName(), groups)
        : migrations.migrate(processKey, targetVersion, user.getName(), groups);
    return ResponseEntity.ok(report);
  }
}
