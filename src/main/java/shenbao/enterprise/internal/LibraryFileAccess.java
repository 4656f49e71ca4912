package shenbao.enterprise.internal;

import org.springframework.stereotype.Component;

import shenbao.document.FileAccess;
import shenbao.document.StoredFile;
import shenbao.document.UnitLibrary;
import shenbao.identity.Caller;
import shenbao.identity.Units;

/**
 * Lets reviewers open, at {@code /files/{id}}, the attachment library of a unit in their region (the 企业画像's
 * 附件材料); the file must be in that unit's library, not just uploaded by it.
 */
@Component
class LibraryFileAccess implements FileAccess {

	private final EnterpriseDirectory directory;

	private final UnitLibrary library;

	private final Units units;

	LibraryFileAccess(EnterpriseDirectory directory, UnitLibrary library, Units units) {
		this.directory = directory;
		this.library = library;
		this.units = units;
	}

	@Override
	public boolean mayRead(Caller caller, StoredFile file) {
		Long unitId = file.unitId();
		if (unitId == null) {
			return false;
		}
		boolean inRegion = this.units.find(unitId)
			.map(unit -> this.directory.regionCodes(caller).contains(unit.regionCode()))
			.orElse(false);
		return inRegion && this.library.list(unitId).stream().anyMatch(item -> item.file().id().equals(file.id()));
	}

}
