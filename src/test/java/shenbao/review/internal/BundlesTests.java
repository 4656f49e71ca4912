package shenbao.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import shenbao.application.ApplicationPage;
import shenbao.application.ApplicationQuery;
import shenbao.application.ApplicationReviews;
import shenbao.application.ApplicationStatus;
import shenbao.application.ApplicationSummary;
import shenbao.audit.AuditTrail;
import shenbao.book.Books;
import shenbao.document.Documents;
import shenbao.identity.Caller;
import shenbao.identity.Role;
import shenbao.platform.NotFound;
import shenbao.platform.RuleViolation;
import shenbao.platform.Texts;
import shenbao.region.Regions;
import shenbao.review.RecommendationLetters;
import shenbao.review.ReviewBundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The limits of 批量下载 that need no database: the size cap, who may ask, and names a zip tool reads safely. */
class BundlesTests {

	private final ApplicationReviews applications = mock(ApplicationReviews.class);

	private final Bundles bundles = new Bundles(this.applications, mock(Books.class),
			mock(RecommendationLetters.class), mock(Documents.class), mock(Regions.class), mock(AuditTrail.class),
			mock(Texts.class), Clock.systemUTC());

	private final Caller city = new Caller(1, "city", "市", Role.CITY_REVIEWER, "620600", null);

	@Test
	void aListLongerThanOneZipMayHoldIsRefusedBeforeAnyByte() {
		ApplicationSummary row = new ApplicationSummary(1, "etc-2026", 1, "单位", "620602", "620600",
				ApplicationStatus.CITY_REVIEW, Instant.now(), Instant.now());
		when(this.applications.search(any(), any())).thenReturn(
				new ApplicationPage(List.of(row), ReviewBundles.MAX_APPLICATIONS + 1L, 0, ApplicationQuery.MAX_SIZE));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> this.bundles.prepare(this.city, query()))
			.satisfies(refusal -> assertThat(refusal.arguments()).containsExactly(501L, 500));
	}

	@Test
	void onlyReviewersGetAZip() {
		Caller applicant = new Caller(2, "a", "单位", Role.APPLICANT, "620602", 7L);
		assertThatExceptionOfType(NotFound.class).isThrownBy(() -> this.bundles.prepare(applicant, query()));
	}

	@Test
	void namesLoseSeparatorsAndReservedCharacters() {
		assertThat(Bundles.safe("ETC2026-000001_甲/乙:丙*公司?")).isEqualTo("ETC2026-000001_甲_乙_丙_公司_");
		assertThat(Bundles.safe("..\\..\\evil")).isEqualTo(".._.._evil");
		assertThat(Bundles.safe("x".repeat(300))).hasSize(120);
	}

	private static ApplicationQuery query() {
		return new ApplicationQuery("etc-2026", Set.of(), null, null, 0, 1);
	}

}
