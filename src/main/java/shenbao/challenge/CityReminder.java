package shenbao.challenge;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder sent to a city that its yearly progress report is due ({@code kind} THREE_DAYS or ONE_DAY). */
public record CityReminder(int year, String cityCode, String kind, LocalDate due, Instant sentAt) {
}
