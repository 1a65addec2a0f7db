package org.regionalrescue.rest;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The body of Spring's error answer ({@code /error}) for requests no controller took: an unknown path under
 * {@code /api} or {@code /documents}, a method the path does not offer, a URL the firewall refuses. Spring names only
 * the status in English; this adds a {@code message} in Chinese, as every other answer of ours has. Nothing about the
 * request or the exception is repeated.
 */
@Component
class ErrorMessages extends DefaultErrorAttributes {

  private static final Map<Integer, String> BY_STATUS = Map.of(
      400, "请求格式不正确：请检查地址和参数。",
      401, "请先登录。",
      403, "您无权进行此操作。",
      404, "没有这个地址或资源：请检查地址。",
      405, "此地址不支持这种请求方式。",
      413, "提交的内容过大。",
      415, "请以 JSON（Content-Type: application/json）提交。",
      500, "服务器处理请求时出错，请稍后再试；如仍出错，请联系管理员。");

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> attributes = super.getErrorAttributes(request, options);
    if (attributes.get("status") instanceof Integer code) {
      attributes.put("message", messageFor(code));
    }
    return attributes;
  }

  /** The Chinese message of an error status. */
  static String messageFor(int status) {
    return BY_STATUS.getOrDefault(status, status >= 500 ? BY_STATUS.get(500) : BY_STATUS.get(400));
  }
}
