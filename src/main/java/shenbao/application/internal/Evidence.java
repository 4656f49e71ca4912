package shenbao.application.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import shenbao.application.ApplicationView.Attachment;
import shenbao.document.Documents;
import shenbao.document.StoredFile;
import shenbao.document.UnitLibrary;
import shenbao.identity.Caller;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;

/**
 * Evidence per slot: a PDF streamed into storage, or a file of the unit's 附件库, while the application is
 * editable; and the file behind a slot for whoever may see the application.
 */
@Component
class Evidence {

	private final ApplicationRecords records;

	private final ApplicationStore store;

	private final AttachmentStore attachments;

	private final Programs programs;

	private final Documents documents;

	private final UnitLibrary library;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Evidence(ApplicationRecords records, ApplicationStore store, AttachmentStore attachments, Programs programs,
			Documents documents, UnitLibrary library, Clock clock, TransactionTemplate transactions) {
		this.records = records;
		this.store = store;
		this.attachments = attachments;
		this.programs = programs;
		this.documents = documents;
		this.library = library;
		this.clock = clock;
		this.transactions = transactions;
	}

	Attachment attach(Caller caller, long id, String slot, InputStream content, String filename) {
		ApplicationRecord application = this.transactions.execute(status -> requireSlot(caller, id, slot));
		// streaming and hashing happen outside any transaction: a 20 MB upload must not hold a connection
		StoredFile file = this.documents.storePdf(content, filename, application.unitId());
		return this.transactions.execute(status -> {
			requireSlot(caller, id, slot);
			this.attachments.put(id, slot, file, this.clock.instant());
			this.store.touch(id, this.clock.instant());
			return this.attachments.find(id, slot).orElseThrow();
		});
	}

	@Transactional
	Attachment attachFromLibrary(Caller caller, long id, String slot, long libraryItemId) {
		ApplicationRecord application = requireSlot(caller, id, slot);
		StoredFile file = this.library.get(application.unitId(), libraryItemId).file();
		this.attachments.put(id, slot, file, this.clock.instant());
		this.store.touch(id, this.clock.instant());
		return this.attachments.find(id, slot).orElseThrow();
	}

	@Transactional
	void detach(Caller caller, long id, String slot) {
		requireSlot(caller, id, slot);
		if (!this.attachments.remove(id, slot)) {
			throw new NotFound("application.attachment.not-found");
		}
		this.store.touch(id, this.clock.instant());
	}

	@Transactional(readOnly = true)
	UUID attachmentFile(Caller caller, long id, String slot) {
		this.records.visible(caller, id);
		return this.attachments.find(id, slot)
			.map(Attachment::fileId)
			.orElseThrow(() -> new NotFound("application.attachment.not-found"));
	}

	private ApplicationRecord requireSlot(Caller caller, long id, String slot) {
		ApplicationRecord application = this.records.editable(caller, id);
		ProgramDefinition program = this.programs.get(application.programCode());
		if (program.attachmentSlots().stream().noneMatch(candidate -> candidate.key().equals(slot))) {
			throw InvalidInput.field("slot", "application.attachment.unknown-slot", slot);
		}
		return application;
	}

}
