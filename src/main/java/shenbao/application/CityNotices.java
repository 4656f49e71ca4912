package shenbao.application;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The 申报指南 a unit's city published for a program (Guangdong 地市和区县 manual §4.3.1), shown on the program list and
 * the 政策介绍 page. Implemented by the module that keeps the cities' guides.
 */
public interface CityNotices {

	Optional<CityNotice> notice(String programCode, long unitId);

	/** A published guide: its title, sanitised HTML body (safe to render as is) and PDF, if it has one. */
	record CityNotice(long id, String cityName, String title, String bodyHtml, @Nullable UUID pdfId,
			@Nullable String pdfFilename) {
	}

}
