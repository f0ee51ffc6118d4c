package english

import "fmt"

// ISODate formats a date, or returns "" when it does not exist.
func ISODate(y, m, d int) string {
	if m < 1 || m > 12 || d < 1 || d > DaysIn(y, m) || y < 1 || y > 9999 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// DaysIn returns the number of days of month m of year y.
func DaysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
