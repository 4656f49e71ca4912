package shenbao;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser session against the application on a random port, through real HTTP: keeps cookies, never follows
 * redirects, and remembers the last CSRF token a page showed (from a form field or the layout's meta tag).
 */
public final class TestBrowser {

	public static final String PASSWORD = "Demo@2026";

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

	private final int port;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private String csrf = "";

	public TestBrowser(int port) {
		this.port = port;
	}

	/** Logs in with the form and checks that it worked. */
	public TestBrowser logIn(String username) throws IOException, InterruptedException {
		get("/login");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", username);
		form.put("password", PASSWORD);
		form.put("_csrf", this.csrf);
		HttpResponse<String> login = postForm("/login", form);
		if (!location(login).endsWith("/workbench")) {
			throw new IllegalStateException(username + " could not log in: " + location(login));
		}
		get("/workbench");
		return this;
	}

	public String csrf() {
		return this.csrf;
	}

	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpResponse<String> response = send(request(path, headers).GET(), BodyHandlers.ofString(StandardCharsets.UTF_8));
		remember(response.body());
		return response;
	}

	public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
		return send(request(path).GET(), BodyHandlers.ofByteArray());
	}

	public HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers)
			throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = send(request(path, headers)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body)), BodyHandlers.ofString(StandardCharsets.UTF_8));
		remember(response.body());
		return response;
	}

	public HttpResponse<String> postMultipart(String path, Multipart body, String... headers)
			throws IOException, InterruptedException {
		HttpResponse<String> response = send(request(path, headers)
			.header("Content-Type", body.contentType())
			.POST(BodyPublishers.ofByteArray(body.bytes())), BodyHandlers.ofString(StandardCharsets.UTF_8));
		remember(response.body());
		return response;
	}

	/** A body exactly as given, e.g. a malformed one. */
	public HttpResponse<String> postRaw(String path, String contentType, String body, String... headers)
			throws IOException, InterruptedException {
		return send(request(path, headers).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)),
				BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return request;
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, BodyHandler<T> handler)
			throws IOException, InterruptedException {
		return this.client.send(request.build(), handler);
	}

	private void remember(String body) {
		for (Pattern pattern : new Pattern[] { CSRF_FIELD, CSRF_META }) {
			Matcher matcher = pattern.matcher(body);
			if (matcher.find()) {
				this.csrf = matcher.group(1);
				return;
			}
		}
	}

	/** A multipart/form-data body, built in memory (tests only). */
	public static final class Multipart {

		private final String boundary = "----shenbao-test-" + UUID.randomUUID();

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		public Multipart field(String name, String value) {
			write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
					+ "\r\n");
			return this;
		}

		public Multipart file(String name, String filename, String contentType, byte[] content) {
			write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
					+ filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
			this.body.writeBytes(content);
			write("\r\n");
			return this;
		}

		String contentType() {
			return "multipart/form-data; boundary=" + this.boundary;
		}

		byte[] bytes() {
			ByteArrayOutputStream complete = new ByteArrayOutputStream(this.body.size() + 64);
			complete.writeBytes(this.body.toByteArray());
			complete.writeBytes(("--" + this.boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return complete.toByteArray();
		}

		private void write(String text) {
			this.body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

}
