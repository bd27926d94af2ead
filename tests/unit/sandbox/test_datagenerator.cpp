// DataGenerator: the same seed gives byte-identical data, the data has the promised size and shape,
// every reference resolves inside its scope, and the service records match the OpenAPI schemas.
#include "sandbox/datagenerator.h"
#include "sandbox/store.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using cw::sandbox::DataGenerator;
using cw::sandbox::Kind;
using cw::sandbox::Store;

namespace {

constexpr int kTickets = 2000;

// The store's clock is pinned to where the history ends, so SLA fields do not depend on when the
// test runs.
std::unique_ptr<Store> generate(int tickets, quint32 seed,
                                qint64 now = DataGenerator::anchorSecsSinceEpoch())
{
    auto store = std::make_unique<Store>();
    store->setBaseUrl(u"http://127.0.0.1:4000/v4_6_release/apis/3.0"_s);
    store->setPinnedNow(now);
    DataGenerator(*store, {tickets, seed, now}).run();
    return store;
}

int idOf(const QJsonObject &o, const QString &key)
{
    return o.value(key).toObject().value("id"_L1).toInt();
}

// A small validator for the subset of OpenAPI the schemas use: declared properties, JSON types,
// enums, maximum lengths, required properties, $ref, arrays. Appends one line per problem.
class SchemaChecker
{
public:
    bool load(QString *error)
    {
        QFile file(
            QStringLiteral(CW_REFERENCE_DIR "/connectwise-manage-service-subset.openapi.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.fileName() + u": "_s + file.errorString();
            return false;
        }
        m_schemas = QJsonDocument::fromJson(file.readAll())
                        .object()
                        .value("components"_L1)
                        .toObject()
                        .value("schemas"_L1)
                        .toObject();
        return !m_schemas.isEmpty();
    }

    void check(const QJsonValue &value, const QString &schemaName, const QString &path,
               QStringList *problems) const
    {
        if (!m_schemas.contains(schemaName)) {
            problems->append(path + u": no schema "_s + schemaName);
            return;
        }
        checkValue(value, m_schemas.value(schemaName).toObject(), path, problems);
    }

private:
    void checkValue(const QJsonValue &value, QJsonObject schema, const QString &path,
                    QStringList *problems) const
    {
        while (schema.contains("$ref"_L1))
            schema =
                m_schemas.value(schema.value("$ref"_L1).toString().section(u'/', -1)).toObject();
        if (value.isNull() || value.isUndefined()) {
            problems->append(path + u": null (the generator omits missing values)"_s);
            return;
        }
        const QString type = schema.value("type"_L1).toString();
        if (type == "object"_L1 || (type.isEmpty() && schema.contains("properties"_L1))) {
            if (!schema.contains("properties"_L1))
                return; // "any value" (CustomFieldValue.value, _info)
            if (!value.isObject()) {
                problems->append(path + u": expected an object"_s);
                return;
            }
            const QJsonObject o = value.toObject();
            const QJsonObject properties = schema.value("properties"_L1).toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!properties.contains(it.key()))
                    problems->append(path + u'.' + it.key() + u": not declared by the schema"_s);
                else
                    checkValue(it.value(), properties.value(it.key()).toObject(),
                               path + u'.' + it.key(), problems);
            }
            for (const QJsonValue &required : schema.value("required"_L1).toArray()) {
                if (!o.contains(required.toString()))
                    problems->append(path + u'.' + required.toString() +
                                     u": required but missing"_s);
            }
        } else if (type == "array"_L1) {
            if (!value.isArray()) {
                problems->append(path + u": expected an array"_s);
                return;
            }
            const QJsonArray a = value.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                checkValue(a.at(i), schema.value("items"_L1).toObject(),
                           path + u'[' + QString::number(i) + u']', problems);
        } else if (type == "string"_L1) {
            if (!value.isString()) {
                problems->append(path + u": expected a string"_s);
                return;
            }
            const QString s = value.toString();
            if (schema.contains("maxLength"_L1) && s.size() > schema.value("maxLength"_L1).toInt())
                problems->append(path + u": longer than "_s +
                                 QString::number(schema.value("maxLength"_L1).toInt()));
            if (schema.contains("enum"_L1) &&
                !schema.value("enum"_L1).toArray().contains(QJsonValue(s)))
                problems->append(path + u": '"_s + s + u"' is not in the enum"_s);
            if (schema.value("format"_L1).toString() == "date-time"_L1 &&
                !QDateTime::fromString(s, Qt::ISODate).isValid())
                problems->append(path + u": not a date-time: "_s + s);
        } else if (type == "integer"_L1) {
            if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
                problems->append(path + u": expected an integer"_s);
        } else if (type == "number"_L1) {
            if (!value.isDouble())
                problems->append(path + u": expected a number"_s);
        } else if (type == "boolean"_L1) {
            if (!value.isBool())
                problems->append(path + u": expected a boolean"_s);
        }
    }

