package org.regionalrescue;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The regional rescue center workflow: Camunda 7 engine, webapps and REST API in one Spring Boot application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RescueApplication {

  public static void main(String[] args) {
    SpringApplication.run(RescueApplication.class, args);
  }
}
