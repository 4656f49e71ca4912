package shenbao.document.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import shenbao.platform.NotFound;

/**
 * This module's pages answer a file or item the caller may not see, or an id that cannot be one, with a Chinese 404
 * page: never 403, never an error page with a stack trace.
 */
@ControllerAdvice(assignableTypes = { FileController.class, LibraryController.class })
@Order(Ordered.HIGHEST_PRECEDENCE) // before Boot's handler, which answers a malformed id with 400
class DocumentPageAdvice {

	static final String VIEW = "document/not-found";

	@ExceptionHandler({ NotFound.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound() {
		return new ModelAndView(VIEW, HttpStatus.NOT_FOUND);
	}

}
