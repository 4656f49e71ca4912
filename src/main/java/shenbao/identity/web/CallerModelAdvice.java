package shenbao.identity.web;

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

	@ModelAttribute("caller")
	@Nullable Caller caller() {
		return this.callers.find().orElse(null);
	}

}
