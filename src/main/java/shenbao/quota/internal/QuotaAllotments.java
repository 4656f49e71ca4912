package shenbao.quota.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import shenbao.program.ProgramDefinition;
import shenbao.program.Programs;
import shenbao.region.Region;
import shenbao.region.Regions;

/**
 * Writes each program's quotas (from its data file) into {@code quota_allotment} at start, one row per city of the
 * program's province, so that the rows recommendations lock exist and follow the data.
 */
@Component
class QuotaAllotments {

	private final QuotaLedger ledger;

	private final Programs programs;

	private final Regions regions;

	QuotaAllotments(QuotaLedger ledger, Programs programs, Regions regions) {
		this.ledger = ledger;
		this.programs = programs;
		this.regions = regions;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void write() {
		for (ProgramDefinition program : this.programs.all()) {
			for (Region city : this.regions.children(program.province())) {
				var quota = program.quotas().forCity(city.code());
				this.ledger.ensureAllotment(program.code(), city.code(), quota.isPresent() ? quota.getAsInt() : null);
			}
		}
	}

}
