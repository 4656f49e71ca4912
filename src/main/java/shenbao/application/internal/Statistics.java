package shenbao.application.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shenbao.application.ApplicationCount;
import shenbao.application.ApplicationStatistics;
import shenbao.application.ApplicationSummary;
import shenbao.application.SelfScoreTotal;
import shenbao.identity.Caller;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@link ApplicationStatistics}: grouped counts in SQL; self-score totals summed here from the stored JSON. */
@Service
class Statistics implements ApplicationStatistics {

	private static final TypeReference<LinkedHashMap<String, BigDecimal>> SCORES = new TypeReference<>() {
	};

	private final ReviewQueries queries;

	private final JsonMapper json;

	Statistics(ReviewQueries queries, JsonMapper json) {
		this.queries = queries;
		this.json = json;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApplicationCount> counts(Caller caller) {
		return this.queries.counts(caller);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SelfScoreTotal> selfScoreTotals(Caller caller) {
		return this.queries.selfScores(caller, (id, program, city, scores) -> new SelfScoreTotal(id, program, city,
				this.json.readValue(scores, SCORES).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApplicationSummary> ofUnit(Caller caller, long unitId) {
		return this.queries.ofUnit(caller, unitId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> recognisedCounts(Collection<Long> unitIds) {
		return this.queries.recognisedCounts(unitIds);
	}

}
