package io.kam.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a creating POST (returning {@code Response}) that honours {@code Idempotency-Key}: a repeat with
 * the same key and body replays the first response; the same key with another body is refused (422).
 * A streamed body (a raw request or {@code InputStream} parameter) is compared by its Content-Type,
 * Content-Length and, when the client sends one, Content-Digest (RFC 9530).
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
