package org.regionalrescue.rest;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How our own API ({@code /api/**}) answers what it refuses: bad input is a 400 and a missing right a 403, each with
 * the reason in {@code message}, as the engine's REST API does.
 */
@RestControllerAdvice(basePackages = "org.regionalrescue")
class ApiErrors {

  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<Map<String, String>> badRequest(BadUserRequestException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("message", e.getMessage()));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, String>> forbidden(AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", e.getMessage()));
  }
}
