package org.regionalrescue.rest;

import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/** Additions to the engine's REST API at {@code /engine-rest}. */
@Component
class RestApiCustomization implements ResourceConfigCustomizer {

  /** Before Camunda's own mapper of the same exception type. */
  private static final int BEFORE_CAMUNDA = 1;

  @Override
  public void customize(ResourceConfig config) {
    config.register(BadUserRequestMapper.class, BEFORE_CAMUNDA);
  }
}
