package live.mymovie.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WebServerTest {

    @Test
    void the_server_helper_serves_the_site_on_the_given_address() {
        var ports = new TestPorts();
        var server = MyMovieWeb.server("127.0.0.1", 0, ports.web(),
                TestPorts.settings("http://localhost:8080")).start();
        try {
            var answer = new Browser(server.port()).get("/observe/health");

            assertEquals(200, answer.status());
            assertEquals("UP", answer.json().get("status").asText());
        } finally {
            server.stop();
        }
    }
}
