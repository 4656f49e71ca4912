package shenbao.platform.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two chains. {@code /api/**} is stateless: opaque bearer tokens checked by the {@code OpaqueTokenIntrospector} bean
 * (provided by the identity module), no session, no CSRF, refusals as problem details. Everything else is the
 * browser: form login backed by the {@code AuthenticationProvider} bean, sessions in the database (Spring Session
 * JDBC), CSRF on, strict security headers. The public paths of every module are listed here, in one place, so a
 * reviewer can see the whole attack surface at a glance.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** API calls anyone may make: issuing a token, self-registration, the scoring API (SPEC §9), program reads. */
	static final String TOKEN_PATH = "/api/v1/auth/token";

	static final String REGISTRATION_PATH = "/api/v1/registrations";

	static final String SCORING_PATHS = "/api/v1/scoring/**";

	static final String PROGRAM_PATHS = "/api/v1/programs/**";

	/** Anyone holding a 申报书 may check whether the platform sealed it (SPEC §10). */
	static final String BOOK_VERIFICATION_PATH = "/api/v1/books/verification";

	/**
	 * Pages and resources anyone may read. {@code /register/**} is the self-registration page with its inline
	 * credit-code check, {@code /regions/**} the county options its region select loads, {@code /books/verify} the
	 * 申报书 check, {@code /portal/**} the public portal (notices, policies, 公示 with the objection form, guides and
	 * their downloads, FAQ, contacts).
	 */
	static final String[] PUBLIC_PAGES = { "/", "/login", "/register", "/register/**", "/regions/**", "/books/verify",
			"/error",
			"/favicon.ico", "/css/**", "/js/**",
			"/webjars/**", "/portal/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
			"/actuator/health/**" };

	/**
	 * The portal's back office lies under the public {@code /portal/**} and needs a login; the portal module refuses
	 * it to everyone but province reviewers.
	 */
	static final String PORTAL_ADMIN = "/portal/admin/**";

	/** Our own pages load scripts, styles and images from this origin only. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; base-uri 'self'; object-src 'none'; "
			+ "form-action 'self'; frame-ancestors 'self'; img-src 'self' data:";

	/** Swagger UI sets inline styles; it gets the same policy plus that, and nothing else does. */
	static final String SWAGGER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
			+ "; style-src 'self' 'unsafe-inline'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	private static final RequestMatcher HTMX = new RequestHeaderRequestMatcher("HX-Request", "true");

	private static final RequestMatcher SWAGGER = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));

	/**
	 * No Micrometer observations of Spring Security's internals (one per filter of the chain, per authentication and
	 * per authorization, on every request): they cost about a fifth of the CPU of a small API call (benchmarked, see
	 * docs/benchmarks.md), while nothing reads them. Every request is still observed once by Spring MVC
	 * ({@code http.server.requests}, with its status and outcome).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiSecurityProblems problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, TOKEN_PATH, REGISTRATION_PATH, BOOK_VERIFICATION_PATH)
				.permitAll()
				.requestMatchers(SCORING_PATHS)
				.permitAll()
				.requestMatchers(HttpMethod.GET, PROGRAM_PATHS)
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(resourceServer -> resourceServer.opaqueToken(Customizer.withDefaults())
				.authenticationEntryPoint(problems.unauthenticated())
				.accessDeniedHandler(problems.forbidden()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems.unauthenticated())
				.accessDeniedHandler(problems.forbidden()))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PORTAL_ADMIN)
			.authenticated()
			.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(login -> login.loginPage("/login")
				.defaultSuccessUrl("/workbench")
				.failureHandler(loginFailures())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			// an htmx call after the session expired reloads the whole page instead of swapping the login page in
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(new HxRefreshAuthenticationEntryPoint(), HTMX)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						new NegatedRequestMatcher(HTMX)))
			.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
				.addHeaderWriter(contentSecurityPolicy(new NegatedRequestMatcher(SWAGGER), CONTENT_SECURITY_POLICY))
				.addHeaderWriter(contentSecurityPolicy(SWAGGER, SWAGGER_CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	/**
	 * Wrong credentials, a locked account (SPEC §10: after 5 failures) and a disabled one show different messages;
	 * an unknown username and a wrong password never do.
	 */
	private static ExceptionMappingAuthenticationFailureHandler loginFailures() {
		var handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
		return handler;
	}

	private static HeaderWriter contentSecurityPolicy(RequestMatcher requests, String policy) {
		return new DelegatingRequestMatcherHeaderWriter(requests, new ContentSecurityPolicyHeaderWriter(policy));
	}

}
