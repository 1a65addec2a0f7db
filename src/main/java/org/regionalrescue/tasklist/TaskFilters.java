package org.regionalrescue.tasklist;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.AgencyRole;
import org.regionalrescue.organisation.IdentitySynchronizer;
import org.regionalrescue.organisation.Organisation;
import org.regionalrescue.organisation.OrganisationUser;
import org.regionalrescue.security.AuthorizationGrants;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters of every role, created at startup from the organisation; a second start changes nothing.
 *
 * <ul>
 *   <li><b>我的待办</b>: one filter per member of an agency, owned by them, with their user id as a literal assignee.
 *       Stored queries may not hold expressions here ({@code enable-expressions-in-stored-queries: false}), so
 *       {@code ${currentUser()}} is not available; a literal per user is. A user added later in Admin gets theirs at
 *       the next start when the organisation file lists them.
 *   <li><b>本站待办</b>: one filter per agency, the tasks offered to its two groups (claimed or not), READ for those
 *       two groups only.
 *   <li><b>即将超时</b> (due within 24 h) and <b>已超时</b> (overdue): one filter each for every agency group. A
 *       relative due date needs an expression, so {@link DueDateWindows} moves the literal window every minute.
 * </ul>
 *
 * <p>Every filter sorts by due date, soonest first. Which tasks a user finds in a filter is still decided by
 * authorizations: a caseworker sees only tasks offered to their own agency's groups.
 */
@Component
@Order(IdentitySynchronizer.ORDER + 30)
class TaskFilters implements ApplicationRunner {

  static final String MY_TASKS = "我的待办";
  static final String AGENCY_TASKS = "本站待办";
  static final String DUE_SOON = "即将超时";
  static final String OVERDUE = "已超时";

  /** Filter property naming each filter this class manages, e.g. {@code agency:qingshan}. */
  static final String KEY_PROPERTY = "rescueFilter";
  static final String DUE_SOON_KEY = "due-soon";
  static final String OVERDUE_KEY = "overdue";

  private final FilterService filters;
  private final TaskService tasks;
  private final Organisation organisation;
  private final AuthorizationGrants grants;
  private final DueDateWindows dueDateWindows;

  TaskFilters(FilterService filters, TaskService tasks, Organisation organisation, AuthorizationGrants grants,
      DueDateWindows dueDateWindows) {
    this.filters = filters;
    this.tasks = tasks;
    this.organisation = organisation;
    this.grants = grants;
    this.dueDateWindows = dueDateWindows;
  }

  @Override
  public void run(ApplicationArguments args) {
    Map<String, Filter> existing = managedFilters();
    removeTheFormerSharedFilter();
    for (OrganisationUser user : organisation.users()) {
      if (!agencyGroupsOf(user).isEmpty()) {
        ensure(existing, "user:" + user.id(), MY_TASKS, "分配给我本人、由我办理的任务", -30, null, user.id(),
            byDueDate().taskAssignee(user.id()));
      }
    }
    List<String> everyAgencyGroup = new ArrayList<>();
    for (Agency agency : organisation.agencies()) {
      List<String> groups = groupsOf(agency);
      everyAgencyGroup.addAll(groups);
      Filter filter = ensure(existing, "agency:" + agency.code(), AGENCY_TASKS, agency.name() + "的全部待办任务",
          -20, null, null, byDueDate().taskCandidateGroupIn(groups).includeAssignedTasks());
      grantRead(filter, groups);
    }
    Filter dueSoon = ensure(existing, DUE_SOON_KEY, DUE_SOON, "24小时内到期、尚未超时的任务", -10, "#f0ad4e", null,
        byDueDate());
    Filter overdue = ensure(existing, OVERDUE_KEY, OVERDUE, "已过到期时间、仍未办结的任务", 0, "#d9534f", null,
        byDueDate());
    grantRead(dueSoon, everyAgencyGroup);
    grantRead(overdue, everyAgencyGroup);
    dueDateWindows.move();
  }

  private TaskQuery byDueDate() {
    return tasks.createTaskQuery().orderByDueDate().asc().orderByTaskCreateTime().asc();
  }

  private Filter ensure(Map<String, Filter> existing, String key, String name, String description, int priority,
      String color, String owner, TaskQuery query) {
    Filter filter = existing.get(key);
    if (filter != null) {
      return filter;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    if (color != null) {
      properties.put("color", color);
    }
    properties.put(KEY_PROPERTY, key);
    // an owner is granted every permission on their own filter by the engine
    filter = filters.newTaskFilter(name).setOwner(owner).setQuery(query).setProperties(properties);
    return filters.saveFilter(filter);
  }

  private void grantRead(Filter filter, List<String> groups) {
    for (String group : groups) {
      grants.grantGroup(group, Resources.FILTER, filter.getId(), READ);
    }
  }

  /** The filters this class created earlier, by their key. */
  private Map<String, Filter> managedFilters() {
    Map<String, Filter> byKey = new LinkedHashMap<>();
    for (Filter filter : filters.createFilterQuery().list()) {
      Object key = filter.getProperties() == null ? null : filter.getProperties().get(KEY_PROPERTY);
      if (key instanceof String k) {
        byKey.put(k, filter);
      }
    }
    return byKey;
  }

  /** Until this version one shared 本站待办 without a key served everyone; the per-agency filters replace it. */
  private void removeTheFormerSharedFilter() {
    for (Filter filter : filters.createFilterQuery().filterName(AGENCY_TASKS).list()) {
      if (filter.getOwner() == null
          && (filter.getProperties() == null || !filter.getProperties().containsKey(KEY_PROPERTY))) {
        filters.deleteFilter(filter.getId());
      }
    }
  }

  private static List<String> groupsOf(Agency agency) {
    List<String> groups = new ArrayList<>();
    for (AgencyRole role : AgencyRole.values()) {
      groups.add(role.groupOf(agency.code()));
    }
    return groups;
  }

  private Set<String> agencyGroupsOf(OrganisationUser user) {
    Set<String> groups = new LinkedHashSet<>();
    for (String group : user.groups()) {
      for (AgencyRole role : AgencyRole.values()) {
        String agency = role.agencyOf(group);
        if (agency != null && organisation.find(agency).isPresent()) {
          groups.add(group);
        }
      }
    }
    return groups;
  }
}
