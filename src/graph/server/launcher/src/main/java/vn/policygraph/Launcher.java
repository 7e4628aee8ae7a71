package vn.policygraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Runs a Neo4j Community DBMS with its Bolt connector, for the project's local database.
 *
 * <p>Usage: {@code java -cp 'lib/*' vn.policygraph.Launcher <home> <neo4j.conf> <password-file>
 * [<warm-up-cypher-folder>]}.
 * The configuration file (written by src/graph/server/) enables Bolt on localhost and sets the
 * memory; the password file holds the generated password of the user {@code neo4j}, which is
 * (re)applied on every start so the file stays the one source of truth. The process prints
 * {@code READY} once the DBMS accepts work and shuts the DBMS down cleanly on SIGTERM/SIGINT. It
 * boots the DBMS twice in one JVM: first without Bolt, to apply the password and warm up Cypher,
 * then with Bolt, so clients connect to a server that answers queries promptly. If
 * the DBMS cannot be started or the password cannot be applied, it prints {@code FAILED} with the
 * reason and exits with status 1, rather than leaving a server running half set up.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    if (args.length != 3 && args.length != 4) {
      System.err.println("usage: Launcher <home> <neo4j.conf> <password-file> [<warm-up-cypher-folder>]");
      System.exit(2);
    }
    AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  DatabaseManagementService dbms = running.getAndSet(null);
                  if (dbms == null) return;
                  System.out.println("STOPPING");
                  dbms.shutdown();
                  System.out.println("STOPPED");
                },
                "neo4j-shutdown"));
    try {
      Path home = Path.of(args[0]).toAbsolutePath();
      Path conf = Path.of(args[1]).toAbsolutePath();
      String password = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip();

      // First without Bolt: the password is applied and Cypher warmed up while no client can
      // connect. A JVM's first Cypher statement loads the whole query stack (6 s on a busy
      // 2-core machine); done here, the clients' first queries after a restart do not wait for it.
      running.set(
          new DatabaseManagementServiceBuilder(home)
              .loadPropertiesFromFile(conf)
              .setConfig(BoltConnector.enabled, false)
              .build());
      applyPassword(running.get().database("system"), home, password);
      warmUp(
          running.get().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME),
          args.length == 4 ? Path.of(args[3]) : null);
      running.getAndSet(null).shutdown();
      // Then for real, in the same (now warm) JVM.
      running.set(new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build());
      System.out.println("READY pid=" + ProcessHandle.current().pid());
    } catch (Exception | Error failure) {
      System.out.println("FAILED " + failure);
      failure.printStackTrace(System.out);
      System.out.flush();
      // halt, not exit: a DBMS that failed half-way must not keep the process (and the port)
      // alive, and the shutdown hook must not stop it a second time.
      DatabaseManagementService dbms = running.getAndSet(null);
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
   * Waits for the indexes to be online, then runs a few read-only statements of the shapes the project uses (a lookup by id, a
   * variable-length path, a count), then EXPLAINs every {@code *.cypher} file of {@code folder}
   * (the service's own queries; EXPLAIN plans without running, every parameter null), so the
   * parser, planner and runtime code they need is loaded. Best effort: a statement that fails (an
   * empty or older graph) is skipped, and no new statement starts after 5 s.
   */
  private static void warmUp(GraphDatabaseService db, Path folder) throws IOException {
    List<String> statements =
        new ArrayList<>(
            List.of(
                "RETURN 1 AS one",
                "MATCH (n {id: $id}) RETURN n.id AS id LIMIT 1",
                "MATCH p = (a {id: $id})-[*1..4]->(b) RETURN [n IN nodes(p) | n.id] AS ids LIMIT 5",
                "MATCH (d:Document)-[:HAS_TASK]->(t:Task) WITH d, count(t) AS tasks"
                    + " RETURN d.id AS id, tasks ORDER BY id LIMIT 3"));
    if (folder != null && Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList()) {
          statements.add("EXPLAIN\n" + Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    // Indexes a crash left unfinished are rebuilt at boot; done here, before the clean shutdown
    // checkpoints them, the real boot serves queries with every index online.
    try {
      db.executeTransactionally("CALL db.awaitIndexes(300)");
    } catch (RuntimeException ignored) {
      // best effort: a failed index is reported by the queries that need it
    }
    // Bounded: each start pays for this, and the clients' first queries benefit most from the
    // first statements (the query stack itself); the rest is a bonus.
    long began = System.nanoTime();
    int done = 0;
    for (String statement : statements) {
      if (System.nanoTime() - began > WARM_UP_BUDGET_NANOS) break;
      done++;
      Map<String, Object> params = new HashMap<>();
      Matcher names = PARAMETER.matcher(statement);
      while (names.find()) params.put(names.group(1), null);
      params.put("id", "warm-up");
      try {
        db.executeTransactionally(statement, params);
      } catch (RuntimeException ignored) {
        // best effort
      }
    }
    System.out.printf(
        "WARMED %d/%d statements in %d ms%n", done, statements.size(), (System.nanoTime() - began) / 1_000_000);
  }

  private static final long WARM_UP_BUDGET_NANOS = 5_000_000_000L;

  private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

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
