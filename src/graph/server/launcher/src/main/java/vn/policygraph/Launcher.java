package vn.policygraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs a Neo4j Community DBMS with its Bolt connector, for the project's local database.
 *
 * <p>Usage: {@code java -cp 'lib/*' vn.policygraph.Launcher <home> <neo4j.conf> <password-file>}.
 * The configuration file (written by src/graph/server/) enables Bolt on localhost and sets the
 * memory; the password file holds the generated password of the user {@code neo4j}, which is
 * (re)applied on every start so the file stays the one source of truth. The process prints
 * {@code READY} once the DBMS accepts work and shuts the DBMS down cleanly on SIGTERM/SIGINT.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: Launcher <home> <neo4j.conf> <password-file>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    Path conf = Path.of(args[1]).toAbsolutePath();
    String password = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip();

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("STOPPING");
                  dbms.shutdown();
                  System.out.println("STOPPED");
                },
                "neo4j-shutdown"));

    // Embedded access to the system database bypasses authentication, so the generated password
    // can be set without knowing the previous one (the initial neo4j/neo4j must be changed).
    GraphDatabaseService system = dbms.database("system");
    system.executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
        Map.of("password", password));
    System.out.println("READY pid=" + ProcessHandle.current().pid());
  }
}
