#include "isodatetime.h"

#include <QString>
#include <QStringView>

namespace cw::query {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, int *y, int *m, int *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = int(z - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = int(yoe + era * 400) + (*m <= 2);
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

class Cursor
{
public:
    explicit Cursor(QStringView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char16_t peek() const { return atEnd() ? u'\0' : m_text[m_pos].unicode(); }
    bool take(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    // Reads exactly `count` ASCII digits.
    bool digits(int count, int *value)
    {
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = peek();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
            ++m_pos;
        }
        *value = v;
        return true;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

bool looksLikeIsoDate(QStringView text)
{
    if (text.size() < 10)
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!text[i].isDigit() || text[i].unicode() > 0x7f)
            return false;
    }
    return text[4] == u'-' && text[7] == u'-';
}

bool parseIsoDateTime(QStringView text, qint64 *msecsSinceEpoch)
{
    text = text.trimmed();
    if (!looksLikeIsoDate(text))
        return false;
    Cursor c(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, msec = 0;
    if (!c.digits(4, &year) || !c.take(u'-') || !c.digits(2, &month) || !c.take(u'-') ||
        !c.digits(2, &day))
        return false;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return false;
    int offsetMinutes = 0;
    if (!c.atEnd()) {
        if (!c.take(u'T') && !c.take(u't') && !c.take(u' '))
            return false;
        if (!c.digits(2, &hour) || !c.take(u':') || !c.digits(2, &minute))
            return false;
        if (c.take(u':')) {
            if (!c.digits(2, &second))
                return false;
            if (c.take(u'.') || c.take(u',')) {
                int count = 0;
                int scale = 100;
                while (c.peek() >= u'0' && c.peek() <= u'9') {
                    if (++count > 9)
                        return false;
                    msec += scale * (c.peek() - u'0');
                    scale /= 10;
                    c.take(c.peek());
                }
                if (count == 0)
                    return false;
            }
        }
        if (hour > 23 || minute > 59 || second > 59)
            return false;
        if (c.take(u'Z') || c.take(u'z')) {
            // UTC
        } else if (c.peek() == u'+' || c.peek() == u'-') {
            const int sign = c.peek() == u'-' ? -1 : 1;
            c.take(c.peek());
            int oh = 0, om = 0;
            if (!c.digits(2, &oh))
                return false;
            if (c.take(u':')) {
                if (!c.digits(2, &om))
                    return false;
            } else if (!c.atEnd() && !c.digits(2, &om)) {
                return false;
            }
            if (oh > 14 || om > 59)
                return false;
            offsetMinutes = sign * (oh * 60 + om);
        }
    }
    if (!c.atEnd())
        return false;
    const qint64 days = daysFromCivil(year, month, day);
    const qint64 seconds = ((days * 24 + hour) * 60 + minute) * 60 + second;
    *msecsSinceEpoch = (seconds - qint64(offsetMinutes) * 60) * 1000 + msec;
    return true;
}

QString formatIsoDateTime(qint64 msecsSinceEpoch)
{
    qint64 days = msecsSinceEpoch / 86400000;
    qint64 rest = msecsSinceEpoch % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    int y = 0, m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    const int ms = int(rest % 1000);
    const int s = int(rest / 1000 % 60);
    const int mi = int(rest / 60000 % 60);
    const int h = int(rest / 3600000);
    if (ms != 0)
        return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", y, m, d, h, mi, s, ms);
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, h, mi, s);
}

} // namespace cw::query
