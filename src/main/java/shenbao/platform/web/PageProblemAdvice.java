package shenbao.platform.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import shenbao.platform.PlatformException;
import shenbao.platform.Texts;

/**
 * A refusal on a page is a Chinese page with the reason and a way back, never Boot's English error page: a thing
 * outside the caller's scope is "not found" (404). An unexpected failure is logged once with an error number that the
 * page shows. API controllers are answered by {@link ApiProblemAdvice}, which runs first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after ApiProblemAdvice, before Boot's English problem handler
class PageProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(PageProblemAdvice.class);

	static final String VIEW = "platform/problem";

	private final Texts texts;

	PageProblemAdvice(Texts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(PlatformException.class)
	ModelAndView refused(PlatformException refusal, HttpServletResponse response) {
		HttpStatus status = RefusalStatus.of(refusal);
		return page(status, this.texts.of(refusal));
	}

	/** Security decides these; rethrown so its entry point (login page, HX-Refresh) still answers. */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		throw ex;
	}

	/** Spring MVC's own refusals (a malformed id in a path, a missing parameter) keep their status. */
	@ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
	ModelAndView malformedPath(Exception ex) {
		return page(HttpStatus.NOT_FOUND, this.texts.of("platform.problem.detail.404"));
	}

	@ExceptionHandler(org.springframework.web.bind.ServletRequestBindingException.class)
	ModelAndView badRequest(Exception ex) {
		return page(HttpStatus.BAD_REQUEST, this.texts.of("platform.problem.detail.400"));
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) {
		String errorNumber = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected page error {}", errorNumber, ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, this.texts.of("platform.error.unexpected", errorNumber));
	}

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView(VIEW);
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("message", message);
		return page;
	}

}
