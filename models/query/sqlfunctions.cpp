#include "sqlfunctions.h"

#include "isodatetime.h"

namespace cw::query {

QString SqlFunctions::fold(QStringView text)
{
    QString out;
    out.resize(text.size());
    QChar *dst = out.data();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            dst[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            // Deseret, Osage, Adlam … have case too; QString's comparison folds them as pairs.
            const char32_t folded =
                QChar::toCaseFolded(QChar::surrogateToUcs4(c, text[i + 1].unicode()));
            dst[i] = QChar(QChar::highSurrogate(folded));
            dst[i + 1] = QChar(QChar::lowSurrogate(folded));
            ++i;
        } else {
            dst[i] = QChar(char16_t(QChar::toCaseFolded(char32_t(c))));
        }
    }
    return out;
}

QString SqlFunctions::foldedKey(QStringView text)
{
    qsizetype n = text.size();
    while (n > 0 && text[n - 1] == u' ')
        --n;
    return fold(text.left(n));
}

QString SqlFunctions::numberText(double value)
{
    return QString::number(value, 'g', 15);
}

std::optional<double> SqlFunctions::number(QStringView text)
{
    bool ok = false;
    const double d = text.trimmed().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return d;
}

std::optional<qint64> SqlFunctions::msecs(QStringView text)
{
    qint64 ms = 0;
    if (!parseIsoDateTime(text, &ms))
        return std::nullopt;
    return ms;
}

} // namespace cw::query
