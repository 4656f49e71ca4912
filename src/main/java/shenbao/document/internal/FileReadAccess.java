package shenbao.document.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import shenbao.document.Documents;
import shenbao.document.FileAccess;
import shenbao.document.StoredFile;
import shenbao.identity.Caller;

/**
 * Whether a caller may download a stored file: the unit that uploaded it may, and whoever a {@link FileAccess} bean
 * of another module lets in. Otherwise the file does not exist as far as the caller can tell.
 */
@Component
public class FileReadAccess {

	private final Documents documents;

	private final ObjectProvider<FileAccess> grants;

	FileReadAccess(Documents documents, ObjectProvider<FileAccess> grants) {
		this.documents = documents;
		this.grants = grants;
	}

	public Optional<StoredFile> readable(Caller caller, UUID id) {
		return this.documents.find(id).filter(file -> mayRead(caller, file));
	}

	private boolean mayRead(Caller caller, StoredFile file) {
		if (file.unitId() != null && file.unitId().equals(caller.unitId())) {
			return true;
		}
		return this.grants.orderedStream().anyMatch(grant -> grant.mayRead(caller, file));
	}

}
