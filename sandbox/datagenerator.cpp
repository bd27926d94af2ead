#include "datagenerator.h"

#include "generatorcontext.h"
#include "store.h"

#include <algorithm>
#include <cstring>

namespace cw::sandbox {

namespace gen {

int Rng::weighted(const std::vector<int> &cumulative)
{
    Q_ASSERT(!cumulative.empty() && cumulative.back() > 0);
    const int r = below(cumulative.back());
    return int(std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
}

std::vector<int> cumulative(const std::vector<int> &weights)
{
    std::vector<int> out;
    out.reserve(weights.size());
    int sum = 0;
    for (int w : weights)
        out.push_back(sum += w);
    return out;
}

QString isoUtc(qint64 secs)
{
    // Howard Hinnant's civil_from_days.
    qint64 days = secs / kDay;
    qint64 rem = secs % kDay;
    if (rem < 0) {
        rem += kDay;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    const int hour = int(rem / kHour);
    const int minute = int(rem % kHour / kMinute);
    const int second = int(rem % kMinute);

    QString s(20, Qt::Uninitialized);
    QChar *p = s.data();
    auto two = [&p](int v) {
        *p++ = QChar(u'0' + v / 10);
        *p++ = QChar(u'0' + v % 10);
    };
    two(year / 100);
    two(year % 100);
    *p++ = u'-';
    two(month);
    *p++ = u'-';
    two(day);
    *p++ = u'T';
    two(hour);
    *p++ = u':';
    two(minute);
    *p++ = u':';
    two(second);
    *p++ = u'Z';
    return s;
}

Template parseTemplate(const char *utf8)
{
    static constexpr std::pair<const char *, Slot> kNames[] = {
        {"user", Slot::User},         {"contact", Slot::Contact},
        {"company", Slot::Company},   {"site", Slot::Site},
        {"member", Slot::Member},     {"device", Slot::Device},
        {"server", Slot::Server},     {"pc", Slot::Pc},
        {"laptop", Slot::Laptop},     {"printer", Slot::Printer},
        {"firewall", Slot::Firewall}, {"switch", Slot::Switch},
        {"app", Slot::App},           {"isp", Slot::Isp},
        {"mailbox", Slot::Mailbox},   {"n", Slot::Number},
        {"v", Slot::Variant},
    };
    Template t;
    const char *p = utf8;
    const char *literal = p;
    auto flush = [&](const char *end) {
        if (end > literal)
            t.pieces.push_back({Slot::Literal, QString::fromUtf8(literal, end - literal)});
    };
    while (*p) {
        if (*p != '{') {
            ++p;
            continue;
        }
        const char *close = std::strchr(p, '}');
        Slot slot = Slot::Literal;
        if (close) {
            for (const auto &[name, s] : kNames) {
                if (size_t(close - p - 1) == std::strlen(name) &&
                    std::strncmp(p + 1, name, close - p - 1) == 0)
                    slot = s;
            }
        }
        if (slot == Slot::Literal) { // not a slot: keep the brace as text
            Q_ASSERT_X(false, "parseTemplate", utf8);
            ++p;
            continue;
        }
        flush(p);
        t.pieces.push_back({slot, QString()});
        t.slots |= 1u << int(slot);
        p = close + 1;
        literal = p;
    }
    flush(p);
    return t;
}

std::vector<Template> parseTemplates(vocab::Words words)
{
    std::vector<Template> out;
    out.reserve(words.size());
    for (const char *w : words)
        out.push_back(parseTemplate(w));
    return out;
}

QString render(const Template &t, const SlotValues &values)
{
    qsizetype size = 0;
    for (const auto &piece : t.pieces)
        size += piece.slot == Slot::Literal ? piece.text.size() : values[size_t(piece.slot)].size();
    QString out;
    out.reserve(size);
    for (const auto &piece : t.pieces) {
        if (piece.slot == Slot::Literal) {
            out += piece.text;
            continue;
        }
        const QString &value = values[size_t(piece.slot)];
        // A fallback such as "the copier" may open a sentence.
        if (!value.isEmpty() && value.front().isLower() && (out.isEmpty() || out.endsWith(u". "))) {
            out += value.front().toUpper();
            out += QStringView(value).mid(1);
        } else {
            out += value;
        }
    }
    return out;
}

int Context::memberIndex(const QString &team, int nth) const
{
    std::vector<int> found;
    for (size_t i = 0; i < members.size(); ++i) {
        if (members[i].team == team)
            found.push_back(int(i));
    }
    return found.empty() ? 0 : found[size_t(nth) % found.size()];
}

QJsonObject Context::info(qint64 entered, const QString &enteredBy, qint64 updated,
                          const QString &updatedBy)
{
    static const QJsonObject prototype{{QStringLiteral("dateEntered"), false},
                                       {QStringLiteral("enteredBy"), false},
                                       {QStringLiteral("lastUpdated"), false},
                                       {QStringLiteral("updatedBy"), false}};
    QJsonObject o = prototype; // replacing values is cheaper than inserting keys
    o.insert(QLatin1StringView("dateEntered"), isoUtc(entered));
    o.insert(QLatin1StringView("enteredBy"), enteredBy);
    o.insert(QLatin1StringView("lastUpdated"), isoUtc(std::max(entered, updated)));
    o.insert(QLatin1StringView("updatedBy"), updatedBy);
    return o;
}

} // namespace gen

DataGenerator::DataGenerator(Store &store, const Options &options)
    : m_store(store)
    , m_options(options)
{
}

qint64 DataGenerator::anchorSecsSinceEpoch()
{
    return gen::kDefaultAnchor;
}

void DataGenerator::run()
{
    gen::Context context(m_store, m_options.seed,
                         m_options.now != 0 ? m_options.now : gen::kDefaultAnchor);
    m_store.beginBulk();
    gen::generateDirectory(context);
    gen::generateCatalogues(context);
    gen::generateBoards(context);
    gen::generateTickets(context, std::max(0, m_options.tickets));
    gen::generateKnowledgeBase(context);
    m_store.endBulk();
}

} // namespace cw::sandbox
