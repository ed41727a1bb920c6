package io.kam.platform.error;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as problem+json; nothing internal (stack, SQL, class names) leaks. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return respond(e.toProblem(path(uri)));
  }

  @ServerExceptionMapper
  public Response validation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors = e.getConstraintViolations().stream()
        .map(v -> new Problem.FieldError(field(v), v.getMessage()))
        .sorted(Comparator.comparing(Problem.FieldError::field))
        .toList();
    return respond(new Problem(Problem.TYPE_BASE + "validation", "Request is not valid", 400,
        errors.size() + " field(s) not valid", path(uri), errors, Map.of()));
  }

  @ServerExceptionMapper
  public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
    return unreadable(e, uri);
  }

  @ServerExceptionMapper
  public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
    return unreadable(e, uri);
  }

  @ServerExceptionMapper
  public Response unrecognized(UnrecognizedPropertyException e, UriInfo uri) {
    return unreadable(e, uri);
  }

  @ServerExceptionMapper
  public Response unparseable(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri) {
    return unreadable(e, uri);
  }

  @ServerExceptionMapper
  public Response unreadable(JsonProcessingException e, UriInfo uri) {
    String field = "body";
    String message = "malformed JSON";
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      field = m.getPath().stream()
          .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
      if (e instanceof UnrecognizedPropertyException) {
        message = "unknown field";
      } else if (e instanceof InvalidFormatException f) {
        message = "cannot be read as " + f.getTargetType().getSimpleName();
      } else {
        message = "has the wrong type or format";
      }
    }
    return respond(new Problem(Problem.TYPE_BASE + "validation", "Request is not valid", 400,
        "the request body could not be read", path(uri), List.of(new Problem.FieldError(field, message)), Map.of()));
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      LOG.error("request failed", e);
      return respond(new Problem(Problem.TYPE_BASE + "internal", "Internal error", status,
          "the request could not be completed", path(uri), List.of(), Map.of()));
    }
    if (status == 400) {
      // the framework's own 400s are unreadable bodies or parameters
      return respond(new Problem(Problem.TYPE_BASE + "validation", "Request is not valid", 400,
          "the request could not be read", path(uri), List.of(), Map.of()));
    }
    String title = Response.Status.fromStatusCode(status) == null ? "Error"
        : Response.Status.fromStatusCode(status).getReasonPhrase();
    String detail = switch (status) {
      case 401 -> "a valid bearer token is required";
      case 403 -> "your roles do not allow this";
      case 404 -> "no such resource";
      case 405 -> "method not allowed here";
      case 406 -> "cannot produce the requested media type";
      case 415 -> "unsupported media type: send application/json";
      default -> title;
    };
    Response.ResponseBuilder b = Response.status(status).type(Problem.MEDIA_TYPE)
        .entity(new Problem(Problem.TYPE_BASE + slug(status), title, status, detail, path(uri), List.of(), Map.of()));
    if (e.getResponse().getHeaderString("WWW-Authenticate") != null) {
      b.header("WWW-Authenticate", e.getResponse().getHeaderString("WWW-Authenticate"));
    }
    return b.build();
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Exception e, UriInfo uri) {
    LOG.error("unexpected error", e);
    return respond(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
        "the request could not be completed", path(uri), List.of(), Map.of()));
  }

  private static String slug(int status) {
    return switch (status) {
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      default -> "http-" + status;
    };
  }

  private static Response respond(Problem p) {
    return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
  }

  /** The bean-path of a violation without the method and parameter names of the resource. */
  static String field(ConstraintViolation<?> v) {
    StringBuilder sb = new StringBuilder();
    String parameter = null;
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        sb.setLength(0);
        continue;
      }
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CROSS_PARAMETER
          || node.getKind() == ElementKind.RETURN_VALUE) {
        continue;
      }
      if (node.getIndex() != null && sb.length() > 0) {
        sb.append('[').append(node.getIndex()).append(']');
      }
      if (node.getName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(node.getName());
      }
    }
    if (sb.length() > 0) {
      return sb.toString();
    }
    return parameter != null ? parameter : "body";
  }
}
