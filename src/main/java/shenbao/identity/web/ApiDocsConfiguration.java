package shenbao.identity.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells OpenAPI clients (and Swagger UI's "Authorize" button) that the API takes the bearer token issued by
 * {@code POST /api/v1/auth/token}. Calls that need no login simply ignore it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String SCHEME = "bearer-token";

	@Bean
	OpenApiCustomizer bearerTokenScheme() {
		return openApi -> {
			Components components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
			components.addSecuritySchemes(SCHEME,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("opaque"));
			openApi.components(components).addSecurityItem(new SecurityRequirement().addList(SCHEME));
		};
	}

}
