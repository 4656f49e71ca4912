package shenbao.platform.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import shenbao.platform.Texts;

/**
 * An address nothing answers: a Chinese 404 page for people, Chinese problem details under {@code /api}, instead of
 * Boot's English JSON.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class UnknownPathAdvice {

	private final Texts texts;

	UnknownPathAdvice(Texts texts) {
		this.texts = texts;
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object notFound(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					this.texts.of("platform.problem.detail.404"));
			problem.setType(URI.create("urn:shenbao:problem:not-found"));
			problem.setTitle(this.texts.of("platform.problem.not-found"));
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView(PageProblemAdvice.VIEW);
		page.setStatus(HttpStatus.NOT_FOUND);
		page.addObject("status", 404);
		page.addObject("message", this.texts.of("platform.problem.detail.404"));
		return page;
	}

}
