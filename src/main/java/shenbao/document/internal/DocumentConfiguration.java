package shenbao.document.internal;

import java.io.IOException;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import shenbao.platform.UploadProperties;

/** The file storage (the local filesystem for now) and the upload intake in front of it. */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

	@Bean
	FileStorage fileStorage(StorageProperties properties) throws IOException {
		return new LocalFileStorage(properties.root());
	}

	@Bean
	PdfIntake pdfIntake(FileStorage storage, UploadProperties uploads, Clock clock) {
		return new PdfIntake(storage, uploads.maxSize(), clock);
	}

}
