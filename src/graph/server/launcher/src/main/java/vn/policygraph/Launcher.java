package vn.policygraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Runs a Neo4j Community DBMS with its Bolt connector, for the project's local database.
 *
 * <p>Usage: {@code java -cp 'lib/*' vn.policygraph.Launcher <home> <neo4j.conf> <password-file>}.
 * The configuration file (written by src/graph/server/) enables Bolt on localhost and sets the
 * memory; the password file holds the generated password of the user {@code neo4j}, which is
 * (re)applied on every start so the file stays the one source of truth. The process prints
 * {@code READY} once the DBMS accepts work and shuts the DBMS down cleanly on SIGTERM/SIGINT. If
 * the DBMS cannot be started or the password cannot be applied, it prints {@code FAILED} with the
 * reason and exits with status 1, rather than leaving a server running half set up.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: Launcher <home> <neo4j.conf> <password-file>");
      System.exit(2);
    }
    DatabaseManagementService dbms = null;
    try {
      Path home = Path.of(args[0]).toAbsolutePath();
      Path conf = Path.of(args[1]).toAbsolutePath();
      String password = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip();

      dbms = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
      DatabaseManagementService started = dbms;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    System.out.println("STOPPING");
                    started.shutdown();
                    System.out.println("STOPPED");
                  },
                  "neo4j-shutdown"));
      applyPassword(dbms.database("system"), home, password);
      System.out.println("READY pid=" + ProcessHandle.current().pid());
    } catch (Exception | Error failure) {
      System.out.println("FAILED " + failure);
      failure.printStackTrace(System.out);
      System.out.flush();
      // halt, not exit: the shutdown hook would stop the DBMS a second time, and a DBMS that
      // failed half-way must not keep the process (and the port) alive.
      if (dbms != null) {
        try {
          dbms.shutdown();
        } catch (RuntimeException ignored) {
          // already failing; the first failure is the one reported
        }
      }
      Runtime.getRuntime().halt(1);
    }
  }

  /**
   * Sets the password of {@code neo4j}. Embedded access to the system database bypasses
   * authentication, so the generated password can be set without knowing the previous one (the
   * initial neo4j/neo4j must be changed). The digest of the password last applied is kept in
   * {@code data/password.applied}: a restart with the same password skips the statement (Cypher
   * on a cold JVM costs seconds on a busy machine). Without that file (a data folder from an older
   * launcher), Neo4j's refusal to "change" a password to itself means the password is right.
   */
  private static void applyPassword(GraphDatabaseService system, Path home, String password)
      throws IOException, NoSuchAlgorithmException {
    Path applied = home.resolve("data").resolve("password.applied");
    String digest =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(password.getBytes(StandardCharsets.UTF_8)));
    if (Files.exists(applied) && Files.readString(applied, StandardCharsets.UTF_8).strip().equals(digest)) {
      return;
    }
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (QueryExecutionException error) {
      if (!String.valueOf(error.getMessage()).contains("Old password and new password cannot be the same")) {
        throw error;
      }
    }
    Files.writeString(applied, digest + "\n", StandardCharsets.UTF_8);
  }
}
