package org.regionalrescue.process.welfarereferral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.regionalrescue.process.welfarereferral.WelfareReferralVariables.Scheme;
import org.springframework.stereotype.Component;

/**
 * Reads the rows of the decision {@code welfare-scheme} for the caseworker, as the bean {@code schemeProposals}: the
 * schemes proposed in the table's order, each once with the grounds of its first row, and the scheme the form starts with.
 */
@Component("schemeProposals")
public class SchemeProposals {

  static final String NONE = "无：根据所填情况，没有符合条件的转介项目，请社工根据实际情况判断。";

  /** The proposals in Chinese, e.g. {@code 特困人员供养（60周岁以上……）；临时救助（……）}. */
  public String describe(List<?> rows) {
    Map<String, String> proposals = proposals(rows);
    if (proposals.isEmpty()) {
      return NONE;
    }
    return proposals.entrySet().stream()
        .map(p -> Scheme.NAMES.getOrDefault(p.getKey(), p.getKey()) + "（" + p.getValue() + "）")
        .collect(Collectors.joining("；"));
  }

  /** The first scheme proposed, or null when none. */
  public String first(List<?> rows) {
    return proposals(rows).keySet().stream().findFirst().orElse(null);
  }

  /** The scheme the caller asked for when it is one, else the first proposed. */
  public String orProposal(Object requested, List<?> rows) {
    if (requested instanceof String code && Scheme.NAMES.containsKey(code)) {
      return code;
    }
    return first(rows);
  }

  private static Map<String, String> proposals(List<?> rows) {
    Map<String, String> proposals = new LinkedHashMap<>();
    if (rows == null) {
      return proposals;
    }
    for (Object row : rows) {
      if (row instanceof Map<?, ?> entries && entries.get("scheme") instanceof String scheme && !scheme.isBlank()) {
        Object basis = entries.get("basis");
        proposals.putIfAbsent(scheme, basis == null ? "" : basis.toString());
      }
    }
    return proposals;
  }
}
