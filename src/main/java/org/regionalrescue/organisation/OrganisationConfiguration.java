package org.regionalrescue.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Loads the organisation from {@code rescue.organisation.location} (the demo profile sets the demo region). */
@Configuration
class OrganisationConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationConfiguration.class);

  @Bean
  Organisation organisation(@Value("${rescue.organisation.location:}") String location, ResourceLoader loader) {
    if (location.isBlank()) {
      LOG.warn("No organisation file configured (rescue.organisation.location / RESCUE_ORGANISATION_FILE): "
          + "no agencies, groups or users are created.");
      return Organisation.empty();
    }
    Resource resource = loader.getResource(location);
    Organisation organisation = OrganisationLoader.load(resource);
    LOG.info("Organisation '{}' loaded from {}: {} agencies, {} users", organisation.name(), location,
        organisation.agencies().size(), organisation.users().size());
    return organisation;
  }
}
