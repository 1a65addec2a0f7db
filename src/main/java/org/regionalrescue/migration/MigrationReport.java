package org.regionalrescue.migration;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a migration of running cases to a new version of a process does, or would do (dry run): for each older
 * version that still has running instances, which waiting steps map to the new version, which do not, and what
 * stops single instances; after a real run, the batch that migrates them.
 *
 * @param processKey the process, e.g. {@code rescue-case}
 * @param targetVersion the version the instances move to
 * @param dryRun whether nothing was changed
 * @param sources one entry per older version with running instances
 */
public record MigrationReport(String processKey, int targetVersion, boolean dryRun, List<Source> sources) {

  /** True when every running instance of every older version can move (in the JSON answer as well). */
  @JsonProperty("migratable")
  public boolean migratable() {
    return sources.stream().allMatch(Source::migratable);
  }

  /**
   * One older version.
   *
   * @param version its version number
   * @param instances running instances of it
   * @param mapped the steps that map to the same step of the new version
   * @param unmapped the steps where instances wait that have no counterpart in the new version
   * @param problems what the engine refuses, for the plan or for single instances (in Chinese where it is ours)
   * @param batchId the batch migrating them (null in a dry run or when nothing can move)
   */
  public record Source(int version, long instances, List<Step> mapped, List<Step> unmapped, List<String> problems,
      String batchId) {

    @JsonProperty("migratable")
    public boolean migratable() {
      return unmapped.isEmpty() && problems.isEmpty();
    }
  }

  /**
   * A step of the process (an activity of the diagram).
   *
   * @param activityId its stable id
   * @param name its Chinese name
   * @param instances how many instances wait there (0 for a mapped step nobody waits in)
   */
  public record Step(String activityId, String name, long instances) {}
}
