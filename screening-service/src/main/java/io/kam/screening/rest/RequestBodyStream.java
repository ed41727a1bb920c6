package io.kam.screening.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.LinkedBlockingQueue;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;

/**
 * The request body as a blocking stream with back-pressure: one network buffer is fetched only after the previous
 * one was read, so a slow reader (an import writing to the database) holds a few kilobytes, not the body. The
 * stock InputStream parameter reads ahead without limit.
 */
final class RequestBodyStream extends InputStream {

  private static final Object END = new Object();

  private final HttpServerRequest request;
  private final Context context;
  private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private Buffer current;
  private int position;
  private boolean finished;

  RequestBodyStream(HttpServerRequest request) {
    this.request = request;
    Context ctx = request instanceof HttpServerRequestInternal internal ? internal.context() : Vertx.currentContext();
    if (ctx == null) {
      throw new IllegalStateException("no Vert.x context for the request");
    }
    this.context = ctx;
    context.runOnContext(v -> {
      request.pause();
      request.handler(queue::add);
      request.exceptionHandler(queue::add);
      request.endHandler(e -> queue.add(END));
      if ("100-continue".equalsIgnoreCase(request.getHeader("Expect")) && !request.isEnded()) {
        // clients such as curl wait for this before sending a large body
        request.response().writeContinue();
      }
      if (request.isEnded()) {
        queue.add(END);
      } else {
        request.fetch(1);
      }
    });
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (current == null || position >= current.length()) {
      if (finished) {
        return -1;
      }
      Object next;
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading the request body");
      }
      if (next == END) {
        finished = true;
        return -1;
      }
      if (next instanceof Throwable t) {
        finished = true;
        throw new IOException("the request body could not be read", t);
      }
      current = (Buffer) next;
      position = 0;
      context.runOnContext(v -> request.fetch(1));
    }
    int n = Math.min(len, current.length() - position);
    current.getBytes(position, position + n, b, off);
    position += n;
    return n;
  }
}
