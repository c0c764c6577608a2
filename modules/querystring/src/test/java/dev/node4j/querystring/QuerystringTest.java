package dev.node4j.querystring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

import dev.node4j.core.NodeRuntime;

class QuerystringTest {
    @Test
    void parsesAndStringifies() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NodeRuntime node = NodeRuntime.builder().stdout(out).stderr(out).build()) {
            int code = node.runEval("""
                const qs = require('querystring');
                console.log(JSON.stringify(qs.parse('a=1&a=2&b=%E4%B&c+d=e', null, null, { maxKeys: 3 })));
                console.log(qs.stringify({ x: [1, 2], y: 'a b', z: true }, ';', ':'));
                """, false);
            assertThat(code).isZero();
            assertThat(out.toString()).isEqualTo("{\"a\":[\"1\",\"2\"],\"b\":\"\uFFFD%B\"}\nx:1;x:2;y:a%20b;z:true\n");
        }
    }
}
