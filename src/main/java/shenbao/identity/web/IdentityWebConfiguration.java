package shenbao.identity.web;

import java.util.List;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import shenbao.identity.Caller;
import shenbao.identity.Callers;

@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

	static {
		// a Caller parameter comes from the token, not from the request: keep it out of the OpenAPI document
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
	}

	private final Callers callers;

	IdentityWebConfiguration(Callers callers) {
		this.callers = callers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CallerArgumentResolver(this.callers));
	}

}
