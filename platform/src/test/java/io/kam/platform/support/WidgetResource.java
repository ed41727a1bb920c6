package io.kam.platform.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.kam.platform.error.IllegalTransitionException;
import io.kam.platform.security.CurrentUser;
import io.kam.platform.web.Cursor;
import io.kam.platform.web.Idempotent;
import io.kam.platform.web.Page;
import io.quarkus.security.Authenticated;

/** A test resource exercising errors, idempotency and keyset pagination. */
@Path("/api/v1/platformtest/widgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class WidgetResource {

  public record NewWidget(@NotBlank @Size(max = 20) String name, @NotNull @Size(min = 1) List<@NotBlank String> tags) {
  }

  public record Widget(UUID id, String name, Instant createdAt) {
  }

  @Inject
  EntityManager em;

  @Inject
  CurrentUser user;

  @POST
  @Idempotent
  @Transactional
  public Response create(@Valid @NotNull NewWidget widget) {
    user.actor();
    UUID id = UUID.randomUUID();
    em.createNativeQuery("insert into test_widget (id, name) values (?1, ?2)").setParameter(1, id)
        .setParameter(2, widget.name()).executeUpdate();
    return Response.created(java.net.URI.create("/api/v1/platformtest/widgets/" + id))
        .entity(new Widget(id, widget.name(), null)).build();
  }

  /** A streamed upload: one widget per line. */
  @POST
  @Path("/bulk")
  @Idempotent
  @Transactional
  @Consumes(MediaType.TEXT_PLAIN)
  public Response bulk(java.io.InputStream body) throws java.io.IOException {
    user.actor();
    String[] names = new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
    for (String name : names) {
      em.createNativeQuery("insert into test_widget (id, name) values (?1, ?2)").setParameter(1, UUID.randomUUID())
          .setParameter(2, name.trim()).executeUpdate();
    }
    return Response.status(201).entity(java.util.Map.of("stored", names.length)).build();
  }

  @GET
  @Transactional
  @SuppressWarnings("unchecked")
  public Page<Widget> list(@QueryParam("name") String name, @QueryParam("limit") Integer limit,
      @QueryParam("after") String after) {
    int size = Cursor.limit(limit);
    Cursor cursor = Cursor.decode(after);
    List<Object[]> rows = em.createNativeQuery("select id, name, created_at from test_widget where name = ?1 "
            + "and (cast(?2 as timestamptz) is null or (created_at, id) > (cast(?2 as timestamptz), cast(?3 as uuid))) "
            + "order by created_at, id limit ?4")
        .setParameter(1, name)
        .setParameter(2, cursor == null ? null : cursor.at().toString())
        .setParameter(3, cursor == null ? null : cursor.id().toString())
        .setParameter(4, size + 1).getResultList();
    List<Widget> widgets = rows.stream().map(r -> new Widget((UUID) r[0], (String) r[1],
        toInstant(r[2]))).toList();
    return Page.of(widgets, size, w -> new Cursor(w.createdAt(), w.id()).encode());
  }

  private static Instant toInstant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }

  @POST
  @Path("/archive")
  public void archive() {
    throw new IllegalTransitionException("widget", "DRAFT", "archive", List.of("SUBMIT", "DELETE"));
  }

  @GET
  @Path("/boom")
  public String boom() {
    throw new IllegalStateException("select * from secret_table failed at com.example.Internal");
  }
}
