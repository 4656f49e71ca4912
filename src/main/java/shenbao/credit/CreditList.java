package shenbao.credit;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import shenbao.identity.Caller;

/**
 * The 失信 list and credit checks (Guangdong manual §4.3.4.2). Reviewers (county, city, province) and the system
 * admin may check; only province reviewers change the list. Everyone else gets "not found".
 */
public interface CreditList {

	/** The current listing of a code, if the code is on the list. */
	Optional<CreditListing> find(String creditCode);

	/** The current listings among the codes, by code. */
	Map<String, CreditListing> findAll(Collection<String> creditCodes);

	/** The whole current list, newest import first. */
	List<CreditListing> all(Caller caller);

	/** One code, checked for form, registration and listing. */
	CreditCheck check(Caller caller, String creditCode);

	/**
	 * Imports the 失信 list from an .xlsx whose first sheet has the columns 企业名称, 统一社会信用代码, 失信原因, 列入日期, 来源
	 * (header row first; 列入日期 and 来源 optional). Valid rows are added or update the listing; each bad row is
	 * reported, not the whole file refused.
	 * @throws shenbao.platform.InvalidInput (400) when the file is not a readable workbook or lacks the code column
	 */
	ImportResult importList(Caller caller, InputStream workbook);

	/** Takes a code off the list, keeping the row and the note. */
	void remove(Caller caller, String creditCode, String note);

	/** The seed's batch-check template: 企业名称, *统一社会信用代码 (for those who may check; others: not found). */
	void writeTemplate(Caller caller, OutputStream out);

	/**
	 * Checks every row of a filled template and writes the answer workbook: the rows as given, then 代码校验, 平台注册单位,
	 * 是否失信, 失信原因, 列入日期. A malformed code is answered on its row.
	 * @return the number of rows checked
	 */
	int checkAll(Caller caller, InputStream template, OutputStream answer);

}
