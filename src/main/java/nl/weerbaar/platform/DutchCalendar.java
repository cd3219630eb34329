package nl.weerbaar.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days in the Netherlands: Monday to Friday except the general holidays of the Algemene termijnenwet —
 * New Year's Day, Good Friday, Easter Monday, King's Day (27 April, or 26 April when the 27th is a Sunday),
 * Liberation Day (5 May, every year), Ascension Day, Whit Monday and both Christmas days. Easter Sunday and
 * Whit Sunday are Sundays anyway. For working-day deadlines in any module.
 */
public final class DutchCalendar {

    private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

    private DutchCalendar() {}

    /** Easter Sunday of {@code year} (Gregorian calendar, anonymous algorithm). */
    public static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** The public holidays of {@code year} that can fall on a weekday (worked out once per year). */
    public static Set<LocalDate> holidays(int year) {
        return HOLIDAYS.computeIfAbsent(year, DutchCalendar::computeHolidays);
    }

    private static Set<LocalDate> computeHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        LocalDate easter = easter(year);
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        days.add(kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY ? kingsDay.minusDays(1) : kingsDay);
        days.add(LocalDate.of(year, Month.MAY, 5));
        days.add(easter.plusDays(39));
        days.add(easter.plusDays(50));
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(LocalDate.of(year, Month.DECEMBER, 26));
        return Set.copyOf(days);
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY
                && dow != DayOfWeek.SUNDAY
                && !holidays(date.getYear()).contains(date);
    }

    /**
     * The moment {@code days} working days after {@code start}: the same local time on the {@code days}-th
     * working day that follows the start's date (Amsterdam time).
     */
    public static ZonedDateTime plusWorkingDays(ZonedDateTime start, int days) {
        ZonedDateTime t = start.withZoneSameInstant(DutchTime.ZONE);
        int left = days;
        while (left > 0) {
            t = t.plusDays(1);
            if (isWorkingDay(t.toLocalDate())) {
                left--;
            }
        }
        return t;
    }
}
