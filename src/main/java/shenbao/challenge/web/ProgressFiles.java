package shenbao.challenge.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import shenbao.document.Documents;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.NotFound;

/** A progress report's optional PDF, streamed to storage (outside any transaction) before the report is filed. */
final class ProgressFiles {

	private ProgressFiles() {
	}

	static @Nullable UUID store(Documents documents, Caller caller, @Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		if (!caller.is(Role.APPLICANT) || caller.unitId() == null) {
			throw new NotFound("challenge.project.not-found");
		}
		try (InputStream content = file.getInputStream()) {
			String name = file.getOriginalFilename();
			return documents.storePdf(content, name == null ? "progress.pdf" : name, caller.unitId()).id();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
