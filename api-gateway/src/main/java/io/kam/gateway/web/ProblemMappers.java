package io.kam.gateway.web;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** Every error of the gateway's own REST operations as a problem document; never a stack trace. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response web(WebApplicationException e, HttpServerRequest request) {
    int status = e.getResponse().getStatus();
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known == null ? "HTTP " + status : known.getReasonPhrase();
    String detail = status == 400 ? "The request could not be read (malformed JSON or a wrong type)." : null;
    return problem(status, "http-" + status, title, detail, request);
  }

  @ServerExceptionMapper
  public Response unexpected(RuntimeException e, HttpServerRequest request) {
    LOG.errorf(e, "unexpected failure on %s", request.path());
    return problem(500, "internal-error", "Internal error",
        "The gateway failed to handle the request; quote the X-Request-Id when reporting it.", request);
  }

  static Response problem(int status, String slug, String title, String detail, HttpServerRequest request) {
    return Response.status(status).type(Problem.MEDIA_TYPE)
        .entity(Problem.of(status, slug, title, detail, request.path()).toJson().encode()).build();
  }
}
