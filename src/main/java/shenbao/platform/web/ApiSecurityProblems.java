package shenbao.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API chain's refusals, which happen in filters before any controller advice can run, written in the same
 * problem-details shape as {@link ApiProblemAdvice}: 401 without or with a bad bearer token, 403 when the role
 * does not allow the call, and (through {@link UploadRefusalAdvice}) 413 when the multipart parser refused a
 * request before any handler was chosen. The locale comes from the application's (fixed) resolver, as in the
 * dispatcher.
 */
@Component
class ApiSecurityProblems {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ApiSecurityProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	AuthenticationEntryPoint unauthenticated() {
		return (request, response, exception) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", detailKey(exception));
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, exception) -> write(request, response, HttpStatus.FORBIDDEN, "forbidden",
				"platform.auth.forbidden");
	}

	private static String detailKey(AuthenticationException exception) {
		// a token was sent but not accepted (unknown, expired, account disabled), or nothing was sent at all
		return exception instanceof OAuth2AuthenticationException ? "platform.auth.token-invalid"
				: "platform.auth.required";
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind,
			String detailKey, Object... arguments) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", URI.create(ApiProblemAdvice.TYPE_BASE + kind).toString());
		Locale locale = this.locales.resolveLocale(request);
		problem.put("title", text("platform.problem." + kind, locale));
		problem.put("status", status.value());
		problem.put("detail", text(detailKey, locale, arguments));
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
