package org.regionalrescue.process.assistancedispatch;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.regionalrescue.organisation.Agency;
import org.regionalrescue.organisation.AgencyLevel;
import org.regionalrescue.organisation.Organisation;
import org.springframework.stereotype.Component;

/**
 * Which agencies a task may be sent down to (下沉协助, RULES §10): the county stations, townships and villages inside
 * the sending agency's area, never the sender itself, a partner department or an agency of another area. Every
 * refusal is a {@link BadUserRequestException} with a Chinese message naming the agency (REST answers 400).
 */
@Component
public class AssistanceReceivers {

  /** The levels that carry out delegated work. */
  static final Set<AgencyLevel> RECEIVING_LEVELS = Set.of(AgencyLevel.COUNTY, AgencyLevel.TOWNSHIP, AgencyLevel.VILLAGE);


  private final Organisation organisation;

  public AssistanceReceivers(Organisation organisation) {
    this.organisation = organisation;
  }

  /** The sending agency, which must be part of the organisation. */
  public Agency sender(Object code) {
    String sender = text(code);
    return organisation.find(sender).orElseThrow(() ->
        new BadUserRequestException("派出下沉协助的机构（caseAgency）“" + sender + "”不在本区域的组织架构中。"));
  }

  /** The receiving agency named by {@code code}, checked against the sender's area. */
  public Agency receiver(Agency sender, Object code) {
    String receiver = text(code);
    if (receiver.isEmpty()) {
      throw new BadUserRequestException("请选择承接下沉协助的机构（assistanceAgency）。");
    }
    Agency agency = organisation.find(receiver).orElseThrow(() ->
        new BadUserRequestException("承接下沉协助的机构“" + receiver + "”不在本区域的组织架构中。"));
    if (agency.code().equals(sender.code())) {
      throw new BadUserRequestException("不能把下沉协助派给派出机构“" + sender.name() + "”自己。");
    }
    if (!RECEIVING_LEVELS.contains(agency.level())) {
      throw new BadUserRequestException("“" + agency.name() + "”不是县级救助管理站、乡镇（街道）或村（社区），不能承接下沉协助。");
    }
    if (!isInside(agency, sender)) {
      throw new BadUserRequestException("“" + agency.name() + "”不在“" + sender.name()
          + "”的辖区内：下沉协助只能派给本机构辖区内的县级救助管理站、乡镇（街道）或村（社区）。");
    }
    return agency;
  }

  /** The agencies inside the sender's area that may receive a task, in the order of the organisation file. */
  public List<Agency> within(Agency sender) {
    return organisation.agencies().stream()
        .filter(a -> RECEIVING_LEVELS.contains(a.level()) && !a.code().equals(sender.code()) && isInside(a, sender))
        .toList();
  }

  private boolean isInside(Agency agency, Agency sender) {
    return organisation.chainUpFrom(agency.code()).stream().anyMatch(a -> a.code().equals(sender.code()));
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().strip();
  }
}
