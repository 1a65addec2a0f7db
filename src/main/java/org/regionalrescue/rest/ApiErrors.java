package org.regionalrescue.rest;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * How our own API ({@code /api/**}) answers what it refuses: bad input is a 400 and a missing right a 403, each with
 * the reason in {@code message}, as the engine's REST API does. Requests Spring cannot even hand to a controller
 * (a parameter of the wrong type or missing, a body that is not JSON) are answered the same way, in Chinese; what
 * never reaches a controller (an unknown path, a wrong method) gets its message from {@link ErrorMessages}.
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

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, String>> wrongType(MethodArgumentTypeMismatchException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(Map.of("message", "参数“" + e.getName() + "”的格式不正确" + expected(e.getRequiredType()) + "。"));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, String>> missing(MissingServletRequestParameterException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(Map.of("message", "缺少参数“" + e.getParameterName() + "”。"));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(Map.of("message", "请求内容不是有效的 JSON，或结构不符合接口要求：请检查请求体。"));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .body(Map.of("message", "请以 JSON（Content-Type: application/json）提交。"));
  }

  private static String expected(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "：应为整数";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "：应为 true 或 false";
    }
    return "";
  }
}
