package org.regionalrescue.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regionalrescue.support.DemoUsers.CENTER_SUPERVISOR;
import static org.regionalrescue.support.DemoUsers.LINJIANG_CASEWORKER;
import static org.regionalrescue.support.DemoUsers.PASSWORD;
import static org.regionalrescue.support.DemoUsers.QINGSHAN_CASEWORKER;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.regionalrescue.support.FictionalPeople;
import org.regionalrescue.support.RescueApplicationTest;
import org.regionalrescue.support.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The caseworker's and the supervisor's day in a real browser (headless Chromium): the Chinese Tasklist with its
 * filters, a case started from the start form, the Camunda Form of 接待登记 refusing a wrong ID number with the
 * server's message and accepting a right one, another county not seeing the case, and the center supervisor finding
 * it in Cockpit at its current step. Each step leaves a screenshot in target/browser-screenshots/.
 *
 * <p>The steps build on each other and run in order; run with {@code mvn -B verify -Pbrowser}.
 */
@Tag("browser")
@RescueApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseworkerDayInBrowserIT {

  private static final String MIGRATION_BANNER = "Camunda 8";
  private static final String TASKLIST = "/camunda/app/tasklist/default/";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  /** The case qingshan.caseworker starts in the browser. */
  private String caseNumber;
  private String caseId;

  private Browser open() {
    return Browser.open("http://localhost:" + port);
  }

  @Test
  @Order(1)
  void anAnonymousVisitorReachesOnlyTheLoginPage() {
    try (Browser browser = open()) {
      for (String app : List.of("tasklist", "cockpit", "admin")) {
        browser.go("/camunda/app/" + app + "/default/#/dashboard");
        WebElement password = browser.visible(By.cssSelector("input[ng-model='password']"));
        assertThat(browser.driver().getCurrentUrl()).as(app).endsWith("#/login");
        assertThat(password.getAttribute("placeholder")).isEqualTo("密码");
        assertThat(browser.visible(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
            .isEqualTo("用户名");
        assertThat(browser.visibleText()).as(app).contains("登录", "技术支持").doesNotContain(MIGRATION_BANNER);
        assertThat(browser.displayed(By.cssSelector(".ce-eol-banner"))).as(app).isEmpty();
      }
      browser.go(TASKLIST);
      browser.visible(By.cssSelector("input[ng-model='password']"));
      browser.screenshot("01-login");
    }
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/camunda/api/engine/engine/default/task", String.class).getStatusCode().value())
        .isIn(401, 403);
  }

  @Test
  @Order(2)
  void aCountyCaseworkerStartsACaseAndSeesOnlyTheirAgencysTasks() {
    String otherCounty = (String) RestClient.as(http, LINJIANG_CASEWORKER)
        .startRescueCase(Map.of("arrivalChannel", "walk-in")).getBody().get("id");
    String otherCountysTask = taskOf(otherCounty).getId();

    try (Browser browser = open()) {
      browser.logIn("tasklist", QINGSHAN_CASEWORKER, PASSWORD);
      List<String> filters = browser.waitFor("the four filters", d -> {
        List<String> names = d.findElements(By.cssSelector(".task-filter h4.name a")).stream()
            .map(e -> e.getText().replaceAll("\\s*\\(?\\d+\\)?$", "").trim()).toList();
        return names.size() == 4 ? names : null;
      });
      assertThat(filters).containsExactly("我的待办", "本站待办", "即将超时", "已超时");
      assertThat(browser.visibleText()).contains("发起流程", "青山 演示社工").doesNotContain(MIGRATION_BANNER);
      browser.restPointer();
      browser.screenshot("02-tasklist-filters");

      browser.withText(".start-process-action a", "发起流程").click();
      browser.visible(By.cssSelector("ul.processes a"));
      assertThat(browser.visibleText()).contains("点击要发起的流程");
      browser.withText("ul.processes a", "救助个案").click();
      browser.visible(By.cssSelector(".modal .fjs-form"));
      assertThat(browser.visibleText()).contains("求助登记", "来站方式", "到站情况");
      browser.visible(By.cssSelector(".modal .fjs-select-display")).click();
      browser.withText(".modal .fjs-dropdownlist-item", "主动求助").click();
      browser.visible(By.cssSelector(".modal textarea[id$='-Field_ArrivalNote']")).sendKeys("上午在火车站广场求助，称钱物被盗。");
      browser.screenshot("03-start-form");
      browser.withText(".modal-footer button.btn-primary", "发起").click();
      browser.waitFor("the start dialog closes", d -> d.findElements(By.cssSelector(".modal .fjs-form")).isEmpty());

      caseId = browser.waitFor("the new case", d -> engine.getHistoryService()
          .createHistoricProcessInstanceQuery().processDefinitionKey("rescue-case").startedBy(QINGSHAN_CASEWORKER)
          .list().stream()
          .filter(p -> p.getBusinessKey() != null).map(p -> p.getId()).findFirst().orElse(null));
      caseNumber = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(caseId).singleResult()
          .getBusinessKey();
      assertThat(caseNumber).startsWith("qingshan-");

      openFilter(browser, "本站待办");
      String registration = taskOf(caseId).getId();
      WebElement item = taskInList(browser, registration);
      assertThat(item.getText()).contains("接待登记", "救助个案");
      assertThat(linksOfListedTasks(browser)).doesNotContain(otherCountysTask)
          .containsExactlyInAnyOrderElementsOf(visibleTaskIds(QINGSHAN_CASEWORKER));
      browser.restPointer();
      browser.screenshot("04-agency-tasks");
    }
  }

  @Test
  @Order(3)
  void theRegistrationFormRefusesAWrongIdNumberAndAcceptsARightOne() {
    String registration = taskOf(caseId).getId();
    String idNumber = FictionalPeople.idNumber("19860606");
    String wrongIdNumber = idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? '1' : '0');

    try (Browser browser = open()) {
      browser.logIn("tasklist", QINGSHAN_CASEWORKER, PASSWORD);
      openFilter(browser, "本站待办");
      openFromList(browser, registration);
      browser.visible(By.cssSelector(".task-card button.claim")).click();
      // claimed: the task card offers to give it back, and Tasklist shows the form anew for the assignee
      browser.visible(By.cssSelector(".task-card button.unclaim"));
      browser.waitFor("the form of the assignee", d -> d.findElements(By.cssSelector(".disabled-form")).isEmpty()
          ? true : null);
      assertThat(browser.visibleText()).contains("接待登记", "姓名", "居民身份证号码", "性别", "年龄（周岁）",
          "求助原因及经过", "本人自愿接受救助");

      fillIn(browser, Map.of("input[id$='-Field_Personname']", FictionalPeople.NAME,
          "input[id$='-Field_PersonidNumber']", wrongIdNumber, "input[id$='-Field_Age']", "40",
          "textarea[id$='-Field_Personhardship']", "务工返乡途中钱物被盗。"));
      browser.click(browser.visible(By.cssSelector("label[for$='-Field_Sex-0']")));
      browser.click(browser.visible(By.cssSelector("input[id$='-Field_ConsentToHelp']")));
      complete(browser);

      browser.waitFor("the server's refusal", d -> browser.visibleText().contains("身份证号码校验位不正确") ? true : null);
      browser.script("arguments[0].scrollIntoView({block: 'center'});",
          browser.visible(By.cssSelector("input[id$='-Field_PersonidNumber']")));
      browser.screenshot("05-wrong-id-number-refused");
      assertThat(engine.getTaskService().createTaskQuery().taskId(registration).count()).as("task stays open")
          .isOne();

      fillIn(browser, Map.of("input[id$='-Field_PersonidNumber']", idNumber));
      complete(browser);
      browser.waitFor("接待登记 completed", d -> engine.getTaskService().createTaskQuery().taskId(registration)
          .count() == 0 ? true : null);

      String screening = browser.waitFor("安检与检视", d -> {
        Task next = taskOf(caseId);
        return next != null && "安检与检视".equals(next.getName()) ? next.getId() : null;
      });
      openFilter(browser, "本站待办");
      assertThat(taskInList(browser, screening).getText()).contains("安检与检视");
      browser.restPointer();
      browser.screenshot("06-next-task");

      // the 求助登记表 filed with 接待登记: listed in the 文书 tab of the next task, printable in a new window
      openFromList(browser, screening);
      browser.withText(".nav-tabs a", "文书").click();
      WebElement registrationRecord = browser.withText(".case-documents a", "求助登记表");
      assertThat(browser.visibleText()).contains("个案 " + caseNumber + " 已出具的文书");
      browser.screenshot("06a-documents-tab");
      String tasklistWindow = browser.driver().getWindowHandle();
      registrationRecord.click();
      browser.waitFor("the document's window", d -> d.getWindowHandles().size() > 1 ? true : null);
      browser.driver().getWindowHandles().stream().filter(handle -> !handle.equals(tasklistWindow)).findFirst()
          .ifPresent(handle -> browser.driver().switchTo().window(handle));
      browser.withText("h1", "求助登记表");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/documents/" + caseNumber + "/REGISTRATION");
      assertThat(browser.visibleText()).contains("青山县救助管理站", caseNumber, FictionalPeople.NAME, idNumber,
          "主动求助", "打印");
      browser.screenshot("06b-registration-document");
    }
  }

  @Test
  @Order(4)
  void aCaseworkerOfAnotherCountyDoesNotSeeTheCase() {
    String screening = taskOf(caseId).getId();
    try (Browser browser = open()) {
      browser.logIn("tasklist", LINJIANG_CASEWORKER, PASSWORD);
      for (String filter : List.of("本站待办", "即将超时", "已超时", "我的待办")) {
        openFilter(browser, filter);
        assertThat(linksOfListedTasks(browser)).as(filter).doesNotContain(screening);
      }
      openFilter(browser, "本站待办");
      assertThat(linksOfListedTasks(browser)).isNotEmpty()
          .containsExactlyInAnyOrderElementsOf(visibleTaskIds(LINJIANG_CASEWORKER));
      assertThat(browser.visibleText()).contains("临江 演示社工").doesNotContain("安检与检视");
      browser.restPointer();
      browser.screenshot("07-other-county");
    }
  }

  @Test
  @Order(5)
  void theCenterSupervisorFindsTheCaseInCockpitAtItsCurrentStep() {
    try (Browser browser = open()) {
      browser.logIn("cockpit", CENTER_SUPERVISOR, PASSWORD);
      browser.withText("[cam-widget-header] a", "流程").click();
      browser.withText("a", "救助个案").click();
      WebElement row = browser.waitFor(caseNumber + " in the instances", d -> d.findElements(
          By.cssSelector("table.process-instances tbody tr")).stream()
          .filter(r -> r.getText().contains(caseNumber)).findFirst().orElse(null));
      browser.screenshot("08-cockpit-instances");
      row.findElement(By.cssSelector("td.instance-id a")).click();

      browser.waitFor("the instance view", d -> d.getCurrentUrl().contains("/process-instance/" + caseId) ? true : null);
      browser.visible(By.cssSelector(".djs-container"));
      browser.waitFor("the running step marked in the diagram", d -> d.findElements(By.cssSelector(
          ".djs-overlays[data-container-id='Task_ScreenPerson'] .instances-overlay")).isEmpty() ? null : true);
      browser.withText("a", "筛选").click();
      browser.waitFor("安检与检视 in the activity tree", d -> browser.visibleText().contains("安检与检视") ? true : null);
      assertThat(browser.visibleText()).contains(caseNumber, "救助个案").doesNotContain(MIGRATION_BANNER);
      assertThat(engine.getRuntimeService().getActiveActivityIds(caseId)).contains("Task_ScreenPerson");
      browser.screenshot("09-cockpit-instance");
    }
  }

  @Test
  @Order(6)
  void theCareFormOffersTheAgencysOwnAreaForDelegationDown() {
    // screening and assessment done elsewhere: the case is in care
    engine.getTaskService().complete(taskOf(caseId).getId(), Map.of("securityCheckDone", true,
        "healthFinding", "none", "behaviourFinding", "none"));
    engine.getTaskService().complete(taskOf(caseId).getId(), Map.of("cannotPayFoodLodging", "yes",
        "noRelativesToTurnTo", "yes", "noMinimumLivingSupport", "yes", "homelessOrBegging", "yes",
        "refusesTruthfulInformation", false, "domesticViolence", false, "otherSchemeNeed", "none"));
    String care = taskOf(caseId).getId();

    try (Browser browser = open()) {
      browser.logIn("tasklist", QINGSHAN_CASEWORKER, PASSWORD);
      openFilter(browser, "本站待办");
      openFromList(browser, care);
      browser.visible(By.cssSelector(".task-card button.claim")).click();
      browser.visible(By.cssSelector(".task-card button.unclaim"));
      choose(browser, "处理决定", "请求下沉协助");
      openSelect(browser, "承接协助的机构");
      List<String> offered = browser.waitFor("the agencies offered", d -> {
        List<String> items = d.findElements(By.cssSelector("[class*='dropdownlist-item']")).stream()
            .filter(WebElement::isDisplayed).map(e -> e.getText().trim()).toList();
        return items.isEmpty() ? null : items;
      });
      assertThat(offered).contains("青山县松林镇", "松林镇松林村", "青山县石桥镇").noneMatch(name -> name.contains("临江"));
      browser.screenshot("10-care-delegation-down");
    }
  }

  /** Opens a Camunda Forms select by its label. */
  private static void openSelect(Browser browser, String label) {
    WebElement field = browser.waitFor("the select " + label, d -> d.findElements(By.cssSelector(
        ".fjs-form-field-select")).stream().filter(f -> f.isDisplayed() && f.getText().contains(label))
        .findFirst().orElse(null));
    // near the top of the window, so that its list opens clear of Tasklist's footer
    browser.script("arguments[0].scrollIntoView({block: 'start'});", field);
    field.findElement(By.cssSelector(".fjs-input-group")).click();
  }

  /** Picks an option of a Camunda Forms select by its label and the option's text. */
  private static void choose(Browser browser, String label, String option) {
    openSelect(browser, label);
    WebElement item = browser.waitFor(option + " offered", d -> d.findElements(By.cssSelector(
        "[class*='dropdownlist-item']")).stream().filter(e -> e.isDisplayed() && option.equals(e.getText().trim()))
        .findFirst().orElse(null));
    // the list picks on mouse down, as a person's click does
    browser.script("['mousedown', 'mouseup', 'click'].forEach(type => arguments[0].dispatchEvent("
        + "new MouseEvent(type, {bubbles: true, cancelable: true, button: 0})));", item);
  }

  private void openFilter(Browser browser, String name) {
    WebElement link = browser.waitFor("filter " + name, d -> d.findElements(By.cssSelector(".task-filter h4.name a"))
        .stream().filter(e -> e.getText().trim().startsWith(name)).findFirst().orElse(null));
    link.click();
    browser.waitFor("filter " + name + " open", d -> d.findElements(By.cssSelector(".task-filter.active h4.name a"))
        .stream().anyMatch(e -> e.getText().trim().startsWith(name)) ? true : null);
    browser.waitFor("the task list of " + name, d -> d.findElements(By.cssSelector("[cam-tasks] .loader"))
        .stream().noneMatch(WebElement::isDisplayed) ? true : null);
  }

  /** Clicks the task in the list; again when Tasklist drew the list anew in between (a stale element). */
  private static void openFromList(Browser browser, String taskId) {
    browser.waitFor("task " + taskId + " opened from the list", d -> {
      taskInList(browser, taskId).findElement(By.cssSelector("h4.task a")).click();
      return true;
    });
  }

  private static WebElement taskInList(Browser browser, String taskId) {
    return browser.waitFor("task " + taskId + " in the list", d -> d.findElements(By.cssSelector(
        "ol.tasks-list li.task")).stream()
        .filter(li -> !li.findElements(By.cssSelector("a[href*='task=" + taskId + "']")).isEmpty())
        .findFirst().orElse(null));
  }

  private static List<String> linksOfListedTasks(Browser browser) {
    return browser.driver().findElements(By.cssSelector("ol.tasks-list li.task h4.task a")).stream()
        .map(a -> a.getAttribute("href").replaceAll(".*task=", "")).toList();
  }

  private List<String> visibleTaskIds(String user) {
    return RestClient.as(http, user).list("/task").getBody().stream().map(t -> (String) t.get("id")).toList();
  }

  /** Types into each field until all hold their text (Tasklist may draw the form anew just after a claim). */
  private static void fillIn(Browser browser, Map<String, String> textByField) {
    browser.waitFor("the form filled in", d -> {
      boolean filled = true;
      for (Map.Entry<String, String> entry : textByField.entrySet()) {
        WebElement field = browser.visible(By.cssSelector(entry.getKey()));
        if (!entry.getValue().equals(field.getAttribute("value"))) {
          field.clear();
          browser.type(field, entry.getValue());
          filled = false;
        }
      }
      return filled ? true : null;
    });
  }

  private static void complete(Browser browser) {
    // notifications of earlier attempts sit on top of the form's buttons
    browser.displayed(By.cssSelector(".page-notifications .close")).forEach(WebElement::click);
    browser.click(browser.waitFor("完成 enabled", d -> d.findElements(By.cssSelector(".form-actions button.btn-primary"))
        .stream().filter(b -> b.isDisplayed() && b.isEnabled() && "完成".equals(b.getText().trim())).findFirst()
        .orElse(null)));
  }

  private Task taskOf(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }
}
