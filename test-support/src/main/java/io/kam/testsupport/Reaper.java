package io.kam.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Guarantees that a server process dies with the JVM that started it, even on SIGKILL: a small shell
 * holds a pipe from this JVM and stops the server when the pipe closes. Pid files let the next start
 * clean up after a machine-level kill that took the reaper too.
 */
public final class Reaper {

  private Reaper() {
  }

  /** Starts a reaper that sends SIGINT, then SIGKILL, to {@code pid} once this JVM's end of the pipe closes. */
  public static Process watch(long pid) {
    String script = "while read -r _; do :; done; kill -INT " + pid + " 2>/dev/null; "
        + "for i in 1 2 3 4 5 6 7 8 9 10; do kill -0 " + pid + " 2>/dev/null || exit 0; sleep 0.5; done; "
        + "kill -KILL " + pid + " 2>/dev/null; exit 0";
    try {
      return new ProcessBuilder("sh", "-c", script)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kills a process left behind by an earlier run whose pid is recorded in {@code pidFile}. */
  public static void killLeftover(Path pidFile) {
    if (!Files.exists(pidFile)) {
      return;
    }
    try {
      String text = Files.readString(pidFile).trim();
      if (!text.isEmpty()) {
        long pid = Long.parseLong(text.lines().findFirst().orElse("").trim());
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        handle.ifPresent(h -> {
          h.destroyForcibly();
          h.onExit().join();
        });
      }
      Files.deleteIfExists(pidFile);
    } catch (IOException | NumberFormatException e) {
      // an unreadable pid file names nothing we can stop
    }
  }

  public static void writePid(Path pidFile, long pid) {
    try {
      Files.createDirectories(pidFile.getParent());
      Files.writeString(pidFile, Long.toString(pid));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
