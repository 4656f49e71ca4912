package shenbao.platform.web;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import shenbao.platform.UploadProperties;

/**
 * The servlet's multipart parser stops a request only when it is clearly over {@code shenbao.upload.max-size}: the
 * limit plus room for the form's other fields. Files just over the limit still reach the controller, which refuses
 * them while streaming and can keep what the user typed. This replaces Boot's {@code spring.servlet.multipart.*}
 * sizes, so that one setting governs both. Parts are spooled to the container's temporary directory from the first
 * byte (threshold 0), never held in memory.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

	static final DataSize HEADROOM = DataSize.ofMegabytes(1);

	@Bean
	MultipartConfigElement multipartConfigElement(UploadProperties uploads) {
		long ceiling = uploads.maxSize().toBytes() + HEADROOM.toBytes();
		return new MultipartConfigElement("", ceiling, ceiling, 0);
	}

}
