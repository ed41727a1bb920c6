package io.kam.kafkabroker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.kafka.common.utils.Exit;

/**
 * Runs a single-node KRaft broker in this JVM: formats the storage once, starts the server and halts
 * as soon as the parent closes our stdin, so that the broker never outlives whoever started it.
 *
 * <p>Arguments: {@code <server.properties> <cluster-id> [--detached]}. With {@code --detached} stdin is not
 * watched (deploy/local keeps the broker running between commands and stops it by pid).
 */
public final class KafkaBrokerMain {

  private KafkaBrokerMain() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: KafkaBrokerMain <server.properties> <cluster-id> [--detached]");
      System.exit(2);
    }
    Path properties = Path.of(args[0]);
    String clusterId = args[1];
    boolean detached = args.length > 2 && "--detached".equals(args[2]);
    if (!detached) {
      watchParent();
    }
    format(properties, clusterId);
    kafka.Kafka.main(new String[] {properties.toString()});
  }

  private static void watchParent() {
    Thread watcher = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // the parent never writes; EOF means it is gone
        }
      } catch (IOException ignored) {
        // a broken pipe means the same
      }
      Runtime.getRuntime().halt(0);
    }, "kam-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void format(Path properties, String clusterId) throws IOException {
    String logDirs = null;
    for (String line : Files.readAllLines(properties)) {
      if (line.startsWith("log.dirs=")) {
        logDirs = line.substring("log.dirs=".length()).trim();
      }
    }
    if (logDirs != null && Files.exists(Path.of(logDirs, "meta.properties"))) {
      return;
    }
    // StorageTool ends with Exit.exit; turn that into an exception so the broker can start after it
    Exit.setExitProcedure((code, message) -> {
      throw new FormatDone(code, message);
    });
    try {
      kafka.tools.StorageTool.main(new String[] {"format", "-t", clusterId, "-c", properties.toString(), "--ignore-formatted"});
    } catch (FormatDone done) {
      if (done.code != 0) {
        throw new IllegalStateException("formatting Kafka storage failed: " + done.getMessage());
      }
    } finally {
      Exit.resetExitProcedure();
    }
  }

  private static final class FormatDone extends RuntimeException {
    final int code;

    FormatDone(int code, String message) {
      super(message, null, false, false);
      this.code = code;
    }
  }
}
