// Test records for the query tests: the recorded ConnectWise ticket and contact fixtures, plus
// variants of them that differ in the fields the tests look at.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace cw::query::testdata {

inline QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(CW_REFERENCE_DIR "/django-connectwise-fixtures.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonValue v = QJsonDocument::fromJson(file.readAll())
                             .object()
                             .value(QStringLiteral("fixtures"))
                             .toObject()
                             .value(name);
    return v.isArray() ? v.toArray().first().toObject() : v.toObject();
}

// The fixture ticket as recorded: id 69, board "Service A" (1), status "New", closedFlag false,
// owner User1, customFields [Story Points = 5], _info/lastUpdated 2016-03-08T21:59:20Z.
inline QJsonObject ticket69()
{
    static const QJsonObject t = fixture(QStringLiteral("API_SERVICE_TICKET"));
    return t;
}

inline QJsonObject reference(int id, const QString &name)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

inline QJsonObject withInfo(QJsonObject t, const QString &lastUpdated, const QString &dateEntered)
{
    QJsonObject info = t.value(QStringLiteral("_info")).toObject();
    info.insert(QStringLiteral("lastUpdated"), lastUpdated);
    info.insert(QStringLiteral("dateEntered"), dateEntered);
    t.insert(QStringLiteral("_info"), info);
    return t;
}

// Closed, on "Help Desk" (2), no owner, three custom fields, an apostrophe in the summary.
inline QJsonObject ticket70()
{
    QJsonObject t = ticket69();
    t.insert(QStringLiteral("id"), 70);
    t.insert(QStringLiteral("summary"), QStringLiteral("Printer offline in O'Brien's office"));
    t.insert(QStringLiteral("board"), reference(2, QStringLiteral("Help Desk")));
    t.insert(QStringLiteral("status"), reference(5, QStringLiteral("Closed")));
    t.insert(QStringLiteral("priority"),
             reference(1, QStringLiteral("Priority 1 - Emergency Response")));
    t.insert(QStringLiteral("closedFlag"), true);
    t.insert(QStringLiteral("closedDate"), QStringLiteral("2024-03-02T08:00:00Z"));
    t.insert(QStringLiteral("owner"), QJsonValue::Null);
    t.insert(QStringLiteral("requiredDate"), QJsonValue::Null);
    t.insert(QStringLiteral("contactName"), QStringLiteral("Gregg Kegle   "));
    t.insert(QStringLiteral("severity"), QStringLiteral("High"));
    t.insert(QStringLiteral("customFields"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("id"), 1},
                             {QStringLiteral("caption"), QStringLiteral("Story Points")},
                             {QStringLiteral("type"), QStringLiteral("Number")},
                             {QStringLiteral("value"), 8}},
                 QJsonObject{{QStringLiteral("id"), 2},
                             {QStringLiteral("caption"), QStringLiteral("Region")},
                             {QStringLiteral("type"), QStringLiteral("Text")},
                             {QStringLiteral("value"), QStringLiteral("West")}},
                 QJsonObject{{QStringLiteral("id"), 3},
                             {QStringLiteral("caption"), QStringLiteral("Renewal Date")},
                             {QStringLiteral("type"), QStringLiteral("Date")},
                             {QStringLiteral("value"), QStringLiteral("2026-07-15T00:00:00Z")}},
             });
    return withInfo(t, QStringLiteral("2024-03-01T10:00:00Z"),
                    QStringLiteral("2024-02-28T09:15:00Z"));
}

// In progress on "Service A", no company, a required date with an offset, budget hours, quotes,
// a backslash and a non-ASCII city.
inline QJsonObject ticket71()
{
    QJsonObject t = ticket69();
    t.insert(QStringLiteral("id"), 71);
    t.insert(QStringLiteral("summary"),
             QStringLiteral("Test ticket for 50% discount_code \"VIP\""));
    t.insert(QStringLiteral("status"), reference(3, QStringLiteral("In Progress")));
    t.insert(QStringLiteral("company"), QJsonValue::Null);
    t.insert(QStringLiteral("requiredDate"), QStringLiteral("2024-01-01T00:00:00.000+02:00"));
    t.insert(QStringLiteral("budgetHours"), 2.5);
    t.insert(QStringLiteral("poNumber"), QStringLiteral("C:\\temp\\po-7"));
    t.insert(QStringLiteral("city"), QStringLiteral("Zürich"));
    t.insert(QStringLiteral("customFields"), QJsonArray());
    return withInfo(t, QStringLiteral("2024-05-05T12:00:00Z"),
                    QStringLiteral("2024-05-01T08:00:00Z"));
}

inline QList<QJsonObject> tickets()
{
    return {ticket69(), ticket70(), ticket71()};
}

// The fixture contact (id 2): communicationItems Phone 8139357100 (Direct) and Email
// Arnie@YourCompany.com.
inline QJsonObject contact2()
{
    static const QJsonObject c = fixture(QStringLiteral("API_COMPANY_CONTACT_LIST"));
    return c;
}

inline QJsonObject contact3()
{
    QJsonObject c = contact2();
    c.insert(QStringLiteral("id"), 3);
    c.insert(QStringLiteral("firstName"), QStringLiteral("John"));
    c.insert(QStringLiteral("lastName"), QStringLiteral("Smith"));
    c.insert(
        QStringLiteral("communicationItems"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), 9},
                               {QStringLiteral("type"), reference(1, QStringLiteral("Email"))},
                               {QStringLiteral("value"), QStringLiteral("john@outlook.com")},
                               {QStringLiteral("communicationType"), QStringLiteral("Email")}},
                   QJsonObject{{QStringLiteral("id"), 10},
                               {QStringLiteral("type"), reference(2, QStringLiteral("Direct"))},
                               {QStringLiteral("value"), QStringLiteral("8139357100")},
                               {QStringLiteral("communicationType"), QStringLiteral("Email")}}});
    return c;
}

inline QJsonObject contact4()
{
    QJsonObject c = contact2();
    c.insert(QStringLiteral("id"), 4);
    c.insert(QStringLiteral("firstName"), QStringLiteral("Nobody"));
    c.remove(QStringLiteral("communicationItems"));
    return c;
}

inline QList<QJsonObject> contacts()
{
    return {contact2(), contact3(), contact4()};
}

} // namespace cw::query::testdata
