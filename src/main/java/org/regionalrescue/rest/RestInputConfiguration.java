package org.regionalrescue.rest;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link VariableInputGuard} in front of the REST API and the webapps' API, after authentication. */
@Configuration
class RestInputConfiguration {

  @Bean
  FilterRegistrationBean<VariableInputGuard> variableInputGuard() {
    FilterRegistrationBean<VariableInputGuard> registration = new FilterRegistrationBean<>(new VariableInputGuard());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // after Spring Security's chains (a caller without a login gets 401, not an answer about the body)
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    return registration;
  }
}
