package shenbao.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * An htmx request without a session (it expired, or the user logged out in another tab) must not get the login
 * page swapped into a fragment's target. {@code HX-Refresh: true} makes htmx reload the whole page, which then
 * goes through the ordinary login redirect. Written here because it is the only piece of htmx-spring-boot needed
 * so far.
 */
class HxRefreshAuthenticationEntryPoint implements AuthenticationEntryPoint {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) {
		response.setHeader("HX-Refresh", "true");
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
	}

}
