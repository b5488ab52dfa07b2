package nl.kennishub.searchnode;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.LogManager;
import org.opensearch.action.admin.cluster.health.ClusterHealthResponse;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * Starts a real OpenSearch node in this JVM, built only from Maven Central artifacts.
 *
 * <p>Usage: {@code java -cp 'target/classes:target/lib/*' nl.kennishub.searchnode.SearchNode [HTTP_PORT] [-Ekey=value ...]}
 *
 * <p>Environment (all optional):
 * <ul>
 *   <li>{@code SEARCH_NODE_PORT}: HTTP port (default 9200; the first argument wins)</li>
 *   <li>{@code SEARCH_NODE_TRANSPORT_PORT}: transport port or range (default 9300-9399)</li>
 *   <li>{@code SEARCH_NODE_CLUSTER}: cluster name (default kennishub)</li>
 *   <li>{@code SEARCH_NODE_NAME}: node name (default node-HTTP_PORT)</li>
 *   <li>{@code SEARCH_NODE_DISCOVERY}: {@code single-node} (default) or {@code multi-node}</li>
 *   <li>{@code SEARCH_NODE_SEED_HOSTS}: comma-separated host:transport_port of nodes to join
 *       (implies multi-node)</li>
 *   <li>{@code SEARCH_NODE_INITIAL_MANAGERS}: comma-separated node names that bootstrap a new
 *       multi-node cluster (default in multi-node mode without seed hosts: this node's name)</li>
 *   <li>{@code SEARCH_NODE_WAIT_NODES}: before saying ready, wait until the cluster has this many
 *       nodes (default 1)</li>
 * </ul>
 * Data, logs and the node's home live in a fresh temporary folder that is deleted on exit.
 */
public final class SearchNode {

    /** Plugins that a stock OpenSearch distribution ships as modules and that the project needs. */
    static final List<Class<? extends Plugin>> PLUGINS = List.of(
        Netty4Plugin.class,          // HTTP and transport
        CommonAnalysisPlugin.class,  // dutch analyzer, edge_ngram, synonyms, ...
        MapperExtrasPlugin.class,    // search_as_you_type, scaled_float, rank_feature
        ReindexPlugin.class          // _delete_by_query, _update_by_query, _reindex
    );

    /** The Node constructor that takes classpath plugins is protected. */
    static final class EmbeddedNode extends Node {
        EmbeddedNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    private SearchNode() {}

    public static void main(String[] args) throws Exception {
        // Netty must not try to set the processor count that OpenSearch already set; no security
        // manager, JarHell or bootstrap checks apply: those live in Bootstrap, which is not used.
        System.setProperty("opensearch.set.netty.runtime.available.processors", "false");

        String httpPort = env("SEARCH_NODE_PORT", "9200");
        Settings.Builder extra = Settings.builder();
        for (String arg : args) {
            if (arg.startsWith("-E") && arg.contains("=")) {
                String kv = arg.substring(2);
                int eq = kv.indexOf('=');
                extra.put(kv.substring(0, eq), kv.substring(eq + 1));
            } else if (arg.matches("\\d+")) {
                httpPort = arg;
            } else {
                System.err.println("usage: SearchNode [HTTP_PORT] [-Ekey=value ...]");
                System.exit(2);
            }
        }
        String nodeName = env("SEARCH_NODE_NAME", "node-" + httpPort);
        String seedHosts = env("SEARCH_NODE_SEED_HOSTS", "");
        String initialManagers = env("SEARCH_NODE_INITIAL_MANAGERS", "");
        String discovery = env("SEARCH_NODE_DISCOVERY",
            seedHosts.isEmpty() && initialManagers.isEmpty() ? "single-node" : "multi-node");
        int waitNodes = Integer.parseInt(env("SEARCH_NODE_WAIT_NODES", "1"));

        Path home = Files.createTempDirectory("search-node-");
        Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("plugins"));

        Settings.Builder settings = Settings.builder()
            .put("cluster.name", env("SEARCH_NODE_CLUSTER", "kennishub"))
            .put("node.name", nodeName)
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort)
            .put("transport.port", env("SEARCH_NODE_TRANSPORT_PORT", "9300-9399"))
            // A CI or laptop disk that is 90% full must not keep replicas unassigned.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", true);
        if ("single-node".equals(discovery)) {
            settings.put("discovery.type", "single-node");
        } else if ("multi-node".equals(discovery)) {
            if (!seedHosts.isEmpty()) {
                settings.putList("discovery.seed_hosts", split(seedHosts));
            }
            if (!initialManagers.isEmpty()) {
                settings.putList("cluster.initial_cluster_manager_nodes", split(initialManagers));
            } else if (seedHosts.isEmpty()) {
                // The first node of a cluster that others will join: bootstrap with itself.
                settings.putList("cluster.initial_cluster_manager_nodes", List.of(nodeName));
            }
        } else {
            System.err.println("SEARCH_NODE_DISCOVERY must be single-node or multi-node, not " + discovery);
            System.exit(2);
        }
        settings.put(extra.build());

        long started = System.nanoTime();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings.build(), Collections.emptyMap(), null, () -> nodeName);
        Node node = new EmbeddedNode(environment, PLUGINS);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
                if (!node.awaitClose(30, TimeUnit.SECONDS)) {
                    System.err.println("search node: did not close within 30s");
                }
            } catch (Exception e) {
                System.err.println("search node: error while closing: " + e);
            } finally {
                deleteTree(home);
                System.out.println("OpenSearch node " + nodeName + " stopped");
                System.out.flush();
                stopped.countDown();
                LogManager.shutdown();
            }
        }, "search-node-shutdown"));

        try {
            node.start();
            ClusterHealthResponse health = node.client().admin().cluster().prepareHealth()
                .setWaitForYellowStatus()
                .setWaitForNodes(">=" + waitNodes)
                .setTimeout(TimeValue.timeValueMinutes(2))
                .get();
            if (health.isTimedOut()) {
                throw new IllegalStateException("cluster not yellow/green after 2 minutes: " + health.getStatus()
                    + ", nodes " + health.getNumberOfNodes());
            }
        } catch (Throwable e) {
            System.err.println("search node: could not start: " + e);
            for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                System.err.println("  caused by: " + c);
            }
            if (System.getenv("SEARCH_NODE_DEBUG") != null) {
                e.printStackTrace();
            }
            System.exit(1); // the shutdown hook closes the node and deletes the folder
        }

        HttpServerTransport http = node.injector().getInstance(HttpServerTransport.class);
        int port = http.boundAddress().publishAddress().getPort();
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.println("OpenSearch ready at http://127.0.0.1:" + port
            + " (node " + nodeName + ", cluster " + environment.settings().get("cluster.name")
            + ", " + discovery + ", started in " + ms + " ms)");
        System.out.flush();

        // Node threads are daemons: keep the JVM alive until SIGTERM/SIGINT runs the hook.
        stopped.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static List<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("search node: could not delete " + root + ": " + e);
        }
    }
}
