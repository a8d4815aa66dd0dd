package cn.minsheng.recon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.h2.util.NetUtils;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the embedded database's server, which H2 starts for the other local processes of a run (AUTO_SERVER),
 * listens on the loopback interface only — no firewall prompt on an office PC, nothing reachable from the network.
 * H2 reads its bind address once, when its settings are first loaded, so each case runs in a JVM of its own, as a
 * launch of the job does.
 */
class DatabaseServerTests {

    @Test
    void theDatabaseServerOfALaunchListensOnLoopbackOnly() throws Exception {
        assertThat(InetAddress.getByName(boundBy(true)).isLoopbackAddress()).isTrue();
    }

    @Test
    void withoutTheSettingH2WouldListenOnEveryInterface() throws Exception {
        assertThat(InetAddress.getByName(boundBy(false)).isAnyLocalAddress()).isTrue();
    }

    /** The address a fresh JVM's H2 binds its server socket to, with or without the launch's setting. */
    private static String boundBy(boolean launch) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Bind.class.getName(), String.valueOf(launch)).redirectErrorStream(true).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(child.exitValue()).as(out).isZero();
        return out.substring(out.lastIndexOf('\n') + 1);
    }

    /** Binds a server socket as H2's TCP server does and prints the address it listens on. */
    static final class Bind {
        public static void main(String[] args) throws Exception {
            if (Boolean.parseBoolean(args[0])) {
                CommandLineApplication.loopbackDatabaseServer();
            }
            try (ServerSocket socket = NetUtils.createServerSocket(0, false)) {
                System.out.println(socket.getInetAddress().getHostAddress());
            }
        }
    }
}
