package org.regionalrescue.organisation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;

/** Reads an organisation YAML file (see {@code organisation/demo-organisation.yml}) into an {@link Organisation}. */
public final class OrganisationLoader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private OrganisationLoader() {}

  public static Organisation load(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return from(YAML.readValue(in, OrganisationFile.class));
    } catch (IOException e) {
      throw new UncheckedIOException("组织架构文件无法读取: " + resource.getDescription(), e);
    }
  }

  static Organisation from(OrganisationFile file) {
    List<Agency> agencies = new ArrayList<>();
    for (OrganisationFile.AgencyNode root : OrganisationFile.orEmpty(file.agencies())) {
      flatten(root, null, agencies);
    }
    for (OrganisationFile.DepartmentEntry d : OrganisationFile.orEmpty(file.departments())) {
      agencies.add(new Agency(d.code(), d.name(), AgencyLevel.DEPARTMENT, d.serves(), d.kind()));
    }
    Organisation organisation = new Organisation(file.name(), agencies,
        OrganisationFile.orEmpty(file.groups()), OrganisationFile.orEmpty(file.users()));
    agencies.stream().filter(a -> a.parentCode() != null).forEach(a -> organisation.require(a.parentCode()));
    return organisation;
  }

  private static void flatten(OrganisationFile.AgencyNode node, String parent, List<Agency> into) {
    if (node.level() == AgencyLevel.DEPARTMENT) {
      throw new IllegalArgumentException("部门请写在 departments 下: " + node.code());
    }
    into.add(new Agency(node.code(), node.name(), node.level(), parent, null));
    for (OrganisationFile.AgencyNode child : OrganisationFile.orEmpty(node.children())) {
      flatten(child, node.code(), into);
    }
  }
}
