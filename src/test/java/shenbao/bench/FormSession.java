package shenbao.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session as the form page uses it: logged in through the login form (session cookie, CSRF token), then
 * the htmx autosave ({@code POST /applications/{id}/values} with {@code HX-Request}), whose answer is the page's
 * out-of-band fragments: the new version, the 表单助手, the suggestions and any refusals.
 */
final class FormSession {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

	private static final Pattern FORM_VERSION = Pattern.compile("id=\"form-version\" name=\"version\" value=\"(\\d+)\"");

	private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

	private final Loopback http;

	private final String path;

	private final String cookie;

	private final String csrf;

	private long version;

	private FormSession(Loopback http, long applicationId, String cookie, String csrf, long version) {
		this.http = http;
		this.path = "/applications/" + applicationId + "/values";
		this.cookie = cookie;
		this.csrf = csrf;
		this.version = version;
	}

	/** Logs in as a person would (GET /login, POST /login) and opens the form page of the applicant's draft. */
	static FormSession open(Loopback http, String username, String password, long applicationId) throws Exception {
		HttpResponse<String> login = http.send(http.request("/login", null).GET());
		String anonymous = cookie(login);
		HttpResponse<String> loggedIn = http.send(http.request("/login", null)
			.header("Cookie", "SESSION=" + anonymous)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form(Map.of("username", username, "password", password, "_csrf",
					group(CSRF_FIELD, login.body()))))));
		if (loggedIn.statusCode() != 302) {
			throw new IllegalStateException("Form login failed: " + loggedIn.statusCode());
		}
		String session = cookie(loggedIn);
		HttpResponse<String> page = http.send(http.request("/applications/" + applicationId, null)
			.header("Cookie", "SESSION=" + session)
			.GET());
		return new FormSession(http, applicationId, session, group(CSRF_META, page.body()),
				Long.parseLong(group(FORM_VERSION, page.body())));
	}

	/** One autosave of the given fields; true when the answer carries the next version. */
	boolean autosave(Map<String, String> fields) throws Exception {
		StringBuilder body = new StringBuilder(form(fields)).append("&version=").append(this.version);
		HttpResponse<String> answer = this.http.send(this.http.request(this.path, null)
			.header("Cookie", "SESSION=" + this.cookie)
			.header("HX-Request", "true")
			.header("X-CSRF-TOKEN", this.csrf)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body.toString())));
		Matcher version = FORM_VERSION.matcher(answer.body());
		if (answer.statusCode() == 200 && version.find() && Long.parseLong(version.group(1)) == this.version + 1) {
			this.version++;
			return true;
		}
		if (version.find(0)) {
			this.version = Long.parseLong(version.group(1));
		}
		return false;
	}

	static String form(Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return body.toString();
	}

	private static String cookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SESSION::matcher)
			.filter(Matcher::find)
			.map(matcher -> matcher.group(1))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No session cookie: " + response.headers().map()));
	}

	private static String group(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("Not found on the page: " + pattern);
		}
		return matcher.group(1);
	}

}
