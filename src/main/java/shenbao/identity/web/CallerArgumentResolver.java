package shenbao.identity.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import shenbao.identity.Caller;
import shenbao.identity.Callers;

/** Lets any controller, of any module, declare a {@link Caller} parameter instead of reading the security context. */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	private final Callers callers;

	CallerArgumentResolver(Callers callers) {
		this.callers = callers;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Caller.class.equals(parameter.getParameterType());
	}

	@Override
	public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return this.callers.current();
	}

}
