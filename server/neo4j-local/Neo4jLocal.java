// A local Neo4j Community for development and tests: the database of
// org.neo4j:neo4j with its Bolt connector on 127.0.0.1, a data directory kept
// between runs, and the credentials it is given. Started by launcher.ts
// (`npm run neo4j`), which resolves the classpath with Maven; run as a
// single source file, so there is nothing to build.
//
//   java -cp <classpath> Neo4jLocal.java <port> <dir> <page cache> [<plugins dir>]
//   (NEO4J_USERNAME, NEO4J_PASSWORD from the environment; the page cache as 512m or 2g)
//
// A plugins directory (Graph Data Science's jars, which are on the classpath
// too) is where Neo4j looks for procedures: the embedded DBMS, like a server,
// registers those of the jars there and none from the classpath; the
// extensions the procedures need are found on the classpath. Its procedures
// are let use Neo4j's internals (gds.* unrestricted), and `RETURN
// gds.version()` must answer before the database counts as started.
//
// Prints one line NEO4J_URI=bolt://127.0.0.1:<port> once Bolt accepts
// connections; SIGINT or SIGTERM shuts the database down cleanly.
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Neo4jLocal {
  private static final String HOST = "127.0.0.1";

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]).toAbsolutePath();
    long pageCache = ByteUnit.parse(args[2]);
    Path plugins = args.length > 3 ? Path.of(args[3]).toAbsolutePath() : null;
    // launcher.ts passes them, with the defaults of server/config.ts.
    String username = System.getenv("NEO4J_USERNAME");
    String password = System.getenv("NEO4J_PASSWORD");
    if (username == null || password == null) fail("NEO4J_USERNAME and NEO4J_PASSWORD must be set");
    if (password.length() < 8) fail("NEO4J_PASSWORD must be at least 8 characters long (Neo4j's minimum)");
    if (!portIsFree(port)) fail("port " + port + " is in use: stop what listens there, or pass --port with another");

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dir)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // launcher.ts passes 512 MiB unless told otherwise; the JVM's heap is set there too.
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
        // Bolt's shutdown otherwise waits 5 s for its thread pool and 5 s for open connections, after the
        // database itself has stopped and checkpointed: nothing is left for those waits to protect.
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO);
    if (plugins != null) {
      builder
          .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"));
    }
    DatabaseManagementService dbms = builder.build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      System.out.println("Neo4j stopped");
      stopped.countDown();
    }));

    setCredentials(dbms, username, password);
    if (plugins != null) System.out.println("Graph Data Science " + gdsVersion(dbms) + " loaded from " + plugins);
    waitForBolt(port);
    System.out.println("NEO4J_URI=bolt://" + HOST + ":" + port);
    stopped.await();
  }

  /**
   * The user the API connects as, with the password it was given: created if missing, its password
   * set on every start so that a changed NEO4J_PASSWORD takes effect (Neo4j refuses to "change" a
   * password to the one it has, which is the common case and nothing to report).
   */
  private static void setCredentials(DatabaseManagementService dbms, String username, String password) {
    var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    Map<String, Object> params = Map.of("username", username, "password", password);
    system.executeTransactionally("CREATE USER $username IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
    try {
      system.executeTransactionally("ALTER USER $username SET PASSWORD $password CHANGE NOT REQUIRED", params);
    } catch (RuntimeException error) {
      if (!String.valueOf(error.getMessage()).contains("cannot be the same")) throw error;
    }
  }

  /** GDS's own answer, from the default database: a plugin that failed to register its procedures stops the start here. */
  private static String gdsVersion(DatabaseManagementService dbms) {
    try {
      return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
          .executeTransactionally("RETURN gds.version() AS version", Map.of(), result -> String.valueOf(result.next().get("version")));
    } catch (RuntimeException error) {
      dbms.shutdown();
      fail("Graph Data Science did not load: " + error.getMessage());
      return null;
    }
  }

  private static boolean portIsFree(int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(HOST, port));
      return true;
    } catch (IOException inUse) {
      return false;
    }
  }

  /** The connector binds as the database starts; this waits until it really accepts a connection. */
  private static void waitForBolt(int port) throws InterruptedException {
    for (int attempt = 0; attempt < 600; attempt++) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(HOST, port), 1000);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    fail("Bolt did not accept connections on port " + port + " within a minute");
  }

  private static void fail(String message) {
    System.err.println("neo4j: " + message);
    System.exit(1);
  }
}
