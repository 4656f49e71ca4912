package shenbao.filing;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import shenbao.identity.Caller;

/**
 * 生态合作伙伴供需汇总表 (seed 002 附件5): each county files one per program for its units, selected in past batches or
 * applying this year, with what they supply and need; its city and the province read and download them. The seed
 * names the sheet without its columns, so these are the smallest faithful set: 序号, 单位名称, 统一社会信用代码, 类别,
 * 所属领域, 可提供的产品或服务（供给）, 智能制造需求（需求）, 联系人, 联系电话.
 */
public interface SupplyDemand {

	/** The sheet's columns in order, as message keys under {@code filing.supply.column.}. */
	List<String> COLUMNS = List.of("number", "unit", "code", "kind", "domain", "supply", "demand", "contact", "phone");

	/** The sheet to fill, as .xlsx: the header and the county's applicants of this program already listed. */
	byte[] template(Caller caller, String programCode);

	/** Files the county's sheet from an uploaded .xlsx, replacing its earlier filing; bad rows are reported. */
	FilingReport file(Caller caller, String programCode, InputStream content);

	/** The filings the caller may read: a county its own, a city its counties', the province all. */
	List<Filing> filings(Caller caller, String programCode);

	/** Every row of those filings as one .xlsx, county by county. */
	byte[] workbook(Caller caller, String programCode);

	/** Whether the unit was selected in a past batch or applies this year. */
	enum Kind {

		PAST, NEW

	}

	record Filing(String countyCode, String cityCode, Instant filedAt, String filedBy, List<Line> lines) {

		public Filing {
			lines = List.copyOf(lines);
		}

	}

	record Line(int line, String unitName, @Nullable String creditCode, Kind kind, @Nullable String domain,
			@Nullable String supply, @Nullable String demand, @Nullable String contact, @Nullable String phone) {
	}

	/** What a filing kept, and each refused row with its number as Excel shows it and the reason. */
	record FilingReport(int rows, List<RowProblem> problems) {

		public FilingReport {
			problems = List.copyOf(problems);
		}

	}

	record RowProblem(int row, String message) {
	}

}