    QJsonObject m_schemas;
};

} // namespace

class TestDataGenerator : public QObject
{
    Q_OBJECT

    std::unique_ptr<Store> m_store; // kTickets tickets, seed 1

    QJsonObject object(Kind kind, int id) const
    {
        const auto *r = m_store->find(kind, id);
        return r ? r->object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase() { m_store = generate(kTickets, 1); }

    void sameSeedSameBytes()
    {
        const auto a = generate(300, 7);
        const auto b = generate(300, 7);
        for (int k = 0; k < int(Kind::Count_); ++k) {
            const auto &ra = a->records(Kind(k));
            const auto &rb = b->records(Kind(k));
            QCOMPARE(ra.size(), rb.size());
            for (auto ia = ra.begin(), ib = rb.begin(); ia != ra.end(); ++ia, ++ib) {
                QCOMPARE(ia->first, ib->first);
                QCOMPARE(ia->second.parentId, ib->second.parentId);
                QCOMPARE(ia->second.json(), ib->second.json());
            }
        }
    }

    // The history ends at the given now, whatever day and hour it is: the newest tickets arrived
    // shortly before it (2026-01-27 20:00 UTC is a Tuesday, inside the business hours), none
    // after, and every ticket carries an SLA status.
    void historyEndsAtNow()
    {
        const qint64 now =
            QDateTime::fromString(u"2026-01-27T20:00:00Z"_s, Qt::ISODate).toSecsSinceEpoch();
        const QString nowText = u"2026-01-27T20:00:00Z"_s;
        const auto store = generate(300, 5, now);
        QString newest;
        for (const auto &[id, r] : store->records(Kind::Ticket)) {
            const QJsonObject info = r.object().value("_info"_L1).toObject();
            newest = std::max(newest, info.value("dateEntered"_L1).toString());
            QVERIFY2(info.value("lastUpdated"_L1).toString() <= nowText, r.json().constData());
            QVERIFY2(!r.object().value("slaStatus"_L1).toString().isEmpty(), r.json().constData());
        }
        const qint64 newestSecs = QDateTime::fromString(newest, Qt::ISODate).toSecsSinceEpoch();
        QVERIFY2(newestSecs <= now && newestSecs > now - 3600, qPrintable(newest));
        // Another now moves the history with it.
        const auto later = generate(300, 5, now + 7 * 86400);
        QVERIFY(later->records(Kind::Ticket).rbegin()->second.json() !=
                store->records(Kind::Ticket).rbegin()->second.json());
    }

    void differentSeedDifferentTickets()
    {
        const auto a = generate(300, 7);
        const auto b = generate(300, 8);
        QCOMPARE(a->records(Kind::Ticket).size(), b->records(Kind::Ticket).size());
        int same = 0;
        for (const auto &[id, r] : a->records(Kind::Ticket))
            same += b->find(Kind::Ticket, id)->json() == r.json();
        QVERIFY2(same < 10, qPrintable(QString::number(same) + u" identical tickets"_s));
    }

    void counts()
    {
        QCOMPARE(int(m_store->records(Kind::Ticket).size()), kTickets);
        QCOMPARE(m_store->records(Kind::Ticket).begin()->first, 10001);
        QCOMPARE(m_store->records(Kind::Ticket).rbegin()->first, 10000 + kTickets);
        QVERIFY(m_store->records(Kind::Board).size() >= 5);
        QCOMPARE(int(m_store->records(Kind::Company).size()), 150);
        QVERIFY(m_store->records(Kind::Member).size() >= 20 &&
                m_store->records(Kind::Member).size() <= 30);
        QCOMPARE(int(m_store->records(Kind::KbArticle).size()), 200);
        QCOMPARE(int(m_store->records(Kind::Priority).size()), 6);
        QVERIFY(m_store->records(Kind::Sla).size() >= 2 && m_store->records(Kind::Sla).size() <= 3);
        QCOMPARE(int(m_store->records(Kind::Source).size()), 6);
        QCOMPARE(int(m_store->records(Kind::Location).size()), 3);
        QVERIFY(m_store->records(Kind::Callback).empty());

        for (const auto &[boardId, board] : m_store->records(Kind::Board)) {
            const QString name = board.object().value("name"_L1).toString();
            const QList<int> statuses = m_store->childIds(Kind::Status, boardId);
            QVERIFY2(statuses.size() >= 5, qPrintable(name));
            int defaults = 0, closed = 0;
            for (int id : statuses) {
                defaults += object(Kind::Status, id).value("defaultFlag"_L1).toBool();
                closed += object(Kind::Status, id).value("closedStatus"_L1).toBool();
            }
            QVERIFY2(defaults == 1, qPrintable(name));
            QVERIFY2(closed >= 1, qPrintable(name));
            for (Kind k : {Kind::Type, Kind::SubType, Kind::Team})
                QVERIFY2(!m_store->childIds(k, boardId).isEmpty(), qPrintable(name));
        }
        for (const auto &[companyId, company] : m_store->records(Kind::Company)) {
            const auto sites = m_store->childIds(Kind::Site, companyId).size();
            const auto contacts = m_store->childIds(Kind::Contact, companyId).size();
            const auto devices = m_store->childIds(Kind::Configuration, companyId).size();
            QVERIFY(sites >= 1 && sites <= 3);
            QVERIFY(contacts >= 2 && contacts <= 8);
            QVERIFY(devices >= 3 && devices <= 10);
        }
    }

    void uniqueIdentifiers()
    {
        for (Kind kind : {Kind::Company, Kind::Member}) {
            QSet<QString> seen;
            for (const auto &[id, r] : m_store->records(kind)) {
                const QString identifier = r.object().value("identifier"_L1).toString().toLower();
                QVERIFY(!identifier.isEmpty());
                QVERIFY2(!seen.contains(identifier), qPrintable(identifier));
                seen.insert(identifier);
            }
        }
    }

    void ticketReferences()
    {
        QStringList problems;
        auto belongs = [&](Kind kind, int id, int parentId) {
            const auto *r = m_store->find(kind, id);
            return r && r->parentId == parentId;
        };
        int withOwner = 0, closedCount = 0;
        for (const auto &[id, r] : m_store->records(Kind::Ticket)) {
            const QJsonObject t = r.object();
            const QString where = u"ticket "_s + QString::number(id);
            const int boardId = idOf(t, u"board"_s);
            const int companyId = idOf(t, u"company"_s);
            if (!m_store->find(Kind::Board, boardId) || !m_store->find(Kind::Company, companyId))
                problems << where + u": board or company missing"_s;
            if (!belongs(Kind::Status, idOf(t, u"status"_s), boardId))
                problems << where + u": status not of its board"_s;
            for (const auto &[field, kind] :
                 {std::pair{u"type"_s, Kind::Type}, std::pair{u"subType"_s, Kind::SubType},
                  std::pair{u"team"_s, Kind::Team}}) {
                if (!belongs(kind, idOf(t, field), boardId))
                    problems << where + u": "_s + field + u" not of its board"_s;
            }
            if (!belongs(Kind::Contact, idOf(t, u"contact"_s), companyId) ||
                !belongs(Kind::Site, idOf(t, u"site"_s), companyId))
                problems << where + u": contact or site of another company"_s;
            const bool closedStatus =
                object(Kind::Status, idOf(t, u"status"_s)).value("closedStatus"_L1).toBool();
            if (t.value("closedFlag"_L1).toBool() != closedStatus ||
                t.contains("closedDate"_L1) != closedStatus ||
                t.contains("closedBy"_L1) != closedStatus)
                problems << where + u": closedFlag/closedDate/closedBy disagree with the status"_s;
            closedCount += closedStatus;
            if (t.contains("owner"_L1)) {
                ++withOwner;
                if (object(Kind::Member, idOf(t, u"owner"_s)).value("identifier"_L1) !=
                    t.value("owner"_L1).toObject().value("identifier"_L1))
                    problems << where + u": owner"_s;
            }
            if (!m_store->find(Kind::Priority, idOf(t, u"priority"_s)) ||
                !m_store->find(Kind::Source, idOf(t, u"source"_s)) ||
                !m_store->find(Kind::Sla, idOf(t, u"sla"_s)) ||
                !m_store->find(Kind::Location, idOf(t, u"serviceLocation"_s)))
                problems << where + u": priority, source, SLA or location missing"_s;
            const QString summary = t.value("summary"_L1).toString();
            if (summary.isEmpty() || summary.size() > 100 || summary.contains(u'{'))
                problems << where + u": summary '"_s + summary + u'\'';
            const QJsonArray fields = t.value("customFields"_L1).toArray();
            if (fields.size() != 4 ||
                fields.at(0).toObject().value("caption"_L1).toString() != "Region"_L1)
                problems << where + u": custom fields"_s;
            const QJsonObject info = t.value("_info"_L1).toObject();
            if (info.value("lastUpdated"_L1).toString() < info.value("dateEntered"_L1).toString())
                problems << where + u": lastUpdated before dateEntered"_s;

            const QList<int> notes = m_store->childIds(Kind::Note, id);
            if (notes.isEmpty() ||
                !object(Kind::Note, notes.first()).value("detailDescriptionFlag"_L1).toBool())
                problems << where + u": no description note"_s;
            bool resolution = false;
            for (int n : notes)
                resolution =
                    resolution || object(Kind::Note, n).value("resolutionFlag"_L1).toBool();
            if (closedStatus && !resolution)
                problems << where + u": closed without a resolution note"_s;
            for (int l : m_store->childIds(Kind::TicketConfiguration, id)) {
                const int device = object(Kind::TicketConfiguration, l).value("id"_L1).toInt();
                if (!belongs(Kind::Configuration, device, companyId))
                    problems << where + u": linked configuration of another company"_s;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
        QVERIFY(withOwner > kTickets / 2 && withOwner < kTickets);
        QVERIFY(closedCount > 0 && closedCount < kTickets);
    }

    void childrenHaveParents()
    {
        const qint64 anchor = DataGenerator::anchorSecsSinceEpoch();
        const QString anchorText =
            QDateTime::fromSecsSinceEpoch(anchor, Qt::UTC).toString(Qt::ISODate);
        QStringList problems;
        for (Kind kind : {Kind::Note, Kind::Task, Kind::TicketConfiguration}) {
            QVERIFY(!m_store->records(kind).empty());
            for (const auto &[id, r] : m_store->records(kind)) {
                if (!m_store->find(Kind::Ticket, r.parentId))
                    problems << u"%1 %2: ticket %3 missing"_s.arg(cw::sandbox::kindName(kind))
                                    .arg(id)
                                    .arg(r.parentId);
                if (r.object().contains("ticketId"_L1) &&
                    r.object().value("ticketId"_L1).toInt() != r.parentId)
                    problems << u"%1 %2: ticketId"_s.arg(cw::sandbox::kindName(kind)).arg(id);
            }
        }
        for (int k = 0; k < int(Kind::Count_); ++k) {
            for (const auto &[id, r] : m_store->records(Kind(k))) {
                const QJsonObject info = r.object().value("_info"_L1).toObject();
                for (const char *key : {"dateEntered", "lastUpdated"}) {
                    const QString when = info.value(QLatin1StringView(key)).toString();
                    if (when.size() != 20 || when > anchorText)
                        problems << u"%1 %2: _info.%3 %4"_s.arg(cw::sandbox::kindName(Kind(k)))
                                        .arg(id)
                                        .arg(QLatin1StringView(key), when);
                }
                if (info.value("enteredBy"_L1).toString().isEmpty() ||
                    info.value("updatedBy"_L1).toString().isEmpty())
                    problems << u"%1 %2: _info without enteredBy/updatedBy"_s
                                    .arg(cw::sandbox::kindName(Kind(k)))
                                    .arg(id);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }

    void textsAreFilled()
    {
        const QList<std::pair<Kind, QStringList>> fields{
            {Kind::Note, {u"text"_s}},
            {Kind::Task, {u"summary"_s, u"notes"_s}},
            {Kind::KbArticle, {u"title"_s, u"issue"_s, u"resolution"_s}}};
        QSet<QString> titles;
        for (const auto &[kind, keys] : fields) {
            for (const auto &[id, r] : m_store->records(kind)) {
                for (const QString &key : keys) {
                    const QString s = r.object().value(key).toString();
                    QVERIFY2(!s.isEmpty() && !s.contains(u'{') && !s.contains(u'}'),
                             qPrintable(cw::sandbox::kindName(kind) + u' ' + QString::number(id) +
                                        u": "_s + s));
                }
                if (kind == Kind::KbArticle)
                    titles.insert(r.object().value("title"_L1).toString());
            }
        }
        QCOMPARE(titles.size(), 200);
    }

    void matchesOpenApiSchemas_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("schema");
        QTest::newRow("tickets") << int(Kind::Ticket) << u"Ticket"_s;
        QTest::newRow("notes") << int(Kind::Note) << u"ServiceNote"_s;
        QTest::newRow("tasks") << int(Kind::Task) << u"ServiceTask"_s;
        QTest::newRow("configuration links")
            << int(Kind::TicketConfiguration) << u"ConfigurationReference"_s;
        QTest::newRow("boards") << int(Kind::Board) << u"Board"_s;
        QTest::newRow("statuses") << int(Kind::Status) << u"BoardStatus"_s;
        QTest::newRow("types") << int(Kind::Type) << u"BoardType"_s;
        QTest::newRow("subtypes") << int(Kind::SubType) << u"BoardSubType"_s;
        QTest::newRow("teams") << int(Kind::Team) << u"BoardTeam"_s;
        QTest::newRow("priorities") << int(Kind::Priority) << u"Priority"_s;
        QTest::newRow("SLAs") << int(Kind::Sla) << u"SLA"_s;
        QTest::newRow("sources") << int(Kind::Source) << u"Source"_s;
        QTest::newRow("locations") << int(Kind::Location) << u"ServiceLocation"_s;
        QTest::newRow("knowledge base") << int(Kind::KbArticle) << u"KnowledgeBaseArticle"_s;
    }

    void matchesOpenApiSchemas()
    {
        QFETCH(int, kind);
        QFETCH(QString, schema);
        SchemaChecker checker;
        QString error;
        QVERIFY2(checker.load(&error), qPrintable(error));
        QStringList problems;
        QVERIFY(!m_store->records(Kind(kind)).empty());
        for (const auto &[id, r] : m_store->records(Kind(kind))) {
            checker.check(r.object(), schema, schema + u'/' + QString::number(id), &problems);
            if (problems.size() > 20)
                break;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    }

    void noTickets()
    {
        const auto store = generate(0, 3);
        QVERIFY(store->records(Kind::Ticket).empty());
        QVERIFY(store->records(Kind::Note).empty());
        QCOMPARE(int(store->records(Kind::KbArticle).size()), 200);
    }
};

QTEST_GUILESS_MAIN(TestDataGenerator)
#include "test_datagenerator.moc"
