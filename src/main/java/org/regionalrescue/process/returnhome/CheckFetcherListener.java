package org.regionalrescue.process.returnhome;

import static org.regionalrescue.process.returnhome.ReturnHomeVariables.CASE_NUMBER;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.FETCHER_ID_COPY_KEPT;
import static org.regionalrescue.process.returnhome.ReturnHomeVariables.FETCHER_RELATION;

import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.regionalrescue.casefile.CaseFiles;
import org.regionalrescue.casefile.PersonalFields;
import org.regionalrescue.process.returnhome.ReturnHomeVariables.FetcherRelation;
import org.springframework.stereotype.Component;

/**
 * 核验接领人身份, on complete: the fetcher's relation is known, the fetcher's name and ID number are in the case file
 * (the case file capture, which runs first, has moved and checked them), a copy of the ID is kept, and a minor under
 * 16 or a person lacking capacity goes only to a relative (RULES §0, §7).
 */
@Component
public class CheckFetcherListener implements TaskListener {

  private final CaseFiles caseFiles;

  public CheckFetcherListener(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  @Override
  public void notify(DelegateTask task) {
    Object relation = task.getVariable(FETCHER_RELATION);
    if (!(relation instanceof String code) || !FetcherRelation.ALL.contains(code)) {
      throw new BadUserRequestException("请选择接领人与受助人员的关系。");
    }
    if (ReturnRestrictions.onlyRelativesMayFetch(task) && !FetcherRelation.RELATIVES.contains(code)) {
      throw new BadUserRequestException("未满16周岁的未成年人和无民事行为能力人员只能交由监护人或亲属接领。");
    }
    if (!(task.getVariable(CASE_NUMBER) instanceof String caseNumber)) {
      throw new BadUserRequestException("接领只能在已立案的个案中办理（缺少个案编号）。");
    }
    Map<String, Object> person = caseFiles.person(caseNumber);
    if (isBlank(person.get(PersonalFields.fileKey(PersonalFields.FETCHER_NAME)))
        || isBlank(person.get(PersonalFields.fileKey(PersonalFields.FETCHER_ID_NUMBER)))) {
      throw new BadUserRequestException("请填写接领人姓名和身份证号码，核验其身份证件。");
    }
    if (!Boolean.TRUE.equals(task.getVariable(FETCHER_ID_COPY_KEPT))) {
      throw new BadUserRequestException("请留存接领人身份证件复印件后再办理接领。");
    }
  }

  private static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
