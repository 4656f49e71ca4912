package shenbao.enterprise.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.audit.AuditTrail;
import shenbao.enterprise.UnitTags;
import shenbao.identity.Caller;
import shenbao.platform.InvalidInput;
import shenbao.platform.NotFound;
import shenbao.platform.PlatformException.FieldProblem;

/** {@link UnitTags}: province and city reviewers tag the units of their region; every change is audited. */
@Service
@Transactional(readOnly = true)
class Tagging implements UnitTags {

	private final TagStore store;

	private final EnterpriseDirectory directory;

	private final AuditTrail audit;

	private final Clock clock;

	Tagging(TagStore store, EnterpriseDirectory directory, AuditTrail audit, Clock clock) {
		this.store = store;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<String> of(long unitId) {
		return this.store.of(unitId);
	}

	@Override
	public Map<Long, List<String>> ofAll(Collection<Long> unitIds) {
		return this.store.ofAll(unitIds);
	}

	@Override
	@Transactional
	public List<String> add(Caller caller, long unitId, String tag) {
		long unit = taggable(caller, unitId);
		String clean = clean(tag);
		if (this.store.of(unit).contains(clean)) {
			return this.store.of(unit);
		}
		if (this.store.count(unit) >= MAX_PER_UNIT) {
			throw new InvalidInput("platform.input.invalid",
					List.of(FieldProblem.ofKey("tag", "enterprise.tag.too-many", MAX_PER_UNIT)));
		}
		try {
			if (this.store.add(unit, clean, caller.username(), this.clock.instant())) {
				this.audit.record(caller, "UNIT_TAG_ADDED", "unit:" + unit, clean);
			}
		}
		catch (DuplicateKeyException ex) {
			// a second click raced the first: the tag is there, which is what was asked
		}
		return this.store.of(unit);
	}

	@Override
	@Transactional
	public List<String> remove(Caller caller, long unitId, String tag) {
		long unit = taggable(caller, unitId);
		String clean = tag.strip();
		if (this.store.remove(unit, clean)) {
			this.audit.record(caller, "UNIT_TAG_REMOVED", "unit:" + unit, clean);
		}
		return this.store.of(unit);
	}

	private long taggable(Caller caller, long unitId) {
		if (!this.directory.mayTag(caller)) {
			throw new NotFound(EnterpriseDirectory.NOT_FOUND);
		}
		return this.directory.visible(caller, unitId).id();
	}

	private static String clean(String tag) {
		String clean = tag.strip();
		int length = clean.codePointCount(0, clean.length());
		if (clean.isEmpty() || length > MAX_LENGTH || clean.contains(",")) {
			throw new InvalidInput("platform.input.invalid",
					List.of(FieldProblem.ofKey("tag", "enterprise.tag.invalid", MAX_LENGTH)));
		}
		return clean;
	}

}
