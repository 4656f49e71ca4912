package shenbao.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/** One shared HTTP/1.1 client to the application on 127.0.0.1 (keep-alive connections, pooled by the JDK). */
final class Loopback implements AutoCloseable {

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final int port;

	Loopback(int port) {
		this.port = port;
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	HttpRequest.Builder request(String path, @Nullable String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	HttpResponse<String> postJson(String path, @Nullable String token, String json)
			throws IOException, InterruptedException {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json)));
	}

	HttpResponse<String> putJson(String path, String token, String json) throws IOException, InterruptedException {
		return send(request(path, token).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
	}

	HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		return send(request(path, token).GET());
	}

	/** The answer's body as a stream, for large downloads the caller reads and drops. */
	HttpResponse<java.io.InputStream> stream(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), BodyHandlers.ofInputStream());
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		this.client.close();
	}

}
