// innograph's local Neo4j: Neo4j 5 Community, embedded, with Bolt on a loopback port.
//
// Run in Java's source-file mode (no build step) by src/neo4j/local-server.ts:
//   INNOGRAPH_LAUNCHER_PASSWORD=<password> \
//   java -cp <classpath from pom.xml> neo4j/Launcher.java <home> <host> <port> <pagecache>
// The password comes from the environment, never the command line, where `ps` shows it to
// every user of the machine (a process's environment is readable by its owner only).
// Prints one "innograph-neo4j: ready ..." line once Bolt accepts connections, and
// "innograph-neo4j: error <code>: ..." with a plain reason when it cannot start.
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

public class Launcher {
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 4) {
      fail("usage", "expected <home> <host> <port> <pagecache-mb>");
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    String host = args[1];
    int port = Integer.parseInt(args[2]);
    long pageCacheMb = Long.parseLong(args[3]);
    String password = System.getenv("INNOGRAPH_LAUNCHER_PASSWORD");
    if (password == null || password.isEmpty()) {
      fail("usage", "INNOGRAPH_LAUNCHER_PASSWORD is not set");
    }

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(home)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
          // No phoning home: innograph runs without external network.
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          // Transaction timeouts are checked this often (default 2 s): the API's budgets of
          // 1 s (paths) must end a query near their time, not up to 2 s later.
          .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(100))
          .build();
    } catch (RuntimeException e) {
      throw explain(e, host, port, home);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("innograph-neo4j: stopping");
      dbms.shutdown();
      System.out.println("innograph-neo4j: stopped");
    }));

    setPassword(dbms, password);
    System.out.printf("innograph-neo4j: ready bolt://%s:%d version %s home %s%n",
        host, port, Version.getNeo4jVersion(), home);
    System.out.flush();
    new CountDownLatch(1).await(); // until SIGTERM runs the shutdown hook
  }

  /** The built-in user starts as neo4j/neo4j; give it the configured password, once. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
    } catch (RuntimeException e) {
      // Setting the password it already has is refused: that is the normal second start.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
  }

  private static RuntimeException explain(Throwable e, String host, int port, Path home) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getSimpleName();
      String msg = String.valueOf(t.getMessage());
      if (t instanceof BindException || name.contains("PortBind") || msg.contains("Address already in use")) {
        fail("port-in-use", "port " + port + " on " + host + " is already in use by another process");
      }
      if (name.contains("StoreLock") || msg.contains("Lock file has been locked")) {
        fail("store-locked", "the store at " + home + " is locked by another Neo4j process:"
            + " stop it, or use another INNOGRAPH_NEO4J_DIR");
      }
    }
    fail("start-failed", e.toString());
    return new IllegalStateException(e);
  }

  private static void fail(String code, String message) {
    System.out.println("innograph-neo4j: error " + code + ": " + message);
    System.out.flush();
    System.exit(2);
  }
}
