package shenbao.portal.internal;

import org.springframework.stereotype.Component;

import shenbao.document.FileAccess;
import shenbao.document.StoredFile;
import shenbao.identity.Caller;
import shenbao.identity.Role;

/**
 * Lets province reviewers open, at {@code /files/{id}}, the stamped letters and evidence of objections to their
 * province's 公示. Nobody else may: the letter names the objector (SPEC §12).
 */
@Component
class ObjectionFileAccess implements FileAccess {

	private final PublicityStore store;

	ObjectionFileAccess(PublicityStore store) {
		this.store = store;
	}

	@Override
	public boolean mayRead(Caller caller, StoredFile file) {
		return caller.role() == Role.PROVINCE_REVIEWER && caller.regionCode() != null
				&& this.store.provincesOfObjectionFile(file.id()).contains(caller.regionCode());
	}

}
