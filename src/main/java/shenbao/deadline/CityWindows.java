package shenbao.deadline;

import java.util.Optional;

import shenbao.program.Windows;

/**
 * The application window a city set for its region (Guangdong 地市和区县 manual §4.3.1: "地市设置的开始时间和结束时间
 * 不能超过省厅设置的起止时间范围"), implemented by the module that keeps the cities' guides. {@link Deadlines} narrows
 * the province's window by it; none set (or no implementation) means the province's window applies as is.
 */
public interface CityWindows {

	/** The window the city's published guide sets for the program, empty where it sets none. */
	Optional<Windows.Window> window(String programCode, String cityCode);

}
