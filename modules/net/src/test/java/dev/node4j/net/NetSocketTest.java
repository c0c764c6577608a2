package dev.node4j.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

/** The binding through the facade: loop integration (liveness, ordering) and Node's errors. */
class NetSocketTest {
    private static String run(String js) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            int code = node.runEval(js, false);
            assertThat(code).as(out.toString()).isZero();
        }
        return out.toString();
    }

    @Test
    void echoesAndClosesInNodeOrder() throws Exception {
        assertThat(run("""
            const net = require('net');
            const server = net.createServer((c) => c.pipe(c)).listen(0, '127.0.0.1', () => {
              const c = net.connect(server.address().port, '127.0.0.1', () => console.log('connect'));
              c.setEncoding('utf8');
              c.on('data', (d) => { console.log('data', d); c.end(); });
              c.on('end', () => console.log('end'));
              c.on('finish', () => console.log('finish'));
              c.on('close', (hadError) => { console.log('close', hadError); server.close(() => console.log('server close')); });
              c.write('ping');
            });
            """)).isEqualTo("connect\ndata ping\nfinish\nend\nclose false\nserver close\n");
    }

    @Test
    void refusedConnectionIsNodesError() throws Exception {
        assertThat(run("""
            const net = require('net');
            const s = net.createServer().listen(0, '127.0.0.1', () => {
              const port = s.address().port;
              s.close(() => net.connect(port, '127.0.0.1').on('error', (e) =>
                console.log(e.message === `connect ECONNREFUSED 127.0.0.1:${port}`, e.code, e.errno, e.syscall)));
            });
            """)).isEqualTo("true ECONNREFUSED -111 connect\n");
    }

    @Test
    void closingTheRuntimeClosesItsSockets() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int port;
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            node.runEval("""
                const s = require('net').createServer().listen(0, '127.0.0.1', () => console.log(s.address().port));
                s.unref();
                """, false);
            port = Integer.parseInt(out.toString().trim());
        }
        // The listening socket went with the runtime: its port can be bound again.
        try (java.net.ServerSocket again = new java.net.ServerSocket()) {
            again.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void unreferencedServerLetsTheProgramEnd() throws Exception {
        assertThat(run("""
            const s = require('net').createServer().listen(0, '127.0.0.1', () => console.log('listening'));
            s.unref();
            """)).isEqualTo("listening\n");
    }
}
