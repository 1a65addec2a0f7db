package org.regionalrescue.tasklist;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.AgencyRole;
import org.regionalrescue.organisation.IdentitySynchronizer;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.security.AuthorizationGrants;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filter 本站待办: every task the user may see, soonest due first. What a user may see is decided
 * by authorizations (their agency's candidate tasks), so one filter without expressions serves every agency.
 */
@Component
@Order(IdentitySynchronizer.ORDER + 30)
class TaskFilters implements ApplicationRunner {

  static final String AGENCY_TASKS = "本站待办";

  private final FilterService filters;
  private final TaskService tasks;
  private final Organisation organisation;
  private final AuthorizationGrants grants;

  TaskFilters(FilterService filters, TaskService tasks, Organisation organisation, AuthorizationGrants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.organisation = organisation;
    this.grants = grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    Filter filter = filters.createFilterQuery().filterName(AGENCY_TASKS).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(AGENCY_TASKS)
          .setQuery(tasks.createTaskQuery().orderByDueDate().asc().orderByTaskCreateTime().asc())
          .setProperties(Map.of("description", "本机构可办理的全部任务，按到期时间排序", "priority", -10,
              "refresh", true));
      filters.saveFilter(filter);
    }
    for (Agency agency : organisation.agencies()) {
      for (AgencyRole role : AgencyRole.values()) {
        grants.grantGroup(role.groupOf(agency.code()), Resources.FILTER, filter.getId(), READ);
      }
    }
  }
}
