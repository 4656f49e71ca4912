package shenbao.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import shenbao.identity.Caller;
import shenbao.identity.Callers;

/** Every page's layout shows who is signed in: {@code ${caller}} is the {@link Caller}, or null when anonymous. */
@ControllerAdvice(annotations = Controller.class)
class CallerModelAdvice {

	private final Callers callers;

	CallerModelAdvice(Callers callers) {
		this.callers = callers;
	}

	/**
	 * Also kept as a request attribute: a page rendered by an exception handler gets a fresh model, and the
	 * header must still show who is signed in rather than 登录.
	 */
	@ModelAttribute("caller")
	@Nullable Caller caller(HttpServletRequest request) {
		Caller caller = this.callers.find().orElse(null);
		request.setAttribute("caller", caller);
		return caller;
	}

}
