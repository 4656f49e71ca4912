package shenbao.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Real HTTP against the application on its random port: JSON calls, and a browser-like session that keeps its
 * cookies, never follows redirects and remembers the last CSRF token a page carried.
 */
final class TestHttp {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	TestHttp(int port) {
		this.port = port;
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json)));
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
	}

	Browser browser() {
		return new Browser();
	}

	static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
	}

	final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private String csrf = "";

		HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
			if (headers.length > 0) {
				request.headers(headers);
			}
			HttpResponse<String> response = this.client.send(request.build(),
					BodyHandlers.ofString(StandardCharsets.UTF_8));
			Matcher matcher = CSRF_FIELD.matcher(response.body());
			if (matcher.find()) {
				this.csrf = matcher.group(1);
			}
			return response;
		}

		/** Posts the form with the CSRF token of the last page, as the browser would. */
		HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
			String body = fields.entrySet()
				.stream()
				.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&", "_csrf=" + encode(this.csrf) + "&", ""));
			HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(BodyPublishers.ofString(body))
				.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
			Matcher matcher = CSRF_FIELD.matcher(response.body());
			if (matcher.find()) {
				this.csrf = matcher.group(1);
			}
			return response;
		}

		HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
			get("/login");
			return post("/login", Map.of("username", username, "password", password));
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
