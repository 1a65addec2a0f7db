package org.regionalrescue.rest;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Adds {@link ConcurrentUpdateMappers} to every JAX-RS application of the process (the REST API at
 * {@code /engine-rest} and the webapps' API), so that a claim or change that lost against a simultaneous one is a
 * 409 with a Chinese message in Tasklist and over REST. Jersey picks the mapper of the closest exception type, so
 * these win over Camunda's mapper of every engine exception. Registered in
 * {@code META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable}.
 */
public class ConcurrentUpdateResponses implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(ConcurrentUpdateMappers.AlreadyClaimed.class)) {
      context.register(ConcurrentUpdateMappers.AlreadyClaimed.class);
      context.register(ConcurrentUpdateMappers.ConcurrentUpdate.class);
    }
  }
}
