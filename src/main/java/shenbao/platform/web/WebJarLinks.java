package shenbao.platform.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Page links to web jars ({@code @{/webjars/htmx.org/dist/htmx.min.js}}) are written with the jar's version in the
 * path, so that browsers fetch a new file after an upgrade; every other link is left as it is.
 * <p>
 * Boot's {@link ResourceUrlEncodingFilter} (registered because webjars-locator-lite is present) does the first but
 * also asks the static-resource handler ({@code /**}) about every other link on a page: for
 * {@code /applications/1/preview} it looks for {@code static/applications/1/preview} in every jar on the class path,
 * finds nothing and does not remember it. That was 7% of the form page's autosave (docs/benchmarks.md) and is paid
 * by every link of every page, so it is switched off here and replaced by this narrower rewrite.
 */
@Configuration(proxyBeanMethods = false)
class WebJarLinks {

	private static final String WEBJARS = "/webjars/";

	/** Takes the place of Boot's registration (which is conditional on there being none), switched off. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Runs last of the filters, on requests and on error pages (as Boot's did): inside Spring Security, whose
	 * {@code DisableEncodeUrlFilter} wrapper answers {@code encodeURL} itself without passing it on, so this wrapper
	 * must be the one the page sees. The provider is looked up at the first request, not while the server starts.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> webJarLinkFilter(ObjectProvider<ResourceUrlProvider> resources) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						chain.doFilter(request,
								new VersionedWebJars(response, request.getContextPath(), resources.getObject()));
					}

					@Override
					protected boolean shouldNotFilterErrorDispatch() {
						return false;
					}

				});
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	private static final class VersionedWebJars extends HttpServletResponseWrapper {

		private final String contextPath;

		private final ResourceUrlProvider resources;

		VersionedWebJars(HttpServletResponse response, String contextPath, ResourceUrlProvider resources) {
			super(response);
			this.contextPath = contextPath;
			this.resources = resources;
		}

		@Override
		public String encodeURL(String url) {
			if (url.startsWith(this.contextPath + WEBJARS)) {
				String versioned = this.resources.getForLookupPath(url.substring(this.contextPath.length()));
				if (versioned != null) {
					return super.encodeURL(this.contextPath + versioned);
				}
			}
			return super.encodeURL(url);
		}

	}

}
