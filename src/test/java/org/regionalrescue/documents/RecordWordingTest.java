package org.regionalrescue.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.regionalrescue.casefile.CaseRecordType;
import org.regionalrescue.organisation.OrganisationLoader;
import org.springframework.core.io.ClassPathResource;

/** A printed record speaks Chinese: every field has a label, and coded answers read as the forms' option texts. */
class RecordWordingTest {

  private final RecordWording wording = new RecordWording(
      OrganisationLoader.load(new ClassPathResource("organisation/demo-organisation.yml")));

  @Test
  void everyFieldOfEveryRecordHasAChineseLabel() {
    assertThat(Arrays.stream(CaseRecordType.values()).flatMap(type -> type.contentVariables().stream())
        .filter(field -> !wording.labels(field))).as("fields printed without a label").isEmpty();
    assertThat(wording.labelOf("refusalReason")).isEqualTo("不予救助理由");
  }

  @Test
  void codedAnswersReadAsTheFormsOptionsAgenciesByName() {
    assertThat(wording.display("arrivalChannel", "walk-in")).isEqualTo("主动求助");
    assertThat(wording.display("sex", "female")).isEqualTo("女");
    assertThat(wording.display("sendingAgency", "qingshan")).isEqualTo("青山县救助管理站");
    assertThat(wording.display("returnOutcome", "escorted")).isEqualTo("护送返回");
    assertThat(wording.display("consentToHelp", true)).isEqualTo("是");
    assertThat(wording.display("careNote", "按时服药")).isEqualTo("按时服药");
  }
}
