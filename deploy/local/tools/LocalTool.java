import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;

/**
 * Helpers for up.sh that need nothing but a JDK (run with {@code java LocalTool.java ...}):
 * {@code keygen DIR} writes an RS256 key pair as PEM; {@code wait-http URL SECONDS [PID]} waits for a 200.
 */
public class LocalTool {

  public static void main(String[] args) throws Exception {
    switch (args.length == 0 ? "" : args[0]) {
      case "keygen" -> keygen(Path.of(args[1]));
      case "wait-http" -> System.exit(waitHttp(args[1], Integer.parseInt(args[2]),
          args.length > 3 ? Long.parseLong(args[3]) : -1) ? 0 : 1);
      default -> {
        System.err.println("usage: LocalTool keygen DIR | wait-http URL SECONDS");
        System.exit(2);
      }
    }
  }

  static void keygen(Path dir) throws Exception {
    Files.createDirectories(dir);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    write(dir.resolve("privateKey.pem"), "PRIVATE KEY", pair.getPrivate().getEncoded());
    write(dir.resolve("publicKey.pem"), "PUBLIC KEY", pair.getPublic().getEncoded());
  }

  static void write(Path file, String type, byte[] der) throws IOException {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
    Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
  }

  /** Waits for a 200 from {@code url}; gives up early when process {@code pid} (if given) has exited. */
  static boolean waitHttp(String url, int seconds, long pid) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    while (System.nanoTime() < deadline) {
      if (pid > 0 && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
        return false;
      }
      try {
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3))
            .GET().build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    return false;
  }
}
