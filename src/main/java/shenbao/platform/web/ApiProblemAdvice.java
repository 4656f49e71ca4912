package shenbao.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import shenbao.platform.Conflict;
import shenbao.platform.InvalidInput;
import shenbao.platform.Locked;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException;
import shenbao.platform.PlatformException.FieldProblem;
import shenbao.platform.RuleViolation;
import shenbao.platform.TooLarge;
import shenbao.platform.Unauthenticated;
import shenbao.platform.UnsupportedMedia;
import shenbao.platform.UploadProperties;

/**
 * Every refusal to an API client is RFC 9457 problem details with a Chinese {@code detail} and, for input
 * problems, {@code errors: [{field, message}]}. Parse and type errors take the same path, so bad input is never a
 * 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Boot's ProblemDetailsExceptionHandler, which answers in English
class ApiProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	static final String TYPE_BASE = "urn:shenbao:problem:";

	private final MessageSource messages;

	private final UploadProperties uploads;

	ApiProblemAdvice(MessageSource messages, UploadProperties uploads) {
		this.messages = messages;
		this.uploads = uploads;
	}

	@ExceptionHandler(PlatformException.class)
	ResponseEntity<ProblemDetail> platform(PlatformException ex) {
		HttpStatus status = RefusalStatus.of(ex);
		List<Map<String, String>> errors = ex.fieldProblems().stream().map(this::fieldError).toList();
		return problem(status, kind(ex), text(ex.messageKey(), ex.arguments()), errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return problem(HttpStatus.BAD_REQUEST, "malformed-request", text("platform.request.malformed"), List.of());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", fieldMessage(error)))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", text("platform.input.invalid"), errors);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		var error = Map.of("field", ex.getName(), "message", text("platform.input.wrong-type"));
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", text("platform.input.invalid"), List.of(error));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex) {
		var error = Map.of("field", ex.getParameterName(), "message", text("platform.input.required"));
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", text("platform.input.invalid"), List.of(error));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
				text("platform.request.media-type"), List.of());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", text("platform.request.method"),
				List.of());
	}

	/**
	 * The multipart parser refused a request far over the upload limit, after the handler was chosen (lazy parsing).
	 * When it happens before (the usual, eager case), {@link UploadRefusalAdvice} answers the same.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return platform(this.uploads.refusal());
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException ex) {
		var error = Map.of("field", ex.getRequestPartName(), "message", text("platform.input.required"));
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", text("platform.input.invalid"), List.of(error));
	}

	/** A multipart endpoint called with another body, or a broken multipart body: the client's fault, not a 500. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> multipart(MultipartException ex) {
		return problem(HttpStatus.BAD_REQUEST, "malformed-request", text("platform.request.multipart"), List.of());
	}

	/** A controller asked for the caller (e.g. {@code Callers.current()}) on a path that lets anonymous calls in. */
	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
		return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", text("platform.auth.required"), List.of());
	}

	/** Method security refused the call; without this it would fall into the 500 below. */
	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", text("platform.auth.forbidden"), List.of());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		String errorNumber = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected API error {}", errorNumber, ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", text("platform.error.unexpected", errorNumber),
				List.of());
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String kind, String detail,
			List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + kind));
		problem.setTitle(text("platform.problem." + kind));
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String kind(PlatformException ex) {
		return switch (ex) {
			case NotFound notFound -> "not-found";
			case Conflict conflict -> "conflict";
			case RuleViolation violation -> "rule-violation";
			case InvalidInput invalid -> "invalid-input";
			case Unauthenticated unauthenticated -> "unauthenticated";
			case Locked locked -> "locked";
			case UnsupportedMedia unsupported -> "unsupported-media-type";
			case TooLarge tooLarge -> "content-too-large";
		};
	}

	private Map<String, String> fieldError(FieldProblem problem) {
		String message = problem.key() != null ? text(problem.key(), problem.arguments())
				: String.valueOf(problem.text());
		return Map.of("field", problem.field(), "message", message);
	}

	private String fieldMessage(FieldError error) {
		return this.messages.getMessage(error, locale());
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
