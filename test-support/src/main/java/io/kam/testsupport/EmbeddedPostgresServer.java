package io.kam.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 15 server from the zonky binaries on Maven Central: no Docker, nothing installed.
 * Binaries unpack into the given work folder; a reaper stops the postmaster if this JVM dies.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final Process reaper;
  private final Path pidFile;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Process reaper, Path pidFile) {
    this.postgres = postgres;
    this.reaper = reaper;
    this.pidFile = pidFile;
  }

  /**
   * @param workDir  where binaries unpack and pid files live
   * @param dataDir  the cluster's data folder
   * @param keepData false for a throwaway cluster (wiped first, tuned for speed), true to keep data across runs
   * @param port     0 for any free port
   */
  public static EmbeddedPostgresServer start(Path workDir, Path dataDir, boolean keepData, int port) {
    try {
      Files.createDirectories(workDir);
      Files.createDirectories(dataDir.getParent());
      Path pidFile = workDir.resolve("postgres.pid");
      Reaper.killLeftover(pidFile);
      Path stalePostmaster = dataDir.resolve("postmaster.pid");
      if (Files.exists(stalePostmaster)) {
        Reaper.killLeftover(stalePostmaster);
      }
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setOverrideWorkingDirectory(workDir.resolve("bin").toFile())
          .setDataDirectory(dataDir.toFile())
          .setCleanDataDirectory(!keepData)
          .setPGStartupWait(Duration.ofSeconds(60))
          .setServerConfig("max_connections", "300")
          .setServerConfig("listen_addresses", "127.0.0.1")
          // TCP only: no socket file in /tmp
          .setServerConfig("unix_socket_directories", "");
      if (port > 0) {
        builder.setPort(port);
      }
      if (!keepData) {
        // a throwaway test cluster does not need to survive a power cut
        for (Map.Entry<String, String> e : Map.of("fsync", "off", "synchronous_commit", "off",
            "full_page_writes", "off").entrySet()) {
          builder.setServerConfig(e.getKey(), e.getValue());
        }
      }
      EmbeddedPostgres postgres = builder.start();
      long pid = Long.parseLong(Files.readAllLines(stalePostmaster).get(0).trim());
      Reaper.writePid(pidFile, pid);
      return new EmbeddedPostgresServer(postgres, Reaper.watch(pid), pidFile);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL", e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  /** JDBC URL without a database name: {@code jdbc:postgresql://127.0.0.1:PORT/}. */
  public String baseUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/";
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      // the reaper below still stops it
    } finally {
      reaper.destroy();
      try {
        Files.deleteIfExists(pidFile);
      } catch (IOException ignored) {
        // nothing left to stop
      }
    }
  }
}
