package shenbao.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

import shenbao.platform.TooLarge;
import shenbao.platform.UploadProperties;

/**
 * Multipart requests refused before any controller of ours could refuse them, answered in Chinese. Two places refuse
 * them: the multipart parser (a body over the limit, or broken), which the dispatcher runs before it chooses a
 * handler, so {@link ApiProblemAdvice}, which only advises {@code @RestController}s, never sees it and Boot would
 * answer in English or with a 500; and Tomcat itself, when a filter (the CSRF check of a plain form) reads a
 * parameter from a body over the limit: Tomcat then sends 413 to the error page, which {@link #resolveErrorView}
 * renders. An API call gets problem details like any other refusal (413, 400); a page gets an alert swapped into
 * {@code #alerts} under htmx, a page of its own without.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadRefusalAdvice implements ErrorViewResolver, Ordered {

	static final String VIEW = "platform/upload-refused";

	private final UploadProperties uploads;

	private final ApiSecurityProblems problems;

	private final MessageSource messages;

	UploadRefusalAdvice(UploadProperties uploads, ApiSecurityProblems problems, MessageSource messages) {
		this.uploads = uploads;
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@Nullable ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		TooLarge refusal = this.uploads.refusal();
		return refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "content-too-large", refusal.messageKey(),
				refusal.arguments());
	}

	/** A body that claims to be multipart and is not (no closing boundary, say): the client's fault, not a 500. */
	@ExceptionHandler(MultipartException.class)
	@Nullable ModelAndView malformed(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return refuse(request, response, HttpStatus.BAD_REQUEST, "malformed-request", "platform.request.multipart");
	}

	@Override
	public @Nullable ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status,
			Map<String, Object> model) {
		if (status != HttpStatus.CONTENT_TOO_LARGE) {
			return null;
		}
		TooLarge refusal = this.uploads.refusal();
		return page(request, null, status, refusal.messageKey(), refusal.arguments());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE; // before Boot's error/<status> templates
	}

	private @Nullable ModelAndView refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String kind, String messageKey, Object... arguments) throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			this.problems.write(request, response, status, kind, messageKey, arguments);
			return null;
		}
		return page(request, response, status, messageKey, arguments);
	}

	private ModelAndView page(HttpServletRequest request, @Nullable HttpServletResponse response, HttpStatus status,
			String messageKey, Object... arguments) {
		String message = this.messages.getMessage(messageKey, arguments, LocaleContextHolder.getLocale());
		if (response != null && "true".equals(request.getHeader("HX-Request"))) {
			// htmx swaps only 2xx answers: deliver the alert as one, into the page's alert area
			response.setHeader("HX-Retarget", "#alerts");
			response.setHeader("HX-Reswap", "innerHTML");
			return new ModelAndView(VIEW + " :: alert", "message", message);
		}
		ModelAndView page = new ModelAndView(VIEW, status);
		page.addObject("message", message);
		page.addObject("back", back(request));
		return page;
	}

	/** Back to the page that held the form, if it is one of ours; otherwise to the workbench. */
	private static String back(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				String path = uri.getRawPath();
				if (request.getServerName().equalsIgnoreCase(uri.getHost()) && path != null && path.startsWith("/")
						&& !path.startsWith("//")) {
					return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed Referer is simply not followed
			}
		}
		return "/workbench";
	}

}
