package org.regionalrescue.rest;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Requests the server refuses before any application code sees them (a URL or header over Tomcat's 8 KB, an encoded
 * slash in a path, a malformed request line) get Tomcat's English HTML page "HTTP Status 400 – Bad Request". This
 * replaces Tomcat's error report with the JSON answer every other refusal of ours has: the status and a Chinese
 * {@code message}. Everything that reaches the application keeps its own answer (Spring's error page, the REST API's
 * mappers); only what nothing else answered comes here.
 */
@Component
class ContainerErrorAnswers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      StandardHost host = (StandardHost) context.getParent();
      Pipeline pipeline = host.getPipeline();
      // Spring Boot's own error report valve (added by an earlier customizer) and Tomcat's default give way to ours
      for (Valve valve : pipeline.getValves()) {
        if (valve instanceof ErrorReportValve && !(valve instanceof ChineseErrorReport)) {
          pipeline.removeValve(valve);
        }
      }
      host.setErrorReportValveClass(ChineseErrorReport.class.getName());
      pipeline.addValve(new ChineseErrorReport());
    });
  }

  /** After Spring Boot's customizers, which add Tomcat's error report valve. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /** Tomcat's error report, as JSON with a Chinese message instead of an HTML page. */
  public static class ChineseErrorReport extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      AtomicBoolean ioAllowed = new AtomicBoolean(true);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
      if (!ioAllowed.get()) {
        return;
      }
      String message = status == 400
          ? "请求无法处理：地址或请求头过长（超过 8 KB），或含有不允许的字符（如编码的斜杠）。请检查地址。"
          : ErrorMessages.messageFor(status);
      try {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write("{\"status\":" + status + ",\"message\":\"" + message + "\"}");
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // the client is gone or the response is closed: nothing more to say
      }
    }
  }
}
